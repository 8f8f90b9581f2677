/**
 * Areas that share borders (towns, districts) drawn so that each border is stored once: topojson
 * finds the stretches two areas have in common. An area's own outline would hold every shared
 * border twice, for twice its bytes, and simplified twice it would not lie on itself. Used by the
 * map's tiles (map-tiles.ts) and its picture (server/map-picture.ts). Pure.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type {
	GeometryCollection,
	Polygon,
	MultiPolygon as TopoMultiPolygon
} from 'topojson-specification';

/** The areas as one topology, and their geometries (only Polygon or MultiPolygon: checked). */
function shared(areas: readonly Feature[], what: string) {
	for (const area of areas)
		if (area.geometry.type !== 'Polygon' && area.geometry.type !== 'MultiPolygon')
			throw new Error(
				`${what}: "${area.id}", field "geometry": a ${area.geometry.type}, not an area`
			);
	const collection: FeatureCollection = { type: 'FeatureCollection', features: [...areas] };
	const shapes = topology({ areas: collection });
	const object = shapes.objects['areas'] as GeometryCollection;
	return { shapes, object, polygons: object.geometries as (Polygon | TopoMultiPolygon)[] };
}

/** Every border of the areas, each once: between two of them, and where one meets no other. */
export function allBorders(areas: readonly Feature[], what: string): MultiLineString {
	const { shapes, object } = shared(areas, what);
	return mesh(shapes, object);
}

/**
 * The areas as their union (to fill, and outline) and the borders between two of them (to draw
 * inside it), each once.
 */
export function unionAndBorders(
	areas: readonly Feature[],
	what: string
): { union: MultiPolygon; between: MultiLineString } {
	const { shapes, object, polygons } = shared(areas, what);
	return { union: merge(shapes, polygons), between: mesh(shapes, object, (a, b) => a !== b) };
}
