import { z } from 'zod';
import { Passage } from './article';
import { CLAIM_TYPES, FACT_KINDS, MEASURES, QUALIFIERS, SLUG, UNITS } from './vocabulary';

/** A second form of the same amount printed beside it: "45 mu (3 hectares)", "100 billion yuan (US$13.8 billion)". */
export const Equivalent = z.strictObject({
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

export const CuratedFact = z
	.object({
		id: z.string().regex(SLUG),
		article: z.string().regex(SLUG),
		/** Verbatim passage of the article's cleaned text. */
		quote: z.string().min(3),
		places: z.array(z.string().regex(SLUG)).min(1),
		kind: z.enum(FACT_KINDS),
		/** For claims: what the statement says about its place. */
		claim: z.enum(CLAIM_TYPES).optional(),
		/**
		 * One-line English label written by the curators. It says no more than its quote: every figure,
		 * name and emphatic word in it is the quote's own (checked at build time).
		 */
		label: z.string().min(3),
		/**
		 * The label in Chinese, the atlas's translation (the quote stays as published): every fact has
		 * one, and it too says no more than its quote (checked at build time).
		 */
		label_zh: z.string().min(2),
		/**
		 * Places whose stories mention this fact as a district-wide one. A figure the article gives for
		 * all of Jiading sits on `jiading`; a park or town it concerns may list it here.
		 */
		mentioned_from: z.array(z.string().regex(SLUG)).min(1).optional(),
		/** A curator's note on why a quote that reads as district-wide ("in Jiading…") sits on a smaller place. */
		scope_note: z.string().min(10).optional(),
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
	})
	.strict();
export type CuratedFact = z.infer<typeof CuratedFact>;

/** A published fact: the curated one plus where its quote sits in the article. */
export const Fact = CuratedFact.extend({
	passage: Passage,
	disagreement: z.string().regex(SLUG).nullable()
});
export type Fact = z.infer<typeof Fact>;
export const Facts = z.array(Fact);

/** A figure in an article deliberately left without a fact, with the reason. */
export const UnmappedFigure = z.strictObject({
	article: z.string().regex(SLUG),
	/** The figure as printed ("three", "US$13.85 million", "October"). */
	figure: z.string().min(1),
	/** A verbatim passage around it, to find the very occurrence. */
	context: z.string().min(3),
	reason: z.string().min(10)
});
export type UnmappedFigure = z.infer<typeof UnmappedFigure>;

/**
 * A sentence that names a place but is deliberately not a fact of that place, with the reason
 * (a person's title, a restatement, a general intention).
 */
export const UnmappedClaim = z
	.object({
		article: z.string().regex(SLUG),
		/** The place named. */
		place: z.string().regex(SLUG),
		/** A verbatim passage of the sentence, containing the name. */
		context: z.string().min(3),
		reason: z.string().min(10)
	})
	.strict();
export type UnmappedClaim = z.infer<typeof UnmappedClaim>;

/** Facts whose figures should agree but do not. */
export const Disagreement = z.strictObject({
	id: z.string().regex(SLUG),
	about: z.string().min(5),
	/** `about` in Simplified Chinese, the atlas's translation: the same figures, in Arabic digits. */
	about_zh: z
		.string()
		.regex(/\p{Script=Han}/u, 'must be written in Chinese characters')
		.describe("about in Simplified Chinese, the atlas's translation."),
	facts: z.array(z.string().regex(SLUG)).min(2),
	note: z.string().min(10),
	/** `note` in Simplified Chinese, the atlas's translation: it says no more than the English. */
	note_zh: z
		.string()
		.regex(/\p{Script=Han}/u, 'must be written in Chinese characters')
		.describe("note in Simplified Chinese, the atlas's translation.")
});
export type Disagreement = z.infer<typeof Disagreement>;
