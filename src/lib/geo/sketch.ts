/**
 * Small maps drawn as SVG paths (link previews, the planner's comparison): lon/lat projected into
 * a picture's pixels. Pure; used at build time.
 */
import type { Geometry, Position } from 'geojson';

/** Lon/lat to pixels of the picture. */
export type Project = (p: Position) => [number, number];

/**
 * An equirectangular projection of an outline's box into a picture of `size`, centred, north up,
 * `margin` px clear on every side (at this scale the distortion is far below a pixel's worth).
 */
export function projection(
	outline: Geometry,
	size: { width: number; height: number },
	margin: number
): Project {
	const coords = positions(outline);
	const lons = coords.map((c) => c[0]!);
	const lats = coords.map((c) => c[1]!);
	const [west, east, south, north] = [
		Math.min(...lons),
		Math.max(...lons),
		Math.min(...lats),
		Math.max(...lats)
	];
	const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
	const scale = Math.min(
		(size.width - 2 * margin) / ((east - west) * kx),
		(size.height - 2 * margin) / (north - south)
	);
	const dx = (size.width - (east - west) * kx * scale) / 2;
	const dy = (size.height - (north - south) * scale) / 2;
	return ([lon, lat]) => [
		Math.round((dx + (lon! - west) * kx * scale) * 10) / 10,
		Math.round((dy + (north - lat!) * scale) * 10) / 10
	];
}

export function positions(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'LineString':
		case 'MultiPoint':
			return geometry.coordinates;
		case 'Polygon':
		case 'MultiLineString':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		case 'GeometryCollection':
			return geometry.geometries.flatMap(positions);
	}
}

/** An SVG path of a closed ring. */
export const ring = (ring: Position[], project: Project) =>
	`M${ring.map((p) => project(p).join(' ')).join('L')}Z`;
/** An SVG path of a line. */
export const line = (line: Position[], project: Project) =>
	`M${line.map((p) => project(p).join(' ')).join('L')}`;

