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
	pointToLineDistance,
	polygonToLine
} from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, Polygon, Position } from 'geojson';

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

function vertices(geometry: Geometry): Position[] {
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

/** The edges of a geometry as lines (a polygon's rings; a line itself; nothing for a point). */
function edges(geometry: Geometry): Feature<LineString | MultiLineString>[] {
	if (geometry.type === 'LineString' || geometry.type === 'MultiLineString')
		return [{ type: 'Feature', properties: {}, geometry }];
	if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
		const lines = polygonToLine(geometry);
		return lines.type === 'FeatureCollection' ? lines.features : [lines];
	}
	return [];
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
		line.coordinates.map((v) =>
			pointToLineDistance(
				v,
				edge.geometry.type === 'LineString'
					? (edge as Feature<LineString>)
					: lineString(edge.geometry.coordinates.flat()),
				{ units: 'kilometers' }
			)
		)
	);
	return Math.min(...toLine, ...toGeometry);
}

/** Great-circle distance between two [lng, lat] points in km. */
export function pointKm(a: Position, b: Position): number {
	return distance(a, b, { units: 'kilometers' });
}
