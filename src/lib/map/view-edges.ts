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
	project(position: [number, number]): { x: number; y: number };
}

/**
 * How far (CSS px) the view may have moved before its edge is drawn again: the marks are 16 px,
 * so a label still keeps clear of the edge; each new edge costs MapLibre a layout and a frame.
 */
export const EDGE_TOLERANCE_PX = 4;

const cornersOf = (width: number, height: number): [number, number][] => [
	[0, 0],
	[width, 0],
	[width, height],
	[0, height],
	[0, 0]
];

/** The edge of a `width` × `height` CSS px view, as one closed line in map coordinates. */
export function viewEdge(
	map: Pick<ViewedMap, 'unproject'>,
	width: number,
	height: number
): FeatureCollection<LineString> {
	const coordinates: Position[] = cornersOf(width, height).map((corner) => {
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

/** Whether an edge drawn earlier (or none) is off the view's by more than EDGE_TOLERANCE_PX. */
export function edgeMoved(
	map: Pick<ViewedMap, 'project'>,
	drawn: FeatureCollection<LineString> | null,
	width: number,
	height: number
): boolean {
	const line = drawn?.features[0]?.geometry.coordinates;
	if (!line) return true;
	const corners = cornersOf(width, height);
	return line.some((position, i) => {
		const { x, y } = map.project(position as [number, number]);
		const [cx, cy] = corners[i]!;
		return Math.hypot(x - cx, y - cy) > EDGE_TOLERANCE_PX;
	});
}
