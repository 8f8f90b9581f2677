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
	type MapGeoJSONFeature,
	type MapMouseEvent,
	type PaddingOptions
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Locale } from '$lib/i18n/messages';
import type { AtlasPlace } from '$lib/schema/story';
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
	PLACES,
	placeLayerFilters,
	type PlaceFilter
} from './style';

setWorkerUrl(workerUrl);

export type MapStatus = 'loading' | 'busy' | 'idle' | 'failed';

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
			hash: true,
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
		// For benchmarks: when the first complete render happened (see scripts/bench.ts).
		map.once('idle', () => performance.mark(FIRST_IDLE_MARK));
		map.on('error', (event) => {
			this.failure = event.error?.message ?? 'The map failed to load.';
		});
		map.on('click', (event) => options.onpick(this.#pick(event)));
		map.on('mousemove', (event) => this.#hover(this.#pick(event)[0] ?? null));
		map.getCanvas().addEventListener('mouseleave', () => this.#hover(null));
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

	/** Marks the selected place; frames it unless the URL asked for a view of its own. */
	select(place: AtlasPlace | null, padding: Partial<PaddingOptions>) {
		// The panel paints first; the map's redraw (slow in software WebGL) follows.
		afterNextPaint(() => this.#whenLoaded(() => this.#select(place, padding)));
	}

	#select(place: AtlasPlace | null, padding: Partial<PaddingOptions>) {
		if ((place?.id ?? null) === this.#selected) return;
		if (this.#selected) this.#setState(this.#selected, { selected: false });
		this.#selected = place?.id ?? null;
		// Only the selection the page opened with defers to a view given in the URL.
		const keepView = this.#viewFromUrl;
		this.#viewFromUrl = false;
		if (!place) return;
		this.#setState(place.id, { selected: true });
		if (!keepView) this.frame(place, padding);
	}

	/** Moves the camera so the place is in view, clear of the panel (camera padding). */
	frame(place: AtlasPlace, padding: Partial<PaddingOptions>) {
		const pad = withMargin(padding, this.#map.getContainer());
		const duration = reducedMotion() ? 0 : 800;
		const [w, s, e, n] = place.bbox;
		// cameraForBounds gives the zoom that fits the padded area; an offset then centres the place
		// in that area. (Passing `padding` to easeTo instead would make it the map's lasting padding,
		// and with a bottom sheet's worth of it MapLibre 6 leaves the top of the view undrawn.)
		const zoom =
			w === e && s === n
				? Math.min(Math.max(this.#map.getZoom(), 13), 14)
				: (this.#map.cameraForBounds([w, s, e, n], { padding: pad, maxZoom: 13 })?.zoom ??
					this.#map.getZoom());
		const center: [number, number] = w === e && s === n ? place.anchor : [(w + e) / 2, (s + n) / 2];
		const offset: [number, number] = [(pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2];
		this.#map.easeTo({ center, zoom, offset, duration });
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

	/** Screen position of a coordinate, relative to the map canvas (for tests and benchmarks). */
	project(lng: number, lat: number): [number, number] {
		const p = this.#map.project([lng, lat]);
		return [p.x, p.y];
	}

	destroy() {
		this.#map.remove();
	}
}
