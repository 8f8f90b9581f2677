/**
 * The one owner of the MapLibre map. Components ask it to select, frame, filter or relabel;
 * nothing else touches the map. One map instance for the page's life: what is shown changes
 * through filters, layout properties and feature-state, never by adding or removing layers.
 */
import {
	AttributionControl,
	Map as MapLibreMap,
	NavigationControl,
	ScaleControl,
	setWorkerUrl,
	type GeoJSONSource,
	type MapGeoJSONFeature,
	type MapMouseEvent,
	type PaddingOptions
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { Locale } from '$lib/i18n/messages';
import type { AtlasPlace } from '$lib/schema/story';
import type { TourChapter } from '$lib/schema/tour';
import { PLACE_KINDS } from '$lib/schema/vocabulary';
import { FIRST_IDLE_MARK } from './marks';
import { pickPlaces, type Hit } from './pick';
import {
	atlasLayers,
	atlasStyle,
	INTERACTIVE_LAYERS,
	LABEL_LAYERS,
	MAX_BOUNDS,
	MAX_ZOOM,
	MIN_ZOOM,
	OVERLAY,
	PLACES,
	placeLayerFilters,
	type PlaceFilter
} from './style';

setWorkerUrl(workerUrl);

/** A copy of the map canvas (device pixels) and the view it shows. */
export interface MapCapture {
	canvas: HTMLCanvasElement;
	zoom: number;
	latitude: number;
}

/** `lost`: the graphics context is gone (GPU reset) and the map waits for it to come back. */
export type MapStatus = 'loading' | 'busy' | 'idle' | 'lost' | 'failed';

/** How long a lost graphics context may stay lost before the map counts as failed. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 10_000;

export interface AtlasMapOptions {
	container: HTMLElement;
	locale: Locale;
	/** Where to look first when the URL carries no map position. */
	initialBounds: [number, number, number, number];
	/** Screen space covered by panels at start. */
	initialPadding: Partial<PaddingOptions>;
	/** HTML of the attribution line (our own links only). */
	attribution: string;
	/** Called with the places a click or tap picked; an empty list means empty map. */
	onpick: (ids: string[]) => void;
	/** Keep the view in the URL hash (`#zoom/lat/lng`); off on the kiosk, whose URL stays clean. */
	hash?: boolean;
	/** Called when the map cannot draw any more (its graphics context did not come back). */
	onfailure?: (reason: string) => void;
	/**
	 * Called first with the clicked coordinate; returning true takes the click (a measuring tool),
	 * so it picks no place.
	 */
	onmapclick?: (lngLat: [number, number]) => boolean;
}

/** MapLibre's own `#zoom/lat/lng` hash; when the URL has one, the reader's view wins. */
const MAP_HASH = /^#\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?/;

/** Panel padding plus a margin that shrinks on small screens, so the place always fits. */
function withMargin(
	padding: Partial<PaddingOptions>,
	container: HTMLElement
): Required<Pick<PaddingOptions, 'top' | 'right' | 'bottom' | 'left'>> {
	const margin = Math.min(48, container.clientWidth / 10, container.clientHeight / 10);
	return {
		top: (padding.top ?? 0) + margin,
		right: (padding.right ?? 0) + margin,
		bottom: (padding.bottom ?? 0) + margin,
		left: (padding.left ?? 0) + margin
	};
}

