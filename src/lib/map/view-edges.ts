/**
 * MapLibre places labels up to 100 px past the edge of the map (so they do not flicker as the
 * map pans), which leaves names cut by the edge of the screen. The map's edge, drawn as an unseen
 * line of marks placed before every label (the `view-edges` layer, style.ts), takes that room:
 * a name that would cross the edge moves to another side of its point, or waits for more room.
 * The controller (atlas-map.svelte.ts) redraws the line whenever the view changes.
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';

/** The parts of the map this reads. */
export interface ViewedMap {
	unproject(point: [number, number]): { lng: number; lat: number };
}

/** The edge of a `width` × `height` CSS px view, as one closed line in map coordinates. */
export function viewEdge(map: ViewedMap, width: number, height: number): FeatureCollection {
	const corners: [number, number][] = [
		[0, 0],
		[width, 0],
		[width, height],
		[0, height],
		[0, 0]
	];
	const coordinates: Position[] = corners.map((corner) => {
		const { lng, lat } = map.unproject(corner);
		return [lng, lat];
	});
	const edge: Feature<LineString> = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'LineString', coordinates }
	};
	return { type: 'FeatureCollection', features: [edge] };
}
