import { describe, expect, test } from 'vitest';
import { edgeMoved, EDGE_TOLERANCE_PX, viewEdge } from './view-edges';

/** A stand-in projection: 1 px is 0.01° east and 0.01° south of 121°E, 31.5°N, shifted `dx` px. */
const mapAt = (dx = 0) => ({
	unproject: ([x, y]: [number, number]) => ({ lng: 121 + (x + dx) / 100, lat: 31.5 - y / 100 }),
	project: ([lng, lat]: [number, number]) => ({ x: (lng - 121) * 100 - dx, y: (31.5 - lat) * 100 })
});

describe('the map’s edge (view-edges.ts)', () => {
	test('is drawn again only once the view has moved more than a few pixels', () => {
		const drawn = viewEdge(mapAt(), 40, 20);
		expect(edgeMoved(mapAt(), null, 40, 20)).toBe(true);
		expect(edgeMoved(mapAt(), drawn, 40, 20)).toBe(false);
		expect(edgeMoved(mapAt(EDGE_TOLERANCE_PX - 1), drawn, 40, 20)).toBe(false);
		expect(edgeMoved(mapAt(EDGE_TOLERANCE_PX + 1), drawn, 40, 20)).toBe(true);
		// A resized view has other corners.
		expect(edgeMoved(mapAt(), drawn, 60, 20)).toBe(true);
	});

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