/** Shift of the view's centre that puts it in the middle of the padded area. */
function offsetFor(pad: ReturnType<typeof withMargin>): [number, number] {
	return [(pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2];
}

/** Smallest view, in degrees (about 6 km): a point place opens with its surroundings around it. */
const MIN_SPAN = 0.06;

function atLeast(
	[w, s, e, n]: [number, number, number, number],
	span: number
): [number, number, number, number] {
	const dx = Math.max(0, span - (e - w)) / 2;
	const dy = Math.max(0, span - (n - s)) / 2;
	return [w - dx, s - dy, e + dx, n + dy];
}

const afterNextPaint = (task: () => void) => requestAnimationFrame(() => setTimeout(task, 0));

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class AtlasMap {
	status = $state<MapStatus>('loading');
	failure = $state<string | null>(null);

	#map: MapLibreMap;
	#loaded = false;
	#queue: (() => void)[] = [];
	#hovered: string | null = null;
	#selected: string | null = null;
	#sizes: Record<string, number>;
	#locale: Locale;
	#viewFromUrl: boolean;
	#filterKey = JSON.stringify({ kinds: [...PLACE_KINDS], industries: [] } satisfies PlaceFilter);

	constructor(options: AtlasMapOptions, places: AtlasPlace[]) {
		this.#locale = options.locale;
		this.#viewFromUrl = MAP_HASH.test(location.hash);
		this.#sizes = Object.fromEntries(
			places.map((p) => [p.id, (p.bbox[2] - p.bbox[0]) * (p.bbox[3] - p.bbox[1])])
		);
		this.#map = new MapLibreMap({
			container: options.container,
			style: atlasStyle({ origin: location.origin, locale: options.locale }),
			bounds: atLeast(options.initialBounds, MIN_SPAN),
			// Starting near the bounds keeps a passing #9/0/0 out of the URL before they apply.
			center: [
				(options.initialBounds[0] + options.initialBounds[2]) / 2,
				(options.initialBounds[1] + options.initialBounds[3]) / 2
			],
			zoom: 10,
			fitBoundsOptions: { padding: withMargin(options.initialPadding, options.container) },
			maxBounds: MAX_BOUNDS,
			minZoom: MIN_ZOOM,
			maxZoom: MAX_ZOOM,
			hash: options.hash ?? true,
			attributionControl: false,
			dragRotate: false,
			pitchWithRotate: false,
			localIdeographFontFamily:
				"'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif"
		});
		const map = this.#map;
		map.touchZoomRotate.disableRotation();
		map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
		map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
		map.addControl(
			new AttributionControl({ compact: false, customAttribution: options.attribution }),
			'bottom-left'
		);
		map.on('load', () => {
			this.#loaded = true;
			for (const task of this.#queue.splice(0)) task();
		});
		map.on('render', () => {
			if (this.status !== 'busy') this.status = 'busy';
		});
		map.on('idle', () => (this.status = 'idle'));
		this.#watchContext(options.onfailure);
		// A reader's own touch, click, drag or wheel on the map ends a camera journey (a traced
		// line) in progress. Caught before MapLibre's handlers stop the move, so the journey's
		// next leg never starts against the reader's hand.
		for (const type of ['pointerdown', 'wheel'] as const)
			map.getCanvasContainer().addEventListener(type, () => this.#journey++, {
				capture: true,
				passive: true
			});
		// For benchmarks: when the first complete render happened (see scripts/bench.ts).
		map.once('idle', () => performance.mark(FIRST_IDLE_MARK));
		map.on('error', (event) => {
			this.failure = event.error?.message ?? 'The map failed to load.';
		});
		map.on('click', (event) => {
			if (options.onmapclick?.([event.lngLat.lng, event.lngLat.lat])) return;
			options.onpick(this.#pick(event));
		});
		map.on('mousemove', (event) => this.#hover(this.#pick(event)[0] ?? null));
		map.getCanvas().addEventListener('mouseleave', () => this.#hover(null));
	}

	/**
	 * A GPU reset or driver update takes the WebGL context away. MapLibre rebuilds its style when
	 * the browser gives the context back; the selection (feature-state) is then marked again. If the
	 * context does not come back, the map has failed and `onfailure` decides (the kiosk reloads).
	 */
	#contextTimer: ReturnType<typeof setTimeout> | undefined;

	#watchContext(onfailure?: (reason: string) => void) {
		this.#map.on('webglcontextlost', () => {
			this.status = 'lost';
			clearTimeout(this.#contextTimer);
			this.#contextTimer = setTimeout(() => {
				this.status = 'failed';
				this.failure = 'The map lost its graphics context.';
				onfailure?.(this.failure);
			}, CONTEXT_RESTORE_TIMEOUT_MS);
		});
		this.#map.on('webglcontextrestored', () => {
			clearTimeout(this.#contextTimer);
			this.status = 'busy';
			this.failure = null;
			this.#map.once('idle', () => {
				if (this.#selected) this.#setState(this.#selected, { selected: true });
			});
			this.#map.triggerRepaint();
		});
	}

	#whenLoaded(task: () => void) {
		if (this.#loaded) task();
		else this.#queue.push(task);
	}

	#pick(event: MapMouseEvent): string[] {
		if (!this.#loaded) return [];
		const { x, y } = event.point;
		const tolerance = 8;
		const features = this.#map.queryRenderedFeatures(
			[
				[x - tolerance, y - tolerance],
				[x + tolerance, y + tolerance]
			],
			{ layers: [...INTERACTIVE_LAYERS] }
		);
		return pickPlaces(features.map((f) => this.#hit(f, x, y)));
	}

	#hit(feature: MapGeoJSONFeature, x: number, y: number): Hit {
		const id = String(feature.id ?? feature.properties.id);
		const hit: Hit = { layer: feature.layer.id, id, size: this.#sizes[id] };
		if (feature.geometry.type === 'Point') {
			const [lng, lat] = feature.geometry.coordinates as [number, number];
			const p = this.#map.project([lng, lat]);
			hit.distance = Math.hypot(p.x - x, p.y - y);
		}
		return hit;
	}

	#hover(id: string | null) {
		if (id === this.#hovered) return;
		if (this.#hovered) this.#setState(this.#hovered, { hover: false });
		this.#hovered = id;
		if (id) this.#setState(id, { hover: true });
		this.#map.getCanvas().style.cursor = id ? 'pointer' : '';
	}

	#setState(id: string, state: Record<string, boolean>) {
		this.#map.setFeatureState({ source: PLACES, id }, state);
	}

	/**
	 * Marks the selected place and moves the camera to it, or to the tour chapter it belongs to,
	 * unless the URL asked for a view of its own. The camera moves only when the place or the
	 * chapter changes.
	 */
	select(
		place: AtlasPlace | null,
		padding: Partial<PaddingOptions>,
		chapter: TourChapter | null = null
	) {
		// The panel paints first; the map's redraw (slow in software WebGL) follows.
		afterNextPaint(() => this.#whenLoaded(() => this.#select(place, padding, chapter)));
	}

	#focus: string | null = null;

	#select(place: AtlasPlace | null, padding: Partial<PaddingOptions>, chapter: TourChapter | null) {
		const id = place?.id ?? null;
		if (id !== this.#selected) {
			if (this.#selected) this.#setState(this.#selected, { selected: false });
			this.#selected = id;
			if (id) this.#setState(id, { selected: true });
		}
		const focus = chapter ? `tour:${chapter.id}` : id;
		if (focus === this.#focus) return;
		this.#focus = focus;
		// Only the view the page opened with defers to a view given in the URL.
		const keepView = this.#viewFromUrl;
		this.#viewFromUrl = false;
		if (keepView || !focus) return;
		if (chapter?.trace && !reducedMotion()) this.#travel(chapter.trace, chapter.bbox, padding);
		else if (chapter) this.#fit(chapter.bbox, padding);
		else if (place) this.frame(place, padding);
	}

	/** Counts camera journeys; a newer one (or the reader's own move) ends the one before. */
	#journey = 0;

	/** Moves along a line, point by point, then shows all of it. */
	#travel(
		points: [number, number][],
		bbox: [number, number, number, number],
		padding: Partial<PaddingOptions>
	) {
		const journey = ++this.#journey;
		const offset = offsetFor(withMargin(padding, this.#map.getContainer()));
		const step = (i: number) => {
			if (journey !== this.#journey) return;
			if (i === points.length) return this.#fit(bbox, padding);
			// The first leg eases in; the legs along the line keep an even pace. The handler is
			// added after easeTo, which ends any move under way (and fires its moveend) first.
			this.#map.easeTo({
				center: points[i]!,
				zoom: 12.5,
				offset,
				duration: i === 0 ? 1000 : 1200,
				...(i > 0 && { easing: (t: number) => t })
			});
			this.#map.once('moveend', () => step(i + 1));
		};
		step(0);
	}

	/**
	 * Fits a box into the part of the map the panels leave clear. cameraForBounds gives the zoom
	 * that fits the padded area; an offset then centres the box in that area. (Passing `padding`
	 * to easeTo instead would make it the map's lasting padding, and with a bottom sheet's worth of
	 * it MapLibre 6 leaves the top of the view undrawn.)
	 */
	#fit(bbox: [number, number, number, number], padding: Partial<PaddingOptions>) {
		this.#journey++;
		const pad = withMargin(padding, this.#map.getContainer());
		const [w, s, e, n] = bbox;
		const zoom =
			this.#map.cameraForBounds([w, s, e, n], { padding: pad, maxZoom: 13 })?.zoom ??
			this.#map.getZoom();
		this.#map.easeTo({
			center: [(w + e) / 2, (s + n) / 2],
			zoom,
			offset: offsetFor(pad),
			duration: reducedMotion() ? 0 : 800
		});
	}

	/** Back to the whole district (the kiosk's home view). */
	home(bbox: [number, number, number, number], padding: Partial<PaddingOptions>) {
		this.#whenLoaded(() => {
			this.#focus = null;
			this.#fit(bbox, padding);
		});
	}

	/**
	 * Moves the camera so the place is in view, clear of the panel. A point place opens at zoom
	 * 13–14 with its surroundings; anything larger is fitted.
	 */
	frame(place: AtlasPlace, padding: Partial<PaddingOptions>) {
		const [w, s, e, n] = place.bbox;
		if (w !== e || s !== n) return this.#fit(place.bbox, padding);
		this.#journey++;
		this.#map.easeTo({
			center: place.anchor,
			zoom: Math.min(Math.max(this.#map.getZoom(), 13), 14),
			offset: offsetFor(withMargin(padding, this.#map.getContainer())),
			duration: reducedMotion() ? 0 : 800
		});
	}

	/** Relabels the map in the interface language. */
	setLocale(locale: Locale) {
		if (locale === this.#locale) return;
		this.#locale = locale;
		this.#whenLoaded(() => {
			for (const layer of atlasLayers(locale)) {
				if (LABEL_LAYERS.includes(layer.id) && layer.type === 'symbol') {
					this.#map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
				}
			}
		});
	}

	/** Shows only the kinds and industries the legend asks for. */
	setFilter(filter: PlaceFilter) {
		// Re-filtering makes MapLibre lay out every tile again: skip it when nothing changed,
		// which is always the case at start (everything on show).
		const key = JSON.stringify(filter);
		if (key === this.#filterKey) return;
		this.#filterKey = key;
		this.#whenLoaded(() => {
			for (const [layer, expression] of Object.entries(
				placeLayerFilters(atlasLayers(this.#locale), filter)
			)) {
				this.#map.setFilter(layer, expression);
			}
		});
	}

	#overlayKey = '';

	/** Replaces what is drawn over the map (see OVERLAY in style.ts). */
	setOverlay(overlay: FeatureCollection) {
		const key = JSON.stringify(overlay);
		if (key === this.#overlayKey) return;
		this.#overlayKey = key;
		this.#whenLoaded(() => this.#map.getSource<GeoJSONSource>(OVERLAY)?.setData(overlay));
	}

	/**
	 * A copy of the map as drawn now (the next frame), with the zoom and latitude of the view, for
	 * a picture of it with a scale bar.
	 */
	capture(): Promise<MapCapture> {
		return new Promise((done) => {
			this.#map.once('render', () => {
				const source = this.#map.getCanvas();
				const canvas = document.createElement('canvas');
				canvas.width = source.width;
				canvas.height = source.height;
				canvas.getContext('2d')!.drawImage(source, 0, 0);
				done({ canvas, zoom: this.#map.getZoom(), latitude: this.#map.getCenter().lat });
			});
			this.#map.triggerRepaint();
		});
	}

	/** Screen position of a coordinate, relative to the map canvas (for tests and benchmarks). */
	project(lng: number, lat: number): [number, number] {
		const p = this.#map.project([lng, lat]);
		return [p.x, p.y];
	}

	/** Where the camera is and whether it is moving (for tests and benchmarks). */
	camera(): { center: [number, number]; zoom: number; moving: boolean } {
		const { lng, lat } = this.#map.getCenter();
		return { center: [lng, lat], zoom: this.#map.getZoom(), moving: this.#map.isMoving() };
	}

	destroy() {
		clearTimeout(this.#contextTimer);
		this.#map.remove();
	}
}
