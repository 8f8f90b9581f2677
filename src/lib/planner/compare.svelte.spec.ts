import { expect, test } from 'vitest';
import { loadPlanner } from '$lib/server/load';
import { COMPARE_MAX, CompareView } from './compare.svelte';

const { rows } = loadPlanner();
const [a, b, c, d, e] = rows.map((r) => r.id);

test('places are compared in the order chosen, at most four, each once', () => {
	const view = new CompareView(rows);
	view.add(a!);
	view.add(b!);
	view.add(a!);
	expect(view.compared.map((r) => r.id)).toEqual([a, b]);
	view.add(c!);
	view.add(d!);
	view.add(e!);
	expect(view.ids).toHaveLength(COMPARE_MAX);
	expect(view.full).toBe(true);
	expect(view.candidates.map((r) => r.id)).not.toContain(a);
	view.remove(b!);
	expect(view.ids).toEqual([a, c, d]);
	expect(view.params).toEqual({ places: `${a},${c},${d}` });
});

test('a link names the places; what cannot be compared is reported and left out', () => {
	const view = new CompareView(rows);
	view.read(new URLSearchParams(`places=${a},nowhere,${a},${b},${c},${d},${e}`));
	expect(view.ids).toEqual([a, b, c, d]);
	expect(view.problems).toEqual([
		{ value: 'nowhere', reason: 'unknown' },
		{ value: a, reason: 'repeat' },
		{ value: e, reason: 'extra' }
	]);
	view.read(new URLSearchParams(''));
	expect([view.ids, view.problems, view.params]).toEqual([[], [], { places: null }]);
});
