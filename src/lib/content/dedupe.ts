/**
 * The same article reaches us in several seed files, differently formatted and sometimes
 * differently worded ("biopharma" / "biopharmaceutical"). Copies are grouped by how much of
 * their text they share (word 5-gram containment), never by a hand-made list, and each group
 * is published once.
 */
import type { Article, Caption } from '../schema/article';
import type { ArticleCopy } from './seed-parser';
import type { DataProblem } from './errors';
import { findFigures } from './figures';
import { foldForComparison, slugify, words } from './text';

/** A text's 5-word shingles. */
function shingles(text: string): Set<string> {
	const w = words(text);
	const set = new Set<string>();
	for (let i = 0; i + 5 <= w.length; i++) set.add(w.slice(i, i + 5).join(' '));
	return set;
}

/** Share of the shorter copy's 5-word shingles found in the longer: 1 for identical text. */
export function similarity(a: string, b: string): number {
	const sa = shingles(a);
	const sb = shingles(b);
	if (sa.size === 0 || sb.size === 0) return 0;
	let shared = 0;
	for (const s of sa) if (sb.has(s)) shared++;
	return shared / Math.min(sa.size, sb.size);
}

/** Copies sharing at least this much text are one article. */
export const SAME_ARTICLE = 0.5;

const bodyText = (copy: ArticleCopy) => copy.paragraphs.map((p) => p.text).join('\n');

/**
 * Groups copies whose similarity reaches SAME_ARTICLE (and copies linked through such pairs).
 * Only copies sharing a shingle can be similar, so the shared counts come from an index of which
 * copies hold each shingle: the work grows with the text, not with every pair of copies.
 */
export function groupCopies(copies: ArticleCopy[]): ArticleCopy[][] {
	const parent = copies.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	const sets = copies.map((copy) => shingles(bodyText(copy)));
	const holders = new Map<string, number[]>();
	sets.forEach((set, j) => {
		// Copies before this one that share each of its shingles, counted per copy.
		const shared = new Map<number, number>();
		for (const shingle of set) {
			const before = holders.get(shingle);
			if (before) for (const i of before) shared.set(i, (shared.get(i) ?? 0) + 1);
			else holders.set(shingle, []);
			holders.get(shingle)!.push(j);
		}
		for (const [i, count] of shared)
			if (count / Math.min(sets[i]!.size, set.size) >= SAME_ARTICLE) parent[find(j)] = find(i);
	});
	const groups = new Map<number, ArticleCopy[]>();
	copies.forEach((copy, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), copy]));
	return [...groups.values()];
}

const unique = <T>(items: T[], key: (item: T) => string) => {
	const seen = new Set<string>();
	return items.filter((item) => {
		const k = key(item);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
};

/**
 * One article from its copies. The fullest copy (most body text; the earlier seed on a tie)
 * gives the text; the others add headlines, bylines, captions, and paragraphs worded
 * differently, which are kept as variants.
 */
export function mergeCopies(group: ArticleCopy[]): Omit<Article, 'mentions'> {
	const ordered = [...group].sort(
		(a, b) => bodyText(b).length - bodyText(a).length || a.seed.localeCompare(b.seed)
	);
	const primary = ordered[0]!;
	const primaryParagraphs = new Set(primary.paragraphs.map((p) => foldForComparison(p.text)));
	const dates = unique(
		ordered.flatMap((c) => (c.date ? [c.date] : [])),
		(d) => d
	);
	const notes = unique(
		ordered.flatMap((c) => c.notes),
		(n) => n
	);
	if (dates.length > 1) notes.push(`Its copies give different dates: ${dates.join(', ')}.`);
	const variants = ordered
		.slice(1)
		.flatMap((copy) =>
			copy.paragraphs
				.filter((p) => !primaryParagraphs.has(foldForComparison(p.text)))
				.map((p) => ({ seed: copy.seed, text: p.text }))
		);
	if (variants.length > 0) {
		const seeds = unique(
			variants.map((v) => v.seed),
			(s) => s
		);
		notes.push(
			`The copy in ${seeds.join(', ')} words ${variants.length} paragraph(s) differently; both readings are kept.`
		);
	}
	return {
		id: slugify(primary.title),
		title: primary.title,
		titles: unique(
			ordered.map((c) => c.title),
			foldForComparison
		),
		authors: unique(
			ordered.flatMap((c) => c.authors),
			(a) => a
		),
		date: dates[0] ?? null,
		seeds: [...new Set(group.map((c) => c.seed))].sort(),
		paragraphs: primary.paragraphs,
		captions: unique<Caption>(
			ordered.flatMap((c) => c.captions),
			(c) => `${c.kind}:${foldForComparison(c.text)}`
		),
		variants,
		notes
	};
}

const figuresOf = (text: string) =>
	findFigures(text)
		.map((f) => f.text)
		.sort();

/**
 * A second copy of an article may word a paragraph differently, but not print other figures:
 * each paragraph a copy words differently is set against the most similar paragraph of the
 * copy the article is built from, and a figure in one and not the other is an error naming both.
 */
export function copyFigureProblems(articles: Omit<Article, 'mentions'>[]): DataProblem[] {
	return articles.flatMap((article) =>
		article.variants.flatMap((variant) => {
			let best: { text: string; score: number } | null = null;
			for (const p of article.paragraphs) {
				const score = similarity(p.text, variant.text);
				if (!best || score > best.score) best = { text: p.text, score };
			}
			if (!best || best.score === 0) return [];
			const ours = figuresOf(variant.text);
			const theirs = figuresOf(best.text);
			const only = (a: string[], b: string[]) => a.filter((f) => !b.includes(f));
			const added = only(ours, theirs);
			const dropped = only(theirs, ours);
			if (added.length === 0 && dropped.length === 0) return [];
			return [
				{
					file: `seeds/${variant.seed}`,
					id: article.id,
					message: `its copy prints ${added.length ? `"${added.join('", "')}"` : 'no figure'} where the copy in seeds/${article.seeds.find((s) => s !== variant.seed) ?? article.seeds[0]} prints ${dropped.length ? `"${dropped.join('", "')}"` : 'none'} ("${variant.text.slice(0, 60)}…"): two copies of one article disagree on a figure`
				}
			];
		})
	);
}
