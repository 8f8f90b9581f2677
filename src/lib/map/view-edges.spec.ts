import { describe, expect, test } from 'vitest';
import { edgeLines, edgeMoved, EDGE_TOLERANCE_PX, viewEdge } from './view-edges';

/** A stand-in projection: 1 px is 0.01° east and 0.01° south of 121°E, 31.5°N, shifted `dx` px. */
const mapAt = (dx = 0) => ({
	unproject: ([x, y]: [number, number]) => ({ lng: 121 + (x + dx) / 100, lat: 31.5 - y / 100 }),
	project: ([lng, lat]: [number, number]) => ({ x: (lng - 121) * 100 - dx, y: (31.5 - lat) * 100 })
});

describe('the map’s edge (view-edges.ts)', () => {
	test('is drawn again only once the view has moved more than a few pixels', () => {
		const lines = edgeLines(40, 20);
		const drawn = viewEdge(mapAt(), lines);
		expect(edgeMoved(mapAt(), null, lines)).toBe(true);
		expect(edgeMoved(mapAt(), drawn, lines)).toBe(false);
		expect(edgeMoved(mapAt(EDGE_TOLERANCE_PX - 1), drawn, lines)).toBe(false);
		expect(edgeMoved(mapAt(EDGE_TOLERANCE_PX + 1), drawn, lines)).toBe(true);
		// A resized view has other corners.
		expect(edgeMoved(mapAt(), drawn, edgeLines(60, 20))).toBe(true);
	});

	test('is drawn again when what covers the map changes, not when it stays', () => {
		const panel = { left: 20, top: 2, right: 38, bottom: 10 };
		const drawn = viewEdge(mapAt(), edgeLines(40, 20, [panel]));
		expect(edgeMoved(mapAt(), drawn, edgeLines(40, 20, [panel]))).toBe(false);
		// The panel grew, closed, or another cover came.
		expect(edgeMoved(mapAt(), drawn, edgeLines(40, 20, [{ ...panel, bottom: 18 }]))).toBe(true);
		expect(edgeMoved(mapAt(), drawn, edgeLines(40, 20))).toBe(true);
		expect(edgeMoved(mapAt(), drawn, edgeLines(40, 20, [panel, panel]))).toBe(true);
	});

	test('is one closed line through the view’s four corners, in map coordinates', () => {
		const [edge, ...others] = viewEdge(mapAt(), edgeLines(40, 20)).features;
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

	test('outlines what lies over the view, the part inside it only', () => {
		const lines = edgeLines(40, 20, [
			// A panel reaching past the right edge, a button, something below the view (a sheet
			// under the map) and a 1 px sliver (text said, not shown).
			{ left: 30, top: 5, right: 60, bottom: 15 },
			{ left: 2, top: 2, right: 6, bottom: 8 },
			{ left: 0, top: 20, right: 40, bottom: 60 },
			{ left: 10, top: 10, right: 11, bottom: 11 }
		]);
		expect(lines).toEqual([
			[
				[0, 0],
				[40, 0],
				[40, 20],
				[0, 20],
				[0, 0]
			],
			[
				[30, 5],
				[40, 5],
				[40, 15],
				[30, 15],
				[30, 5]
			],
			[
				[2, 2],
				[6, 2],
				[6, 8],
				[2, 8],
				[2, 2]
			]
		]);
	});
});
