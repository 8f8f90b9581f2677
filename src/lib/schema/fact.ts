import { z } from 'zod';
import { Passage } from './article';
import { FACT_KINDS, MEASURES, QUALIFIERS, SLUG, UNITS } from './vocabulary';

/** A second form of the same amount printed beside it: "45 mu (3 hectares)", "100 billion yuan (US$13.8 billion)". */
export const Equivalent = z.object({
	value: z.number(),
	unit: z.enum(UNITS)
});
export type Equivalent = z.infer<typeof Equivalent>;

/** A partial ISO date: "2021-02", "2025", or "--09-26" (month and day, the year not stated). */
export const PartialDate = z
	.string()
	.regex(
		/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$/,
		'must look like 2021-02, 2025 or --09-26'
	);

export const CuratedFact = z.object({
	id: z.string().regex(SLUG),
	article: z.string().regex(SLUG),
	/** Verbatim passage of the article's cleaned text. */
	quote: z.string().min(3),
	places: z.array(z.string().regex(SLUG)).min(1),
	kind: z.enum(FACT_KINDS),
	/** One-line English label written by the curators; it never carries a figure of its own. */
	label: z.string().min(3),
	value: z.number().optional(),
	/** Upper end of a range ("80–120cm"). */
	value_max: z.number().optional(),
	unit: z.enum(UNITS).optional(),
	qualifier: z.enum(QUALIFIERS).optional(),
	also: z.array(Equivalent).optional(),
	/** The year the figure refers to, or the target year. */
	year: z.number().int().min(1900).max(2100).optional(),
	date: PartialDate.optional(),
	/** Who is quoted, for quotes. */
	speaker: z.string().optional(),
	/** Who signed, for agreements. */
	parties: z.array(z.string()).optional(),
	/**
	 * What a figure measures, where planners compare it with the map: `site-area` is the area of
	 * the place itself (not a floor area or a share of land within it).
	 */
	measures: z.enum(MEASURES).optional()
});
export type CuratedFact = z.infer<typeof CuratedFact>;

/** A published fact: the curated one plus where its quote sits in the article. */
export const Fact = CuratedFact.extend({
	passage: Passage,
	disagreement: z.string().regex(SLUG).nullable()
});
export type Fact = z.infer<typeof Fact>;
export const Facts = z.array(Fact);

/** A figure in an article deliberately left without a fact, with the reason. */
export const UnmappedFigure = z.object({
	article: z.string().regex(SLUG),
	/** The figure as printed ("three", "US$13.85 million", "October"). */
	figure: z.string().min(1),
	/** A verbatim passage around it, to find the very occurrence. */
	context: z.string().min(3),
	reason: z.string().min(10)
});
export type UnmappedFigure = z.infer<typeof UnmappedFigure>;

/** Facts whose figures should agree but do not. */
export const Disagreement = z.object({
	id: z.string().regex(SLUG),
	about: z.string().min(5),
	facts: z.array(z.string().regex(SLUG)).min(2),
	note: z.string().min(10)
});
export type Disagreement = z.infer<typeof Disagreement>;
