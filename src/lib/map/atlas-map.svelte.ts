/**
 * The one owner of the MapLibre map. The page hands it a scene (what to show: selection, chapter,
 * filter, locale, overlay, padding); it applies what changed. One map instance for the page's
 * life: what is shown changes through MapLibre's style diff and feature-state, never by adding or
 * removing layers. Its parts: camera.ts (framing, as numbers), camera-moves.ts (moving the
 * camera), pointer.ts (picking and hover), keyboard.ts (the keys' walk through the places in
 * view), context-watch.ts (a lost graphics context), scene-style.ts (the style for a scene),
 * view-edges.ts (the edge no label crosses).
 */
import {
	AttributionControl,
	type ControlPosition,
	type GeoJSONSource,
	type IControl,
	Map as MapLibreMap,
	NavigationControl,
	prewarm,
	ScaleControl,
	setWorkerUrl
} from 'maplibre-gl';
import { browser } from '$app/environment';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { atLeast, CAMERA, centreOf, withMargin, type BBox } from './camera';
import { CameraMoves } from './camera-moves';
import { watchContext } from './context-watch';
import { MapKeyboard, type MapCursor } from './keyboard';
import { FIRST_IDLE_MARK } from './marks';
import { MapPointer } from './pointer';
import { sameFilter, type MapScene } from './scene';
import { sceneStyle } from './scene-style';
import { LABEL_LAYERS, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, PLACE_STATE, VIEW_EDGES } from './style';
import { STREETS } from './street-style';
import { edgeMoved, viewEdge } from './view-edges';
import type { FeatureCollection, LineString } from 'geojson';

setWorkerUrl(workerUrl);
// In the browser, the workers start (and their file downloads) as soon as this module runs, while
// the page hydrates, rather than when the map is made.
if (browser) prewarm();

/** A copy of the map canvas (device pixels) and the view it shows. */
export interface MapCapture {
	canvas: HTMLCanvasElement;
	zoom: number;
	latitude: number;
}

/** `lost`: the graphics context is gone (GPU reset) and the map waits for it to come back. */
export type MapStatus = 'loading' | 'busy' | 'idle' | 'lost' | 'failed';

export interface AtlasMapOptions {
	container: HTMLElement;
	/** What to show first. */
	scene: MapScene;
	/** A place's size (its box's area), to prefer small places over the large ones around them. */
	sizeOf: (id: string) => number | undefined;
	/** A place's anchor (a point inside it), for the keyboard's walk through the places in view. */
	anchorOf: (id: string) => [number, number] | undefined;
	/** Where to look first when nothing is selected and the URL carries no map position. */
	home: BBox;
	/** HTML of the attribution line (our own links only). */
	attribution: string;
	/** Words of MapLibre's controls in the interface language (MapLibre's `locale` option). */
	controls?: Record<string, string>;
	/** Called with the places a click or tap picked; an empty list means empty map. */
	onpick: (ids: string[]) => void;
	/** Called with the place under the pointer (to fetch its story ahead of a click). */
	onhover?: (id: string | null) => void;
	/** Keep the view in the URL hash (`#zoom/lat/lng`); off on the kiosk, whose URL stays clean. */
	hash?: boolean;
	/** Called when the map cannot draw any more (its graphics context did not come back). */
	onfailure?: (reason: string) => void;
	/** Takes a click before it picks a place (a measuring tool); returns true when it did. */
	onmapclick?: (lngLat: [number, number]) => boolean;
}

/** MapLibre's own `#zoom/lat/lng` hash; when the URL has one, the reader's view wins. */
const MAP_HASH = /^#\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?/;

/**
 * A link's view closer than this map zooms (made where street tiles let it zoom further) opens at
 * the closest zoom there is, where MapLibre would ignore the whole view.
 */
function keepHashInZoomRange() {
	const [zoom, ...rest] = location.hash.slice(1).split('/');
	const clamped = Math.min(Math.max(Number(zoom), MIN_ZOOM), MAX_ZOOM);
	if (clamped !== Number(zoom))
		history.replaceState(history.state, '', `#${[clamped, ...rest].join('/')}`);
}

