/**
 * The map drawn again off-screen for print (the planner's export): a second MapLibre map with the
 * scene on screen, at the page's size and pixel ratio rather than the screen's enlarged, removed
 * once copied. Light whatever the screen's scheme, as paper is; with the page's own edge, so no
 * label runs off the printed frame.
 */
import { type GeoJSONSource, type LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { MapScene } from './scene';
import { sceneStyle } from './scene-style';
import { VIEW_EDGES } from './style';
import { IDEOGRAPH_FONTS } from './style-parts';
import { edgeLines, viewEdge } from './view-edges';

/** A copy of the map canvas (device pixels) and the view it shows. */
export interface MapCapture {
	canvas: HTMLCanvasElement;
	zoom: number;
	latitude: number;
}

/**
 * A page of `width` × `height` CSS px at `pixelRatio` device px each: A4 landscape at 300 dpi is
 * 1123 × 794 at 3508 / 1123.
 */
export interface PrintPage {
	width: number;
	height: number;
	pixelRatio: number;
}

/** `scene` drawn on `page`, framing `bounds`. */
export async function printMap(
	scene: MapScene,
	bounds: LngLatBoundsLike,
	page: PrintPage
): Promise<MapCapture> {
	const container = document.createElement('div');
	// Styled through the CSSOM, which the site's CSP allows (it forbids style attributes).
	container.style.position = 'fixed';
	container.style.left = '-100000px';
	container.style.top = '0';
	container.style.width = `${page.width}px`;
	container.style.height = `${page.height}px`;
	container.setAttribute('aria-hidden', 'true');
	document.body.append(container);
	const print = new MapLibreMap({
		container,
		style: sceneStyle(location.origin, { ...scene, scheme: 'light' }),
		bounds,
		pixelRatio: page.pixelRatio,
		interactive: false,
		attributionControl: false,
		fadeDuration: 0,
		canvasContextAttributes: { preserveDrawingBuffer: true },
		localIdeographFontFamily: IDEOGRAPH_FONTS
	});
	print.once('style.load', () =>
		print
			.getSource<GeoJSONSource>(VIEW_EDGES)
			?.setData(viewEdge(print, edgeLines(page.width, page.height)))
	);
	try {
		await new Promise<void>((done, fail) => {
			print.once('idle', () => done());
			print.once('error', (event) => fail(event.error ?? new Error('print map failed')));
		});
		const source = print.getCanvas();
		const canvas = document.createElement('canvas');
		canvas.width = source.width;
		canvas.height = source.height;
		canvas.getContext('2d')!.drawImage(source, 0, 0);
		return { canvas, zoom: print.getZoom(), latitude: print.getCenter().lat };
	} finally {
		print.remove();
		container.remove();
	}
}
