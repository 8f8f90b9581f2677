import { expect, test } from 'vitest';
import { loadAtlas } from '$lib/server/load';
import { search } from './search';

const entries = () => loadAtlas().search;
const first = (query: string) => search(entries(), query)[0]?.entry;

test('English names, Chinese names and aliases find the place first', () => {
	expect(first('MedValley')).toMatchObject({ type: 'place', id: 'shanghai-medvalley' });
	expect(first('上海医谷')).toMatchObject({ type: 'place', id: 'shanghai-medvalley' });
	expect(first('安亭')).toMatchObject({ type: 'place', id: 'anting' });
	expect(first('united imaging town')).toMatchObject({ type: 'place', id: 'united-imaging-town' });
});

test('facts are found by their words and point at their place', () => {
	const results = search(entries(), 'membrane electrode');
	expect(results.length).toBeGreaterThan(0);
	expect(results.every((r) => r.entry.type === 'fact')).toBe(true);
	expect(results[0]!.entry.place).toBe('ballard-anting');
});

test('every word must match; an empty query finds nothing', () => {
	expect(search(entries(), 'medvalley zzzz')).toEqual([]);
	expect(search(entries(), '   ')).toEqual([]);
});
