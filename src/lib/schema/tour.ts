import { z } from 'zod';
import type { StoryDisagreement } from './story';
import type { Fact } from './fact';
import { SLUG } from './vocabulary';

/**
 * A chapter of the guided tour as the curators write it (geo/tour.json): which places the camera
 * frames, whose story opens, and which facts tell it. A chapter has no text of its own beyond its
 * title: everything it says is a fact with its verbatim quote and source.
 */
export const CuratedChapter = z.strictObject({
	id: z.string().regex(SLUG, 'must be a lower-case slug such as "one-axis"'),
	title_en: z.string().min(3),
	title_zh: z.string().min(2),
	/** Where the Chinese title comes from: a published source, or "translation" (the atlas's own). */
	title_zh_source: z.string().min(3),
	/** The place whose story the chapter opens (selected on the map). */
	open: z.string().regex(SLUG),
	/** Places the camera frames, together. */
	frame: z.array(z.string().regex(SLUG)).min(1),
	/** A line the camera travels along, starting at the end nearest to the `from` place. */
	trace: z.strictObject({ place: z.string().regex(SLUG), from: z.string().regex(SLUG) }).optional(),
	/** Facts that tell the chapter, in the order shown. */
	facts: z.array(z.string().regex(SLUG)).min(1)
});
export type CuratedChapter = z.infer<typeof CuratedChapter>;
export const CuratedTour = z.array(CuratedChapter).min(1);

/** A chapter as the tour shows it. */
export interface TourChapter {
	id: string;
	title_en: string;
	title_zh: string;
	title_zh_source: string;
	open: string;
	/** [west, south, east, north] around every framed place. */
	bbox: [number, number, number, number];
	/** Points along the traced line, in travel order. */
	trace: [number, number][] | null;
	/** The facts of the chapter's own places, in the order the curators gave. */
	facts: Fact[];
	/**
	 * Facts the articles give for the whole district, in a chapter that opens a smaller place:
	 * shown apart, as the district's, never as the town's or park's.
	 */
	districtFacts: Fact[];
	/** Disagreements any of the chapter's facts belong to, with every disagreeing fact. */
	disagreements: StoryDisagreement[];
}

/**
 * A chapter as a list names it. The explorer's index and the tour's pages carry the tour this
 * way; a chapter comes in full only with its own page.
 */
export type TourOutline = Pick<
	TourChapter,
	'id' | 'title_en' | 'title_zh' | 'title_zh_source' | 'open'
>;
