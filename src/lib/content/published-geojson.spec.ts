/**
 * Every published GeoJSON file, built exactly as its endpoint builds it, passes a standard
 * validator (check-geojson, the maintained successor of @mapbox/geojsonhint) and the two RFC 7946
 * rules that validator leaves out: ring winding (§3.1.6) and coordinate precision (§11.2).
 */
import { getIssues } from '@placemarkio/check-geojson';
import { booleanClockwise } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadContent } from '$lib/server/load';
import { COORDINATE_DECIMALS } from './map-features';
import { publishedPayloads, rfc7946Geometry } from './published';

function polygonsOf(geometry: Geometry): Position[][][] {
	if (geometry.type === 'Polygon') return [geometry.coordinates];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates;
	if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
	return [];
}

type Coordinates = number | Coordinates[];

function positionsIn(coordinates: Coordinates): Position[] {
	if (!Array.isArray(coordinates)) return [];
	if (coordinates.every((c) => typeof c === 'number')) return [coordinates as Position];
	return coordinates.flatMap(positionsIn);
}

function positionsOf(geometry: Geometry): Position[] {
	if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positionsOf);
	return positionsIn(geometry.coordinates);
}

/** Rings that run the wrong way: outer rings must be counter-clockwise, holes clockwise. */
function windingProblems(geometry: Geometry): string[] {
	return polygonsOf(geometry).flatMap((rings, p) =>
		rings.flatMap((ring, r) => {
			const outer = r === 0;
			if (booleanClockwise(ring) !== outer) return [];
			return [
				`polygon ${p} ${outer ? 'outer ring' : `hole ${r}`} runs ${outer ? '' : 'counter-'}clockwise`
			];
		})
	);
}

const SCALE = 10 ** COORDINATE_DECIMALS;

function precisionProblems(geometry: Geometry): string[] {
	return positionsOf(geometry)
		.filter((position) => position.some((x) => Math.round(x * SCALE) / SCALE !== x))
		.map(
			(position) => `position ${position.join(', ')} has more than ${COORDINATE_DECIMALS} decimals`
		);
}

/** Every message about a GeoJSON text: the validator's, then winding and precision per feature. */
function geojsonProblems(text: string): string[] {
	const issues = getIssues(text).map((i) => `check-geojson: ${i.message} (at ${i.from})`);
	if (issues.length > 0) return issues;
	const collection = JSON.parse(text) as {
		features: { id?: string | number; geometry: Geometry | null }[];
	};
	return collection.features.flatMap(({ id, geometry }) =>
		geometry === null
			? []
			: [...windingProblems(geometry), ...precisionProblems(geometry)].map((m) => `${id}: ${m}`)
	);
}

const createCollection = (geometry: Geometry) =>
	JSON.stringify({
		type: 'FeatureCollection',
		features: [{ type: 'Feature', id: 'test', properties: {}, geometry }]
	});

// A unit square, counter-clockwise, and a smaller square inside it, clockwise.
const CCW: Position[] = [
	[0, 0],
	[1, 0],
	[1, 1],
	[0, 1],
	[0, 0]
];
const HOLE_CW: Position[] = [
	[0.25, 0.25],
	[0.25, 0.75],
	[0.75, 0.75],
	[0.75, 0.25],
	[0.25, 0.25]
];
const reversed = (ring: Position[]) => [...ring].reverse();

describe('the GeoJSON check', () => {
	it('accepts a counter-clockwise polygon with a clockwise hole', () => {
		expect(
			geojsonProblems(createCollection({ type: 'Polygon', coordinates: [CCW, HOLE_CW] }))
		).toEqual([]);
	});

	it('rejects an outer ring that runs clockwise', () => {
		const text = createCollection({ type: 'Polygon', coordinates: [reversed(CCW)] });
		expect(geojsonProblems(text)).toEqual(['test: polygon 0 outer ring runs clockwise']);
	});

	it('rejects a hole that runs counter-clockwise, in any part of a MultiPolygon', () => {
		const text = createCollection({
			type: 'MultiPolygon',
			coordinates: [[CCW], [CCW, reversed(HOLE_CW)]]
		});
		expect(geojsonProblems(text)).toEqual(['test: polygon 1 hole 1 runs counter-clockwise']);
	});

	it('rejects a position given to more than six decimals', () => {
		const text = createCollection({ type: 'Point', coordinates: [121.2438612, 31.362178] });
		expect(geojsonProblems(text)).toEqual([
			'test: position 121.2438612, 31.362178 has more than 6 decimals'
		]);
	});

	it("reports the validator's messages", () => {
		const text = createCollection({ type: 'Point', coordinates: [121.24] } as unknown as Geometry);
		expect(geojsonProblems(text)).toEqual([expect.stringMatching(/^check-geojson: /)]);
	});
});

describe('rfc7946Geometry', () => {
	it('turns a clockwise outer ring and a counter-clockwise hole around', () => {
		const geometry = rfc7946Geometry({
			type: 'Polygon' as const,
			coordinates: [reversed(CCW), reversed(HOLE_CW)] as [number, number][][]
		});
		expect(windingProblems(geometry)).toEqual([]);
	});

	it('leaves the direction of lines alone', () => {
		const line: [number, number][] = [
			[0, 0],
			[1, 1],
			[2, 0]
		];
		expect(rfc7946Geometry({ type: 'LineString', coordinates: line }).coordinates).toEqual(line);
	});
});

describe('the published GeoJSON files', () => {
	const files = publishedPayloads(loadContent(), loadAtlas()).filter((f) =>
		f.path.endsWith('.geojson')
	);

	it('include the places, the map layers and every basemap layer', () => {
		expect(files.map((f) => f.path)).toEqual(
			expect.arrayContaining([
				'/data/places.geojson',
				'/data/map/places.geojson',
				'/data/map/labels.geojson',
				'/data/basemap/neighbours.geojson'
			])
		);
	});

	it.each(files)('$path is valid RFC 7946 GeoJSON', ({ body }) => {
		expect(geojsonProblems(JSON.stringify(body))).toEqual([]);
	});
});
