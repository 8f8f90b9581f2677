import type { Feature } from 'geojson';
import { expect, test } from 'vitest';
import { allBorders, unionAndBorders } from './shared-borders';

const square = (west: number, id: string): Feature => ({
	type: 'Feature',
	id,
	properties: {},
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[west, 0],
				[west + 1, 0],
				[west + 1, 1],
				[west, 1],
				[west, 0]
			]
		]
	}
});
const squares = [square(0, 'a'), square(1, 'b')];
/** Each segment of some lines, whichever way it runs. */
const segments = (lines: number[][][]) =>
	lines.flatMap((line) =>
		line.slice(1).map((b, i) => [line[i]!.join(','), b.join(',')].sort().join(' '))
	);

test('every border once: the one two areas share, and their outer edges', () => {
	const all = segments(allBorders(squares, 'test').coordinates);
	expect(new Set(all).size).toBe(all.length);
	expect(all).toContain('1,0 1,1');
	expect(all).toHaveLength(7);
});

test('the union is the outline alone; the border between them is a line of its own', () => {
	const { union, between } = unionAndBorders(squares, 'test');
	expect(union.coordinates).toHaveLength(1);
	const outline = segments(union.coordinates[0]!);
	expect(outline).not.toContain('1,0 1,1');
	expect(outline).toHaveLength(6);
	expect(segments(between.coordinates)).toEqual(['1,0 1,1']);
});

test('a shape that is not an area is an error naming the file, the feature and the field', () => {
	const point: Feature = {
		type: 'Feature',
		id: 'p',
		properties: {},
		geometry: { type: 'Point', coordinates: [0, 0] }
	};
	expect(() => allBorders([...squares, point], 'geo/x.geojson')).toThrow(
		'geo/x.geojson: "p", field "geometry": a Point, not an area'
	);
});
