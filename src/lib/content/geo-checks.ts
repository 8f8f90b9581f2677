/**
 * Checks on curated GeoJSON: schema, ids, coordinates inside the Jiading area (and not swapped),
 * six-decimal rounding, and polygons that are neither empty nor self-intersecting.
 */
import { booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import findIntersections from 'sweepline-intersections';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import { BasemapLayer, Place, type Geometry } from '../schema/place';
import { BASEMAP_EXTENT, DISTRICT_EXTENT, extentSides } from '../geo/extents';
import { vertices } from '../geo/measures';
import { zodProblems, type DataProblem } from './errors';

/** The district with a margin of a few kilometres: curated places must lie inside. */
export const JIADING_AREA = extentSides(DISTRICT_EXTENT);
/** The basemap reaches a little further, for context around the district. */
export const BASEMAP_AREA = extentSides(BASEMAP_EXTENT);
type Area = typeof JIADING_AREA;

const inArea = (lon: number, lat: number, a: Area) =>
	lon >= a.west && lon <= a.east && lat >= a.south && lat <= a.north;

const decimals = (n: number) => (String(n).split('.')[1] ?? '').replace(/e.*$/, '').length;

/** Problems with one geometry: position, rounding, emptiness, self-intersection. */
export function geometryProblems(geometry: Geometry, area: Area): string[] {
	const problems: string[] = [];
	const all = vertices(geometry);
	if (all.length === 0) {
		return [
			geometry.type.endsWith('Polygon')
				? 'empty polygon (no rings)'
				: 'empty geometry (no coordinates)'
		];
	}
	const outside = all.find(([lon, lat]) => !inArea(lon!, lat!, area));
	if (outside) {
		const [lon, lat] = outside as [number, number];
		problems.push(
			inArea(lat, lon, area)
				? `longitude and latitude swapped at [${lon}, ${lat}] (GeoJSON order is [longitude, latitude])`
				: `coordinate [${lon}, ${lat}] lies outside the Jiading area (${area.west}–${area.east} E, ${area.south}–${area.north} N)`
		);
	}
	const precise = all.find((p) => p.some((n) => decimals(n) > 6));
	if (precise) problems.push(`coordinate [${precise.join(', ')}] has more than 6 decimals`);
	if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
		const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
		const short = lines.find((line) => line.length < 2);
		if (short) problems.push(`line with ${short.length} position (needs at least 2)`);
	}
	if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
		const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		if (polygons.length === 0 || polygons.some((rings) => rings.length === 0)) {
			problems.push('empty polygon (no rings)');
			return problems;
		}
		for (const ring of polygons.flat()) {
			if (ring.length < 4) {
				problems.push(`empty polygon: a ring has ${ring.length} positions (needs at least 4)`);
				return problems;
			}
			const [first, last] = [ring[0]!, ring.at(-1)!];
			if (first[0] !== last[0] || first[1] !== last[1]) {
				problems.push(
					`polygon ring is not closed (starts at [${first.join(', ')}], ends at [${last.join(', ')}])`
				);
				return problems;
			}
		}
		// A ring whose positions lie on one line (or on one point) encloses nothing.
		const flat = polygons.find(([outer]) => onOneLine(outer!));
		if (flat) {
			problems.push(
				`the polygon has no area: its outer ring's positions lie on one line (near [${flat[0]![0]!.join(', ')}])`
			);
			return problems;
		}
		// A sweep line finds crossing edges in O(n log n); @turf/kinks compares every pair of edges.
		const [crossing] = findIntersections(
			{ type: 'Feature', properties: {}, geometry: geometry as Polygon | MultiPolygon },
			false
		);
		if (crossing) {
			problems.push(
				`self-intersecting polygon near [${crossing.map((n) => n.toFixed(5)).join(', ')}]`
			);
			return problems;
		}
		// A hole must lie inside its outer ring (RFC 7946 §3.1.6). With no edges crossing, a hole
		// lies wholly inside or wholly outside, so its first positions tell which.
		for (const [outer, ...holes] of polygons) {
			const shell: Polygon = { type: 'Polygon', coordinates: [outer!] };
			const stray = holes.find(
				(hole) =>
					!hole.slice(0, 4).some((p) => booleanPointInPolygon(p, shell, { ignoreBoundary: true }))
			);
			if (stray)
				problems.push(
					`a hole of the polygon lies outside its outer ring (near [${stray[0]!.join(', ')}])`
				);
		}
	}
	return problems;
}

