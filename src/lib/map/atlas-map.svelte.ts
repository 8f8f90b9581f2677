/**
 * The one owner of the MapLibre map. The page hands it a scene (what to show: selection, chapter,
 * filter, locale, overlay, padding); it applies what changed. One map instance for the page's
 * life: what is shown changes through MapLibre's style diff and feature-state, never by adding or
 * removing layers. Its parts: camera.ts (framing, as numbers), camera-moves.ts (moving the
 * camera), pointer.ts (picking and hover), keyboard.ts (the keys' walk through the places in
 * view), context-watch.ts (a lost graphics context), scene-style.ts (the style for a scene),
 * view-edges.ts (the edge no label crosses), map-controls.ts (zoom, scale, credits), print-map.ts
 * (the view drawn for print), hash-view.ts (the view a link carries).
 */
import { Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import { browser } from '$app/environment';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { atLeast, CAMERA, centreOf, withMargin, type BBox } from './camera';
import { CameraMoves } from './camera-moves';
import { watchContext } from './context-watch';
import { viewFromAddress } from './hash-view';
import { MapKeyboard, type MapCursor } from './keyboard';
import { MapControls } from './map-controls';
import { FIRST_IDLE_MARK } from './marks';
import { MapPointer } from './pointer';
import type { MapCapture, PrintPage } from './print-map';
import { sameFilter, type MapScene } from './scene';
import { sceneStyle } from './scene-style';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, PLACE_STATE } from './style';
import { IDEOGRAPH_FONTS } from './style-parts';
import { STREETS } from './street-style';
import { ViewEdges } from './view-edges';

setWorkerUrl(workerUrl);
// In the browser, the workers start (and their file downloads) as soon as this module runs, while
// the page hydrates, rather than when the map is made.
if (browser) prewarm();

export type { MapCapture } from './print-map';

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
	/** Test builds only: hands the MapLibre map to test-hooks.ts. */
	probe?: (map: MapLibreMap) => void;
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
	#controls: MapControls;
	/** The view's edge, which no label may cross (view-edges.ts). */
	#edge: ViewEdges;

	constructor(options: AtlasMapOptions) {
		const { scene } = options;
		this.#home = options.home;
		this.#container = options.container;
		this.#shown = scene;
		const first = scene.chapter?.bbox ?? scene.selected?.bbox ?? options.home;
		const viewFromUrl = viewFromAddress(options.hash ?? true);
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
			localIdeographFontFamily: IDEOGRAPH_FONTS,
			...(options.controls && { locale: options.controls })
		});
		const map = this.#map;
		options.probe?.(map);
		this.#camera = new CameraMoves(map, () => this.#size(), viewFromUrl);
		map.touchZoomRotate.disableRotation();
		this.#controls = new MapControls(map, options);
		this.#edge = new ViewEdges(map);
		// The first edge goes with the style, so the first frame is laid out with it.
		map.once('style.load', () => this.#edge.draw());
		map.on('load', () => {
			this.#loaded = true;
			this.#edge.draw();
			this.#mark(scene.selected?.id ?? null);
			this.#camera.frame(scene);
			if (this.#pending) this.#apply(this.#pending);
		});
		map.on('render', () => {
			if (this.status !== 'busy') this.status = 'busy';
		});
		map.on('idle', () => (this.status = 'idle'));
		map.on('moveend', () => this.#edge.draw());
		map.on('resize', () => this.#edge.draw());
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
			this.#edge.redraw();
		} else {
			// What covers the map may have changed with the scene (a panel opened or closed).
			this.#edge.draw();
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
	 * The view on screen drawn again off-screen at a print page's size (print-map.ts, loaded when a
	 * reader prints, not with every map).
	 */
	async renderForPrint(page: PrintPage): Promise<MapCapture> {
		const [scene, bounds] = [this.#shown, this.#map.getBounds()];
		const { printMap } = await import('./print-map');
		return printMap(scene, bounds, page);
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

	/** The credit line and the controls' words in a new interface language. */
	relabel(attribution: string, controls: Record<string, string>) {
		this.#controls.relabel({ attribution, controls });
		// The credit line's new words take another width.
		this.#edge.draw();
	}

	/** Gives the keyboard to the map (its canvas), e.g. when a panel opened from it closes. */
	focus() {
		this.#map.getCanvas().focus();
	}

	/** What the view shows now, edge to edge: [west, south, east, north]. */
	bounds(): BBox {
		return this.#map.getBounds().toArray().flat() as BBox;
	}

	destroy() {
		this.#stopWatching();
		this.#map.remove();
	}
}
