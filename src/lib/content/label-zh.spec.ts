/**
 * Every fact's Chinese label, the atlas's translation, reaches what the Chinese interface reads:
 * the search index (found and shown by it) and the planner's figures.
 */
import { expect, test } from 'vitest';
import { loadAtlas, loadContent, loadPlanner } from '$lib/server/load';
import { search } from '$lib/search';

test('every fact has a Chinese label', () => {
	const facts = loadContent().facts;
	expect(facts.length).toBeGreaterThan(0);
	expect(facts.filter((f) => !/\p{Script=Han}/u.test(f.label_zh)).map((f) => f.id)).toEqual([]);
});

test('a fact is found by its Chinese label and carries it for the result list', () => {
	const results = search(loadAtlas().search, '膜电极');
	expect(results.length).toBeGreaterThan(0);
	expect(results.every((r) => r.entry.type === 'fact')).toBe(true);
	expect(results[0]!.entry).toMatchObject({ place: 'ballard-anting' });
	expect(results[0]!.entry.label_zh).toMatch(/膜电极/);
});

test('an English query still finds the fact by its English label first', () => {
	const results = search(loadAtlas().search, 'planned area of shanghai medvalley');
	expect(results[0]!.entry).toMatchObject({
		type: 'fact',
		id: 'medvalley-planned-area',
		label: 'Planned area of Shanghai MedValley',
		label_zh: '上海医谷规划面积'
	});
});

test('the planner’s figures carry the fact’s Chinese label', () => {
	const facts = new Map(loadContent().facts.map((f) => [f.id, f]));
	const figures = loadPlanner().rows.flatMap((r) => r.figures);
	expect(figures.length).toBeGreaterThan(0);
	for (const figure of figures) expect(figure.label_zh).toBe(facts.get(figure.fact)!.label_zh);
});