/** Whether every position lies on the line through the first two distinct ones. */
function onOneLine(ring: number[][]): boolean {
	const [a] = ring;
	const b = ring.find((p) => p[0] !== a![0] || p[1] !== a![1]);
	if (!a || !b) return true;
	const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
	return ring.every((p) => Math.abs(dx * (p[1]! - a[1]!) - dy * (p[0]! - a[0]!)) < 1e-12);
}

function collectionRecordOf(input: unknown) {
	return (path: PropertyKey[]) => {
		if (path[0] !== 'features' || typeof path[1] !== 'number') return { rest: path };
		const feature = (input as { features?: { id?: unknown; properties?: { id?: unknown } }[] })
			.features?.[path[1]];
		const id = feature?.id ?? feature?.properties?.id;
		return { id: typeof id === 'string' ? id : `features[${path[1]}]`, rest: path.slice(2) };
	};
}

/**
 * Checks the places file. Features that fail the schema are reported and left out; the rest are
 * checked further, so one bad feature does not hide the problems of the others.
 */
export function checkPlaces(
	file: string,
	input: unknown
): { places: Place[]; problems: DataProblem[] } {
	const Shell = z.strictObject({
		type: z.literal('FeatureCollection'),
		features: z.array(z.unknown())
	});
	const shell = Shell.safeParse(input);
	if (!shell.success) {
		return {
			places: [],
			problems: zodProblems(file, shell.error, input, collectionRecordOf(input), Shell)
		};
	}
	const problems: DataProblem[] = [];
	const places = shell.data.features.flatMap((raw, i) => {
		const parsed = Place.safeParse(raw);
		if (parsed.success) return [parsed.data];
		const recordOf = collectionRecordOf(input);
		problems.push(
			...zodProblems(file, parsed.error, raw, (path) => recordOf(['features', i, ...path]), Place)
		);
		return [];
	});
	const seen = new Set<string>();
	for (const place of places) {
		const id = place.id;
		if (seen.has(id)) problems.push({ file, id, field: 'id', message: 'duplicate id' });
		seen.add(id);
		if (place.properties.id !== id) {
			problems.push({
				file,
				id,
				field: 'properties.id',
				message: `"${place.properties.id}" differs from the feature id`
			});
		}
		for (const message of geometryProblems(place.geometry, JIADING_AREA)) {
			problems.push({ file, id, field: 'geometry', message });
		}
	}
	const byId = new Map(places.map((p) => [p.id, p]));
	for (const place of places) {
		const townId = place.properties.town;
		if (townId === null) continue;
		if (geometryProblems(place.geometry, JIADING_AREA).length > 0) continue;
		const town = byId.get(townId);
		if (!town || town.properties.kind !== 'town') {
			problems.push({
				file,
				id: place.id,
				field: 'properties.town',
				message: `"${townId}" is not a town in this file`
			});
			continue;
		}
		// The stated town must contain the place: catches a place drawn in the wrong town.
		// Lines (a moat ring, a river) are placed by their centroid, areas by a point inside them.
		const isLine =
			place.geometry.type === 'LineString' || place.geometry.type === 'MultiLineString';
		const anchor = isLine ? centroid(place as Feature) : pointOnFeature(place as Feature);
		const inside = booleanPointInPolygon(
			anchor.geometry.coordinates,
			town.geometry as Polygon | MultiPolygon
		);
		if (!inside) {
			problems.push({
				file,
				id: place.id,
				field: 'properties.town',
				message: `the geometry does not lie in the town "${townId}"`
			});
		}
	}
	return { places, problems };
}

export function checkBasemapLayer(file: string, input: unknown): DataProblem[] {
	const parsed = BasemapLayer.safeParse(input);
	if (!parsed.success)
		return zodProblems(file, parsed.error, input, collectionRecordOf(input), BasemapLayer);
	const problems: DataProblem[] = [];
	const seen = new Set<string>();
	for (const feature of parsed.data.features) {
		if (seen.has(feature.id))
			problems.push({ file, id: feature.id, field: 'id', message: 'duplicate id' });
		seen.add(feature.id);
		for (const message of geometryProblems(feature.geometry, BASEMAP_AREA)) {
			problems.push({ file, id: feature.id, field: 'geometry', message });
		}
	}
	return problems;
}
