/**
 * Test builds only (`VITE_ATLAS_TEST_HOOKS=1`, set by playwright.config.ts and the benchmarks):
 * lets a browser test ask where a coordinate is drawn, what the map drew and where the camera is.
 * Production builds leave this module out: its one caller (MapView) compares the variable inline,
 * which Vite writes in as a literal and Rollup then drops (a constant kept in a module of its own
 * was not dropped: the hooks shipped, unused, in production).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_LAYERS } from './style';

type Box = [[number, number], [number, number]];

export interface AtlasTestHooks {
	/** Screen position of a coordinate, relative to the map canvas. */
	project: (lng: number, lat: number) => [number, number];
	/** The layers drawn at a point of the canvas, top first. */
	layersAt: (x: number, y: number) => string[];
	/** The properties of every feature of a layer drawn in the view (a label: if it was placed). */
	drawn: (layer: string) => Record<string, unknown>[];
	/** The layers of the labels drawn across a box of the canvas (CSS px, [[x1, y1], [x2, y2]]). */
	labelsIn: (box: Box) => string[];
	/** The places (ids) whose labels are drawn across a box of the canvas. */
	namesIn: (box: Box) => string[];
	/** Where the camera is and whether it is moving. */
	camera: () => { center: [number, number]; zoom: number; moving: boolean };
	/** The map's ground colour (the background layer's) in its first style, and now. */
	background: () => { first: string | null; now: string };
}

const unique = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) === i);

/** Puts the hooks on `window.jiadingAtlas`, reading `map`. */
export function exposeForTests(map: MapLibreMap) {
	const ground = () => String(map.getPaintProperty('background', 'background-color'));
	let first: string | null = null;
	map.once('style.load', () => (first = ground()));
	const hooks: AtlasTestHooks = {
		project: (lng, lat) => {
			const { x, y } = map.project([lng, lat]);
			return [x, y];
		},
		layersAt: (x, y) => unique(map.queryRenderedFeatures([x, y]).map((f) => f.layer.id)),
		drawn: (layer) =>
			map.getLayer(layer)
				? map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties)
				: [],
		labelsIn: (box) => {
			const layers = LABEL_LAYERS.filter((id) => map.getLayer(id));
			return unique(map.queryRenderedFeatures(box, { layers }).map((f) => f.layer.id));
		},
		namesIn: (box) => {
			const layers = LABEL_LAYERS.filter((id) => map.getLayer(id));
			return unique(map.queryRenderedFeatures(box, { layers }).map((f) => String(f.properties.id)));
		},
		camera: () => {
			const { lng, lat } = map.getCenter();
			return { center: [lng, lat], zoom: map.getZoom(), moving: map.isMoving() };
		},
		background: () => ({ first, now: ground() })
	};
	(window as unknown as { jiadingAtlas: AtlasTestHooks }).jiadingAtlas = hooks;
}
