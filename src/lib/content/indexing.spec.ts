/**
 * The duplicate finder and the mention finder use indexes so their work grows with the text; on
 * random inputs they give exactly what comparing everything with everything gives.
 */
import { expect, test } from 'vitest';
import type { Mention } from '../schema/article';
import { groupCopies, SAME_ARTICLE, similarity } from './dedupe';
import { createMatchers, findMentions, type PlaceNames } from './mentions';
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

test('mentions are found as trying every name on every block would find them', () => {
	const places: PlaceNames[] = [
		{ id: 'jiading', names: ['Jiading', '嘉定区', 'Jiading District'] },
		{ id: 'jiading-new-city', names: ['Jiading New City', '嘉定新城'] },
		{ id: 'malu', names: ['Malu', '马陆镇', 'Malu Town'] },
		{ id: 'anting', names: ['Anting', '安亭'] },
		{ id: 'medvalley', names: ['Shanghai MedValley', 'MedValley', '上海医谷'] },
		{ id: 'odd', names: ['(North) Hongqiao', 'Xi’an-Road', '123'] }
	];
	const matchers = createMatchers(places);
	// The rule as first written: one pattern per name, tried longest name first.
	const escapeName = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const oracle = places
		.flatMap((p) => [...new Set(p.names)].map((name) => ({ place: p.id, name })))
		.sort((a, b) => b.name.length - a.name.length)
		.map(({ place, name }) => ({
			place,
			pattern: /^[\x20-\x7e]+$/.test(name)
				? new RegExp(`(?<![\\p{L}\\p{N}])${escapeName(name)}(?![\\p{L}\\p{N}])`, 'giu')
				: new RegExp(escapeName(name), 'gu')
		}));
	const next = random(5);
	const pieces = [
		...places.flatMap((p) => p.names),
		'jiading',
		'JIADING new city',
		'Maluing',
		'preMalu',
		'嘉定',
		' ',
		', ',
		'. ',
		'the ',
		'x',
		'ſhanghai MedValley',
		'K',
		'-'
	];
	const text = () =>
		Array.from({ length: 30 }, () => pieces[Math.floor(next() * pieces.length)]).join('');
	for (let round = 0; round < 200; round++) {
		const article = { paragraphs: [{ kind: 'body' as const, text: text() }], captions: [] };
		// Brute force: every name, longest first, on the whole block.
		const taken: [number, number][] = [];
		const expected: Omit<Mention, 'block' | 'index'>[] = [];
		for (const { place, pattern } of oracle)
			for (const m of article.paragraphs[0]!.text.matchAll(pattern)) {
				const [start, end] = [m.index, m.index + m[0].length];
				if (taken.some(([s, e]) => start < e && end > s)) continue;
				taken.push([start, end]);
				expected.push({ place, start, end, text: m[0] });
			}
		expected.sort((a, b) => a.start - b.start);
		expect(findMentions(article, matchers), article.paragraphs[0]!.text).toEqual(
			expected.map((m) => ({ ...m, block: 'paragraph', index: 0 }))
		);
	}
});
