/**
 * The duplicate finder uses an index so its work grows with the text; on random inputs it groups
 * exactly as comparing every pair does. (The mention finder's like test is in mentions.spec.ts.)
 */
import { expect, test } from 'vitest';
import { groupCopies, SAME_ARTICLE, similarity } from './dedupe';
import type { ArticleCopy } from './seed-parser';

function random(seed: number) {
	return () => (seed = (seed * 48271) % 2147483647) / 2147483647;
}

const VOCABULARY =
	'the park district town forum medical cluster hydrogen auto jiading malu anting new city valley industrial zone signed agreement billion yuan square kilometers in of and'.split(
		' '
	);

test('copies are grouped as comparing every pair would group them', () => {
	const next = random(11);
	const pick = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
	// Base texts, and copies of them with some words changed: some pairs share enough, some not.
	const bases = Array.from({ length: 12 }, () => Array.from({ length: 40 }, pick));
	const copies: ArticleCopy[] = Array.from({ length: 60 }, (_, i) => {
		const words = bases[i % bases.length]!.map((w) => (next() < 0.08 * (i % 5) ? pick() : w));
		return {
			seed: `s${i}.txt`,
			title: `t${i}`,
			authors: [],
			date: null,
			paragraphs: [{ kind: 'body', text: words.join(' ') }],
			captions: [],
			notes: []
		};
	});
	// Brute force: union every pair at or above SAME_ARTICLE.
	const parent = copies.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	for (let i = 0; i < copies.length; i++)
		for (let j = i + 1; j < copies.length; j++)
			if (
				similarity(copies[i]!.paragraphs[0]!.text, copies[j]!.paragraphs[0]!.text) >= SAME_ARTICLE
			)
				parent[find(j)] = find(i);
	const expected = new Map<number, string[]>();
	copies.forEach((c, i) => expected.set(find(i), [...(expected.get(find(i)) ?? []), c.seed]));
	const groups = groupCopies(copies).map((g) => g.map((c) => c.seed));
	expect(groups).toEqual([...expected.values()]);
	// The inputs make both kinds of outcome.
	expect(groups.some((g) => g.length > 1)).toBe(true);
	expect(groups.length).toBeGreaterThan(1);
});