const afterNextPaint = (task: () => void) => requestAnimationFrame(() => setTimeout(task, 0));

export class AtlasMap {
	status = $state<MapStatus>('loading');
	failure = $state<string | null>(null);
	/**
	 * A scene handed to `show` is not yet drawn: it waits for the next paint, for the style to
	 * load, or for the map to finish drawing it. The map is not idle until it is.
	 */
	settling = $state(false);
	/** The place under the keyboard's cursor (N / Shift+N with the map focused), or null. */
	cursor = $state.raw<MapCursor | null>(null);

	#map: MapLibreMap;
	#container: HTMLElement;
	#home: BBox;
	#loaded = false;
	/** The scene waiting for the style to load, or for the next paint. */
	#pending: MapScene | null = null;
	/** The scene on the map now. */
	#shown: MapScene;
	#selected: string | null = null;
	/** Scenes handed to `show` so far: the last one's drawing ends `settling`. */
	#shows = 0;
	#camera: CameraMoves;
	#stopWatching: () => void;
	/** The controls on the map, and the credit line and words they were made with. */
	#controls: IControl[] = [];
	#labels: { attribution: string; controls?: Record<string, string> };
	/** The view's edge on the map now (view-edges.ts), as drawn last. */
	#edge: FeatureCollection<LineString> | null = null;

	constructor(options: AtlasMapOptions) {
		const { scene } = options;
		this.#home = options.home;
		this.#container = options.container;
		this.#shown = scene;
		const first = scene.chapter?.bbox ?? scene.selected?.bbox ?? options.home;
		// Read before the map exists: MapLibre writes a hash of its own as it starts.
		const viewFromUrl = MAP_HASH.test(location.hash);
		if (viewFromUrl && (options.hash ?? true)) keepHashInZoomRange();
		this.#map = new MapLibreMap({
			container: options.container,
			style: sceneStyle(location.origin, scene),
			bounds: atLeast(first),
			// Starting near the bounds keeps a passing #9/0/0 out of the URL before they apply.
			center: centreOf(first),
			zoom: CAMERA.initialZoom,
			fitBoundsOptions: { padding: withMargin(scene.padding, this.#size()) },
			maxBounds: MAX_BOUNDS,
			minZoom: MIN_ZOOM,
			maxZoom: MAX_ZOOM,
			hash: options.hash ?? true,
			attributionControl: false,
			dragRotate: false,
			pitchWithRotate: false,
			localIdeographFontFamily:
				"'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif",
			...(options.controls && { locale: options.controls })
		});
		const map = this.#map;
		this.#camera = new CameraMoves(map, () => this.#size(), viewFromUrl);
		map.touchZoomRotate.disableRotation();
		this.#labels = { attribution: options.attribution, controls: options.controls };
		this.#addControls();
		// The first edge goes with the style, so the first frame is laid out with it.
		map.once('style.load', () => this.#drawEdge());
		map.on('load', () => {
			this.#loaded = true;
			this.#drawEdge();
			this.#mark(scene.selected?.id ?? null);
			this.#camera.frame(scene);
			if (this.#pending) this.#apply(this.#pending);
		});
		map.on('render', () => {
			if (this.status !== 'busy') this.status = 'busy';
		});
		map.on('idle', () => (this.status = 'idle'));
		map.on('moveend', () => this.#drawEdge());
		map.on('resize', () => this.#drawEdge());
		// For benchmarks: when the first complete render happened (see scripts/bench.ts).
		map.once('idle', () => performance.mark(FIRST_IDLE_MARK));
		map.on('error', (event) => {
			// A street tile that cannot be fetched (offline, and not in the reader's offline copy)
			// leaves that square without streets; the thematic map above it still draws.
			if ((event as { sourceId?: string }).sourceId === STREETS) {
				console.warn('map: a street tile could not be loaded:', event.error?.message);
				return;
			}
			this.failure = event.error?.message ?? 'The map failed to load.';
		});
		this.#stopWatching = watchContext(map, {
			lost: () => (this.status = 'lost'),
			restored: () => {
				this.status = 'busy';
				this.failure = null;
				// The selection is marked again once the rebuilt map has drawn.
				map.once('idle', () => {
					if (this.#selected) this.#setState(this.#selected, { selected: true });
				});
			},
			failed: () => {
				this.status = 'failed';
				this.failure = 'The map lost its graphics context.';
				options.onfailure?.(this.failure);
			}
		});
		// A reader's own touch, click, drag or wheel on the map ends a camera journey (a traced
		// line) in progress. Caught before MapLibre's handlers stop the move, so the journey's
		// next leg never starts against the reader's hand.
		for (const type of ['pointerdown', 'wheel'] as const)
			map.getCanvasContainer().addEventListener(type, () => this.#camera.interrupt(), {
				capture: true,
				passive: true
			});
		new MapKeyboard(map, () => this.#loaded, options.anchorOf, {
			cursor: (cursor) => (this.cursor = cursor),
			open: (id) => options.onpick([id])
		});
		new MapPointer(map, options.sizeOf, () => this.#loaded, {
			pick: options.onpick,
			hover: (id) => options.onhover?.(id),
			mapclick: options.onmapclick
		});
	}

