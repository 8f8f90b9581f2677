import { describe, expect, it } from 'vitest';
import type { Mention } from '../schema/article';
import { createMatchers, findMentions, fold, type PlaceNames } from './mentions';

/** A small seeded generator (mulberry32), so every run draws the same texts. */
function createRandom(seed: number) {
	let a = seed;
	const next = () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every name's pattern run over the whole text, longest name first, as the pipeline first did. */
function mentionsByEveryName(places: PlaceNames[], text: string) {
	const matchers = places
		.flatMap((p) => [...new Set(p.names)].map((name) => ({ place: p.id, name })))
		.sort((a, b) => b.name.length - a.name.length)
		.map(({ place, name }) => ({
			place,
			pattern: /^[\x20-\x7e]+$/.test(name)
				? new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu')
				: new RegExp(escape(name), 'gu')
		}));
	const taken: [number, number][] = [];
	const found: Omit<Mention, 'block' | 'index'>[] = [];
	for (const { place, pattern } of matchers)
		for (const m of text.matchAll(pattern)) {
			const [start, end] = [m.index, m.index + m[0].length];
			if (taken.some(([s, e]) => start < e && end > s)) continue;
			taken.push([start, end]);
			found.push({ place, start, end, text: m[0] });
		}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * Names that overlap, nest, repeat themselves ("Nana", "na na"), are shared by two places, are
 * written in Chinese, or hold punctuation and digits ("(North) Hongqiao", "123"); texts made of
 * their pieces in any case, with the Kelvin sign and long s that case-insensitive patterns take
 * for "k" and "s", and with letters, digits and marks glued on.
 */
function createWorld(seed: number) {
	const random = createRandom(seed);
	const places: PlaceNames[] = [
		{ id: 'jiading', names: ['Jiading', '嘉定', 'Jiading District'] },
		{ id: 'new-city', names: ['Jiading New City', 'New City', '嘉定新城'] },
		{ id: 'nana', names: ['Nana', 'Nanana', 'na', 'na na'] },
		{ id: 'lona', names: ['Lo na', '城城'] },
		{ id: 'malu', names: ['Malu', 'Malu Town', '马陆'] },
		{ id: 'malu-park', names: ['Malu Town Park', 'Malu Town'] },
		{ id: 'kss', names: ['Kss', 'S.K.', 'a+b (c)'] },
		{ id: 'xincheng', names: ['新城', '城'] },
		{ id: 'medvalley', names: ['Shanghai MedValley', 'MedValley', '上海医谷'] },
		{ id: 'odd', names: ['(North) Hongqiao', 'Xi’an-Road', '123'] }
	];
	const pieces = [
		...places.flatMap((p) => p.names),
		'Jiading New',
		'Town Park',
		'Malu Town Park',
		'\u212ass',
		'\u017f.\u212a.',
		'NANA',
		'na na na',
		'lo',
		'城城城',
		'ſhanghai MedValley',
		'preMedValley',
		'1234',
		'na',
		'ana',
		'x',
		'9',
		'é',
		// Not a letter, but a case-insensitive pattern reads it as one (it folds to ι).
		'\u0345',
		'𝐀',
		' ',
		' ',
		', ',
		"'s ",
		'-'
	];
	const texts = Array.from({ length: 300 }, () =>
		Array.from({ length: 1 + Math.floor(random.next() * 25) }, () => {
			const piece = random.pick(pieces);
			const r = random.next();
			return r < 0.2 ? piece.toUpperCase() : r < 0.4 ? piece.toLowerCase() : piece;
		}).join('')
	);
	return { places, texts };
}

describe('finding place names through one index of all names', () => {
	it('finds the same mentions as running every name over the text', () => {
		for (const seed of [1, 2, 3]) {
			const { places, texts } = createWorld(seed);
			const matchers = createMatchers(places);
			let mentions = 0;
			for (const text of texts) {
				const expected = mentionsByEveryName(places, text);
				const article = { paragraphs: [{ kind: 'body' as const, text }], captions: [] };
				expect(findMentions(article, matchers)).toEqual(
					expected.map((m) => ({ ...m, block: 'paragraph', index: 0 }))
				);
				mentions += expected.length;
			}
			expect(mentions).toBeGreaterThan(texts.length);
		}
	});

	it('folds case without moving any position', () => {
		const text = 'MALU \u212aSS \u017f 嘉定 İx';
		expect(fold(text)).toBe('malu kss s 嘉定 İx');
		expect(fold(text)).toHaveLength(text.length);
	});
});
