/**
 * The atlas's Chinese translations of its curators' English notes: why each place is drawn as it
 * is (`precision_reason_zh`) and what each disagreement is about (`about_zh`, `note_zh`). Each is
 * there, is written in Chinese, and says no more than the English: the same numbers (a scale
 * converted, "100 billion" and "1000亿" both 1e11) and, in Latin letters, only names the English
 * prints (OpenStreetMap, Aliyun DataV).
 */
import { expect, test } from 'vitest';
import { loadAtlas, loadContent, loadPlanner } from '$lib/server/load';
import { findFigures, type Figure } from './figures';
import { findChineseFigures } from './label-checks';

const HAN = /\p{Script=Han}/u;

/** The numbers a text prints, once each: every figure's full value, and its month. */
function numbers(figures: Figure[]): number[] {
	const found = figures.flatMap((f) => [
		...f.values.slice(0, 1),
		...(f.month === undefined ? [] : [f.month])
	]);
	return [...new Set(found)].sort((a, b) => a - b);
}

/** The words in Latin letters a text prints ("OpenStreetMap", "GCJ"), once each. */
function latinWords(text: string): string[] {
	return [...new Set(text.normalize('NFKC').match(/\p{Script=Latin}+/gu) ?? [])].sort();
}

/** What a translation adds to its English: numbers and Latin-letter words the English lacks. */
function addedTo(english: string, chinese: string) {
	const englishWords = latinWords(english);
	return {
		numbers: numbers(findChineseFigures(chinese)),
		words: latinWords(chinese).filter((w) => !englishWords.includes(w))
	};
}

test('the numbers of a translation are read with their scale', () => {
	expect(numbers(findFigures('The US dollar amount printed for 100 billion yuan'))).toEqual([1e11]);
	expect(numbers(findChineseFigures('为1000亿元印出的美元金额'))).toEqual([1e11]);
	expect(numbers(findChineseFigures('为100亿元印出的美元金额'))).not.toEqual([1e11]);
	expect(numbers(findFigures('(July 2026 extract)'))).toEqual(
		numbers(findChineseFigures('（2026年7月提取）'))
	);
});

test('every place says why it is drawn as it is, in Chinese too', () => {
	const places = loadContent().places;
	expect(places.length).toBeGreaterThan(0);
	expect(
		places.filter((p) => !HAN.test(p.properties.precision_reason_zh)).map((p) => p.id)
	).toEqual([]);
});

test('each place’s Chinese reason has the numbers of the English, and no other Latin words', () => {
	for (const { id, properties: p } of loadContent().places) {
		expect(addedTo(p.precision_reason, p.precision_reason_zh), id).toEqual({
			numbers: numbers(findFigures(p.precision_reason)),
			words: []
		});
	}
});

test('every disagreement says what it is about, and its note, in Chinese too', () => {
	const disagreements = loadContent().disagreements;
	expect(disagreements.length).toBeGreaterThan(0);
	for (const d of disagreements) {
		expect(d.about_zh, d.id).toMatch(HAN);
		expect(d.note_zh, d.id).toMatch(HAN);
	}
});

test('each disagreement’s Chinese text has the numbers of the English, and no other Latin words', () => {
	for (const d of loadContent().disagreements) {
		expect(addedTo(d.about, d.about_zh), `${d.id} about`).toEqual({
			numbers: numbers(findFigures(d.about)),
			words: []
		});
		expect(addedTo(d.note, d.note_zh), `${d.id} note`).toEqual({
			numbers: numbers(findFigures(d.note)),
			words: []
		});
	}
});

test('the translations reach the place’s story, the planner’s gaps and its disagreements', () => {
	const { places, disagreements } = loadContent();
	const atlas = loadAtlas();
	const planner = loadPlanner();
	for (const place of places)
		expect(atlas.stories[place.id]!.geometry.precision_reason_zh, place.id).toBe(
			place.properties.precision_reason_zh
		);
	expect(planner.gaps.length).toBeGreaterThan(0);
	for (const gap of planner.gaps)
		expect(gap.reason_zh, gap.id).toBe(
			places.find((p) => p.id === gap.id)!.properties.precision_reason_zh
		);
	expect(planner.disagreements.map((d) => [d.about_zh, d.note_zh])).toEqual(
		disagreements.map((d) => [d.about_zh, d.note_zh])
	);
});
