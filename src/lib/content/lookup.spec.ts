import { describe, expect, it } from 'vitest';
import { atPositions, positionsBy } from './lookup';

interface Item {
	id: string;
	tags: string[];
}

const createItems = (): Item[] => [
	{ id: 'a', tags: ['x', 'y'] },
	{ id: 'b', tags: ['y', 'y'] },
	{ id: 'a', tags: [] },
	{ id: 'c', tags: ['z', 'x'] }
];

describe('lookups by key that keep the content order', () => {
	it('gives what filtering by any of the keys gives', () => {
		const items = createItems();
		const byTag = positionsBy(items, (item) => item.tags);
		for (const keys of [['x'], ['y'], ['z', 'x'], ['y', 'x', 'y'], ['none'], []]) {
			expect(atPositions(items, ...keys.map((k) => byTag.get(k)))).toEqual(
				items.filter((item) => item.tags.some((t) => keys.includes(t)))
			);
		}
	});

	it('keeps every item that shares an id', () => {
		const items = createItems();
		const byId = positionsBy(items, (item) => [item.id]);
		expect(atPositions(items, byId.get('a'))).toEqual([items[0], items[2]]);
	});
});