	/**
	 * Shows a scene. The panel paints first; the map's redraw (slow in software WebGL) follows.
	 * Only what differs from the scene on the map changes: the style through MapLibre's diff, the
	 * selection's feature-state, and the camera when the place, the chapter or home changes.
	 */
	show(scene: MapScene) {
		this.#pending = scene;
		this.#shows++;
		this.settling = true;
		afterNextPaint(() => {
			if (this.#loaded && this.#pending === scene) this.#apply(scene);
		});
	}

	#apply(scene: MapScene) {
		this.#pending = null;
		const before = this.#shown;
		this.#shown = scene;
		if (
			scene.locale !== before.locale ||
			scene.scheme !== before.scheme ||
			scene.overlay !== before.overlay ||
			!sameFilter(scene.filter, before.filter)
		) {
			this.#map.setStyle(sceneStyle(location.origin, scene), { diff: true });
			// The new style's edge is empty (the view is not part of a scene).
			this.#edge = null;
			this.#drawEdge();
		}
		this.#mark(scene.selected?.id ?? null);
		if (scene.home !== before.home) this.#camera.home(this.#home, scene.padding);
		else this.#camera.frame(scene);
		// Settled at the first idle after a frame drawn with this scene (MapLibre fires `idle`
		// once nothing moves or loads), unless another scene came since.
		const shows = this.#shows;
		this.#map.once('idle', () => {
			if (shows === this.#shows) this.settling = false;
		});
		this.#map.triggerRepaint();
	}

	/** Where the map is, for the page and its tests: idle only once the last scene is drawn. */
	get state(): MapStatus {
		return this.status === 'idle' && this.settling ? 'busy' : this.status;
	}

	/** The view's edge, which no label may cross (view-edges.ts). */
	#drawEdge() {
		const source = this.#map.getSource<GeoJSONSource>(VIEW_EDGES);
		const { clientWidth, clientHeight } = this.#map.getContainer();
		// A move that leaves the view within a few pixels of where it was (a drag against the
		// map's limits, a framing that barely differs) keeps the edge: each new one costs a frame.
		if (!source || !edgeMoved(this.#map, this.#edge, clientWidth, clientHeight)) return;
		this.#edge = viewEdge(this.#map, clientWidth, clientHeight);
		source.setData(this.#edge);
	}

	/** Marks the selected place (feature-state). */
	#mark(id: string | null) {
		if (id === this.#selected) return;
		if (this.#selected) this.#setState(this.#selected, { selected: false });
		this.#selected = id;
		if (id) this.#setState(id, { selected: true });
	}

	#setState(id: string, state: Record<string, boolean>) {
		this.#map.setFeatureState({ ...PLACE_STATE, id }, state);
	}

	/**
	 * The view on screen drawn again off-screen for print: on a `width` × `height` CSS px page at
	 * `pixelRatio` device px each (A4 landscape at 300 dpi is 1123 × 794 at 3508 / 1123), framing
	 * what the map shows now. Rendered at that size, not enlarged: a second MapLibre map with this
	 * one's scene for the moment of the export, removed after; light whatever the screen's scheme,
	 * as paper is.
	 */
	async renderForPrint(page: {
		width: number;
		height: number;
		pixelRatio: number;
	}): Promise<MapCapture> {
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
			style: sceneStyle(location.origin, { ...this.#shown, scheme: 'light' }),
			bounds: this.#map.getBounds(),
			pixelRatio: page.pixelRatio,
			interactive: false,
			attributionControl: false,
			fadeDuration: 0,
			canvasContextAttributes: { preserveDrawingBuffer: true },
			localIdeographFontFamily:
				"'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif"
		});
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

	#size() {
		return { width: this.#container.clientWidth, height: this.#container.clientHeight };
	}

	/** Names the canvas (what takes the keyboard) and points it to the text that gives its keys. */
	describe(label: string, keysId: string) {
		const canvas = this.#map.getCanvas();
		canvas.setAttribute('aria-label', label);
		canvas.setAttribute('aria-describedby', keysId);
	}

	/**
	 * The credit line and the controls' words in a new interface language. MapLibre reads its
	 * `locale` as a control is added and has no way to change it after, so the controls are made
	 * again with the new words.
	 */
	relabel(attribution: string, controls: Record<string, string>) {
		const before = this.#labels;
		if (before.attribution === attribution && before.controls === controls) return;
		this.#labels = { attribution, controls };
		this.#map._locale = { ...this.#map._locale, ...controls };
		for (const control of this.#controls) this.#map.removeControl(control);
		this.#addControls();
	}

	#addControls() {
		const { attribution } = this.#labels;
		const controls: [IControl, ControlPosition][] = [
			[new NavigationControl({ showCompass: false }), 'top-left'],
			[new ScaleControl({ unit: 'metric' }), 'bottom-left'],
			[new AttributionControl({ compact: false, customAttribution: attribution }), 'bottom-left']
		];
		for (const [control, position] of controls) this.#map.addControl(control, position);
		this.#controls = controls.map(([control]) => control);
	}

	/** Gives the keyboard to the map (its canvas), e.g. when a panel opened from it closes. */
	focus() {
		this.#map.getCanvas().focus();
	}

	/** What the view shows now, edge to edge: [west, south, east, north]. */
	bounds(): BBox {
		return this.#map.getBounds().toArray().flat() as BBox;
	}

	/** Screen position of a coordinate, relative to the map canvas (test builds only). */
	project(lng: number, lat: number): [number, number] {
		const p = this.#map.project([lng, lat]);
		return [p.x, p.y];
	}

	/** The layers drawn at a point of the canvas, top first (test builds only). */
	layersAt(x: number, y: number): string[] {
		const ids = this.#map.queryRenderedFeatures([x, y]).map((f) => f.layer.id);
		return ids.filter((id, i) => ids.indexOf(id) === i);
	}

	/** The properties of a layer's features drawn in the view (test builds only). */
	drawn(layer: string): Record<string, unknown>[] {
		if (!this.#map.getLayer(layer)) return [];
		return this.#map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties);
	}

	/** The layers of the labels drawn across a box of the canvas (test builds only). */
	labelsIn(box: [[number, number], [number, number]]): string[] {
		const layers = LABEL_LAYERS.filter((id) => this.#map.getLayer(id));
		const ids = this.#map.queryRenderedFeatures(box, { layers }).map((f) => f.layer.id);
		return ids.filter((id, i) => ids.indexOf(id) === i);
	}

	/** Where the camera is and whether it is moving (test builds only). */
	camera(): { center: [number, number]; zoom: number; moving: boolean } {
		const { lng, lat } = this.#map.getCenter();
		return { center: [lng, lat], zoom: this.#map.getZoom(), moving: this.#map.isMoving() };
	}

	destroy() {
		this.#stopWatching();
		this.#map.remove();
	}
}
