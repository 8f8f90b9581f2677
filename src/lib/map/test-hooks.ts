/**
 * Test builds only (`VITE_ATLAS_TEST_HOOKS=1`, set by playwright.config.ts and the benchmarks):
 * lets a browser test ask where a coordinate is drawn and where the camera is. Production builds
 * leave this module out: the call below is behind a build-time constant.
 */
import type { AtlasMap } from './atlas-map.svelte';

export interface AtlasTestHooks {
	project: (lng: number, lat: number) => [number, number];
	layersAt: (x: number, y: number) => string[];
	/** The properties of every feature of a layer drawn in the view (a label: if it was placed). */
	drawn: (layer: string) => Record<string, unknown>[];
	/** The layers of the labels drawn across a box of the canvas (CSS px, [[x1, y1], [x2, y2]]). */
	labelsIn: (box: [[number, number], [number, number]]) => string[];
	camera: () => { center: [number, number]; zoom: number; moving: boolean };
}

export const TEST_HOOKS = import.meta.env.VITE_ATLAS_TEST_HOOKS === '1';

export function exposeForTests(map: AtlasMap) {
	(window as unknown as { jiadingAtlas: AtlasTestHooks }).jiadingAtlas = {
		project: (lng, lat) => map.project(lng, lat),
		layersAt: (x, y) => map.layersAt(x, y),
		drawn: (layer) => map.drawn(layer),
		labelsIn: (box) => map.labelsIn(box),
		camera: () => map.camera()
	};
}
