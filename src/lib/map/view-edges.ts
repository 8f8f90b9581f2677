/**
 * MapLibre places labels up to 100 px past the edge of the map (so they do not flicker as the
 * map pans), and knows nothing of what is laid over its canvas: names were cut by the edge of the
 * screen, or half hidden under a panel, a button or the credit line. The map's edge and the
 * outline of everything over it, drawn as unseen lines of marks placed before every label (the
 * `view-edges` layer, style.ts), take that room: a name that would cross one moves to another
 * side of its point, or waits for more room.
 *
 * What lies over the map: MapLibre's own controls, and any element of the page that marks itself
 * with the `data-map-cover` attribute (the explorer's panel, its buttons and notes over the map).
 * `ViewEdges` measures them and redraws the lines whenever the view or what covers it changes
 * (the map controller calls it).
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { VIEW_EDGES } from './style';

/** The parts of the map this reads. */
export interface ViewedMap {
	unproject(point: [number, number]): { lng: number; lat: number };
	project(position: [number, number]): { x: number; y: number };
}

/** A box on screen, in CSS px from the map's top left corner. */
export interface ScreenBox {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** A line on screen, in CSS px from the map's top left corner. */
export type ScreenLine = [number, number][];

/** Elements of the page laid over the map, whose outlines labels keep clear of. */
export const MAP_COVER = '[data-map-cover]';
/** MapLibre's controls (zoom buttons, scale, credit line), which lie over the map too. */
const CONTROLS = '.maplibregl-ctrl';

/**
 * How far (CSS px) the view may have moved before its edge is drawn again: the marks are 16 px,
 * so a label still keeps clear of the edge; each new edge costs MapLibre a layout and a frame.
 */
export const EDGE_TOLERANCE_PX = 4;

const outline = ({ left, top, right, bottom }: ScreenBox): ScreenLine => [
	[left, top],
	[right, top],
	[right, bottom],
	[left, bottom],
	[left, top]
];

/**
 * The lines no label may cross in a `width` × `height` CSS px view: its edge, then the outline of
 * each box over it (the part inside the view; a box outside it, or a sliver of under 2 px, adds
 * nothing).
 */
export function edgeLines(width: number, height: number, covers: ScreenBox[] = []): ScreenLine[] {
	const inView = covers
		.map((box) => ({
			left: Math.max(box.left, 0),
			top: Math.max(box.top, 0),
			right: Math.min(box.right, width),
			bottom: Math.min(box.bottom, height)
		}))
		.filter((box) => box.right - box.left >= 2 && box.bottom - box.top >= 2);
	return [{ left: 0, top: 0, right: width, bottom: height }, ...inView].map(outline);
}

/** The lines in map coordinates, one feature each. */
export function viewEdge(
	map: Pick<ViewedMap, 'unproject'>,
	lines: ScreenLine[]
): FeatureCollection<LineString> {
	const features = lines.map((line): Feature<LineString> => {
		const coordinates: Position[] = line.map((point) => {
			const { lng, lat } = map.unproject(point);
			return [lng, lat];
		});
		return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
	});
	return { type: 'FeatureCollection', features };
}

/**
 * Whether lines drawn earlier (or none) are off the view's lines now by more than
 * EDGE_TOLERANCE_PX at any point: the view moved, or something over it did.
 */
export function edgeMoved(
	map: Pick<ViewedMap, 'project'>,
	drawn: FeatureCollection<LineString> | null,
	lines: ScreenLine[]
): boolean {
	if (!drawn || drawn.features.length !== lines.length) return true;
	return lines.some((line, i) => {
		const was = drawn.features[i]!.geometry.coordinates;
		return (
			was.length !== line.length ||
			was.some((position, j) => {
				const { x, y } = map.project(position as [number, number]);
				const [sx, sy] = line[j]!;
				return Math.hypot(x - sx, y - sy) > EDGE_TOLERANCE_PX;
			})
		);
	});
}

/** The edge of a map's view, kept on its `view-edges` source as the view changes. */
export class ViewEdges {
	#map: MapLibreMap;
	/** The lines on the source now, as drawn last. */
	#drawn: FeatureCollection<LineString> | null = null;

	constructor(map: MapLibreMap) {
		this.#map = map;
	}

	/**
	 * Draws the lines again if they moved. A move that leaves them within a few pixels of where
	 * they were (a drag against the map's limits, a framing that barely differs) keeps them: each
	 * new drawing costs a frame.
	 */
	draw() {
		const source = this.#map.getSource<GeoJSONSource>(VIEW_EDGES);
		if (!source) return;
		const container = this.#map.getContainer();
		const lines = edgeLines(container.clientWidth, container.clientHeight, this.#covers());
		if (!edgeMoved(this.#map, this.#drawn, lines)) return;
		this.#drawn = viewEdge(this.#map, lines);
		source.setData(this.#drawn);
	}

	/** A new style came with no lines (the view is not part of a style): draws them again. */
	redraw() {
		this.#drawn = null;
		this.draw();
	}

	/** The boxes over the map now: its controls, and what the page marks as covering it. */
	#covers(): ScreenBox[] {
		const container = this.#map.getContainer();
		const origin = container.getBoundingClientRect();
		const elements = [
			...container.querySelectorAll(CONTROLS),
			...document.querySelectorAll(MAP_COVER)
		];
		return elements.map((element) => {
			const box = element.getBoundingClientRect();
			return {
				left: box.left - origin.left,
				top: box.top - origin.top,
				right: box.right - origin.left,
				bottom: box.bottom - origin.top
			};
		});
	}
}
