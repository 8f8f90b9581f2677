/**
 * Measures on WGS-84 geometry, in kilometres and square kilometres: the planner's table (built at
 * build time) and its measuring tools (in the browser) use the same functions. Geodesic, via turf.
 */
import {
	area,
	booleanIntersects,
	distance,
	length,
	lineString,
	pointToLineDistance
} from '@turf/turf';
import type { Feature, Geometry, LineString, Polygon, Position } from 'geojson';

/** Area of a polygon or multipolygon in km²; null for points and lines, which have none. */
export function areaKm2(geometry: Geometry): number | null {
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return null;
	return area(geometry) / 1e6;
}

/** Length of a path of [lng, lat] points in km. */
export function pathKm(points: Position[]): number {
	return points.length < 2 ? 0 : length(lineString(points), { units: 'kilometers' });
}

/** Area of a ring of [lng, lat] points (closed or not) in km²; 0 below three points. */
export function ringKm2(points: Position[]): number {
	if (points.length < 3) return 0;
	const ring = [...points, points[0]!];
	const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
	return area(polygon) / 1e6;
}

/** Every position of a geometry, parts and rings run together (for checks and nearest points). */
export function vertices(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		case 'GeometryCollection':
			return geometry.geometries.flatMap(vertices);
	}
}

/** The edges of a geometry as separate lines: each ring of a polygon, each part of a line. */
function edges(geometry: Geometry): Feature<LineString>[] {
	const parts: Position[][] =
		geometry.type === 'LineString'
			? [geometry.coordinates]
			: geometry.type === 'MultiLineString' || geometry.type === 'Polygon'
				? geometry.coordinates
				: geometry.type === 'MultiPolygon'
					? geometry.coordinates.flat()
					: [];
	return parts.filter((part) => part.length >= 2).map((part) => lineString(part));
}

/**
 * Shortest distance in km between a geometry and a line: 0 where they touch or cross, otherwise
 * the least of the distances from each one's vertices to the other's edges.
 */
export function distanceToLineKm(geometry: Geometry, line: LineString): number {
	if (booleanIntersects(geometry, line)) return 0;
	const lineFeature: Feature<LineString> = { type: 'Feature', properties: {}, geometry: line };
	const toLine = vertices(geometry).map((v) =>
		pointToLineDistance(v, lineFeature, { units: 'kilometers' })
	);
	const toGeometry = edges(geometry).flatMap((edge) =>
		line.coordinates.map((v) => pointToLineDistance(v, edge, { units: 'kilometers' }))
	);
	return Math.min(...toLine, ...toGeometry);
}

/** Great-circle distance between two [lng, lat] points in km. */
export function pointKm(a: Position, b: Position): number {
	return distance(a, b, { units: 'kilometers' });
}
