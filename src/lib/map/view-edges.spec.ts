import { describe, expect, test } from 'vitest';
import { viewEdge } from './view-edges';

describe('the map’s edge (view-edges.ts)', () => {
	test('is one closed line through the view’s four corners, in map coordinates', () => {
		// A stand-in projection: 1 px is 0.01° east and 0.01° south of 121°E, 31.5°N.
		const map = {
			unproject: ([x, y]: [number, number]) => ({ lng: 121 + x / 100, lat: 31.5 - y / 100 })
		};
		const [edge, ...others] = viewEdge(map, 40, 20).features;
		expect(others).toEqual([]);
		expect(edge!.geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[121, 31.5],
				[121.4, 31.5],
				[121.4, 31.3],
				[121, 31.3],
				[121, 31.5]
			]
		});
	});
});
