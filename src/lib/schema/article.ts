import { z } from 'zod';
import { SLUG } from './vocabulary';

export const Paragraph = z.object({
	kind: z.enum(['body', 'subhead']),
	text: z.string().min(1)
});
export type Paragraph = z.infer<typeof Paragraph>;

/** Text printed beside the story rather than in it: photo captions, standfirsts and pull quotes. */
export const Caption = z.object({
	kind: z.enum(['caption', 'standfirst', 'pullquote']),
	text: z.string().min(1),
	/** Short line printed with it ("Shanghai MedValley", "100 billion"). */
	label: z.string().nullable(),
	/** Photo credit ("Yu Chao"). */
	credit: z.string().nullable()
});
export type Caption = z.infer<typeof Caption>;

/** Where a passage sits in an article: a paragraph or caption and a character range in its text. */
export const Passage = z.object({
	block: z.enum(['paragraph', 'caption']),
	index: z.number().int().nonnegative(),
	start: z.number().int().nonnegative(),
	end: z.number().int().positive()
});
export type Passage = z.infer<typeof Passage>;

export const Mention = Passage.extend({
	place: z.string().regex(SLUG),
	text: z.string().min(1)
});
export type Mention = z.infer<typeof Mention>;

export const Article = z.object({
	id: z.string().regex(SLUG),
	title: z.string().min(1),
	/** Every headline the article carries across its seed files, the published title first. */
	titles: z.array(z.string().min(1)).min(1),
	authors: z.array(z.string().min(1)),
	/** ISO date, only where the seed text states one. */
	date: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.nullable(),
	/** Seed file names the article was found in. */
	seeds: z.array(z.string().min(1)).min(1),
	paragraphs: z.array(Paragraph).min(1),
	captions: z.array(Caption),
	/** Paragraphs that read differently in another seed file's copy of the article. */
	variants: z.array(z.object({ seed: z.string(), text: z.string() })),
	/** What the source text leaves open (a sentence cut off mid-way, a disagreement between copies). */
	notes: z.array(z.string()),
	mentions: z.array(Mention)
});
export type Article = z.infer<typeof Article>;
export const Articles = z.array(Article);

/** What became of a seed file: which articles it holds and which lines were discarded, and why. */
export const SeedReport = z.object({
	seed: z.string(),
	articles: z.array(z.string().regex(SLUG)),
	discarded: z.array(
		z.object({ line: z.number().int().positive(), text: z.string(), reason: z.string() })
	)
});
export type SeedReport = z.infer<typeof SeedReport>;
export const SeedReports = z.array(SeedReport);
