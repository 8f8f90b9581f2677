import { simplify } from '@turf/turf';
import { line, projection, ring } from '$lib/geo/sketch';
import { loadAtlas, loadContent, loadPlanner } from '$lib/server/load';

/** The sketch map's size in px (its viewBox). */
const SKETCH = { width: 480, height: 420 } as const;

/**
 * The comparison page: the planner's rows, the facts behind their figures (for quotes and
 * sources), and a sketch of the district (its outline simplified to about a pixel, the One Axis,
 * and each place's label point) on which the compared places are marked.
 */
export function load() {
	const content = loadContent();
	const atlas = loadAtlas();
	const planner = loadPlanner();
	const district = content.places.find((p) => p.properties.kind === 'district')!;
	const axis = content.places.find((p) => p.properties.kind === 'axis');
	const project = projection(district.geometry, SKETCH, 12);
	const outline = simplify(district, { tolerance: 0.002, highQuality: true }).geometry;
	const polygons =
		outline.type === 'Polygon'
			? [outline.coordinates]
			: outline.type === 'MultiPolygon'
				? outline.coordinates
				: [];
	const figureFacts = new Set(planner.rows.flatMap((r) => r.figures.map((f) => f.fact)));
	const places = Object.fromEntries(atlas.places.map((p) => [p.id, p]));
	return {
		rows: planner.rows,
		places: Object.fromEntries(
			atlas.places
				.filter((p) => p.kind === 'town' || planner.rows.some((r) => r.id === p.id))
				.map(({ id, kind, name_en, name_zh, name_zh_source, precision }) => [
					id,
					{ id, kind, name_en, name_zh, name_zh_source, precision }
				])
		),
		facts: Object.fromEntries(
			content.facts.filter((f) => figureFacts.has(f.id)).map((f) => [f.id, f])
		),
		articles: atlas.articles,
		sketch: {
			...SKETCH,
			district: polygons.flatMap((rings) => rings.map((r) => ring(r, project))).join(''),
			axis: axis?.geometry.type === 'LineString' ? line(axis.geometry.coordinates, project) : null,
			marks: Object.fromEntries(planner.rows.map((r) => [r.id, project(places[r.id]!.anchor)])),
			/** Label points in WGS-84, for the distances between compared places. */
			anchors: Object.fromEntries(planner.rows.map((r) => [r.id, places[r.id]!.anchor]))
		}
	};
}
