/**
 * The atlas map style as data: pure functions returning MapLibre style-spec objects
 * (https://maplibre.org/maplibre-style-spec/). No `glyphs` URL: MapLibre 6 then draws labels
 * with the browser's own fonts, so the map needs nothing from outside our origin.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Locale } from '$lib/i18n/messages';
import type { Industry, PlaceKind } from '$lib/schema/vocabulary';
import { BASE, INDUSTRY_COLOURS, NEUTRAL } from './palette';

export const PLACES = 'places';
export const LABELS = 'labels';
/**
 * Drawings made in the browser (the planner's axis corridor and measurements), as one GeoJSON
 * source whose data is replaced, never as layers added at run time. Features carry `role`:
 * `corridor` or `measure`.
 */
export const OVERLAY = 'overlay';
export const BASEMAP_LAYERS = [
	'neighbours',
	'water',
	'expressways',
	'metro-lines',
	'jiamin-line',
	'metro-stations'
] as const;

/** View limits that keep the map around Jiading: [west, south, east, north]. */
export const MAX_BOUNDS: [number, number, number, number] = [120.9, 31.1, 121.6, 31.65];
export const MIN_ZOOM = 9;
export const MAX_ZOOM = 16;

const FONT = ['Noto Sans', 'Noto Sans CJK SC', 'sans-serif'];
const FONT_BOLD = ['Noto Sans Bold', 'Noto Sans CJK SC Bold', 'sans-serif'];

const hover = ['boolean', ['feature-state', 'hover'], false] as ExpressionSpecification;
const selected = ['boolean', ['feature-state', 'selected'], false] as ExpressionSpecification;

/** The place's industry colour, from its primary industry. */
export const industryColour = [
	'match',
	['get', 'industry'],
	...Object.entries(INDUSTRY_COLOURS).flat(),
	NEUTRAL
] as unknown as Expression;

type Expression = ExpressionSpecification;

const kindIs = (...kinds: PlaceKind[]): Expression => ['in', ['get', 'kind'], ['literal', kinds]];
const geometryIs = (...types: string[]): Expression => [
	'in',
	['geometry-type'],
	['literal', types]
];
const precise: Expression = ['==', ['get', 'precision'], 'exact'];
const imprecise: Expression = ['!=', ['get', 'precision'], 'exact'];

/** Label text: the interface language first, the other language smaller beneath from zoom 11. */
export function labelText(locale: Locale): ExpressionSpecification {
	const [first, second] = locale === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
	return [
		'step',
		['zoom'],
		['get', first],
		11,
		['format', ['get', first], {}, '\n', {}, ['get', second], { 'font-scale': 0.82 }]
	] as ExpressionSpecification;
}

function basemapLayers(): LayerSpecification[] {
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': BASE.outside } },
		{
			id: 'neighbours-fill',
			type: 'fill',
			source: 'neighbours',
			paint: { 'fill-color': BASE.neighbour }
		},
		{
			id: 'neighbours-line',
			type: 'line',
			source: 'neighbours',
			paint: { 'line-color': BASE.neighbourLine, 'line-width': 0.8 }
		},
		{
			id: 'district-fill',
			type: 'fill',
			source: PLACES,
			filter: kindIs('district'),
			paint: { 'fill-color': BASE.paper }
		},
		{
			id: 'water-fill',
			type: 'fill',
			source: 'water',
			filter: geometryIs('Polygon', 'MultiPolygon'),
			paint: { 'fill-color': BASE.water, 'fill-outline-color': BASE.waterLine }
		},
		{
			id: 'water-line',
			type: 'line',
			source: 'water',
			filter: geometryIs('LineString', 'MultiLineString'),
			paint: {
				'line-color': BASE.water,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 15, 5]
			}
		},
		{
			id: 'expressways',
			type: 'line',
			source: 'expressways',
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': BASE.expressway,
				'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 15, 5]
			}
		},
		{
			id: 'metro-lines',
			type: 'line',
			source: 'metro-lines',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': BASE.metro,
				'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 15, 3]
			}
		},
		{
			id: 'jiamin-line',
			type: 'line',
			source: 'jiamin-line',
			filter: geometryIs('LineString', 'MultiLineString'),
			paint: {
				'line-color': BASE.jiamin,
				'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 15, 2.5],
				'line-dasharray': [3, 2]
			}
		}
	];
}

/** Town and district outlines: solid where exact, dashed where approximate. */
function townLayers(): LayerSpecification[] {
	return [
		{
			id: 'towns-fill',
			type: 'fill',
			source: PLACES,
			filter: kindIs('town'),
			paint: {
				'fill-color': BASE.districtLine,
				// Invisible until hovered or selected, but still there to be clicked.
				'fill-opacity': ['case', selected, 0.12, hover, 0.07, 0]
			}
		},
		{
			id: 'towns-line',
			type: 'line',
			source: PLACES,
			filter: ['all', kindIs('town'), precise],
			paint: {
				'line-color': BASE.townLine,
				'line-width': ['case', selected, 3, 1.2]
			}
		},
		{
			id: 'towns-line-approximate',
			type: 'line',
			source: PLACES,
			filter: ['all', kindIs('town'), imprecise],
			paint: {
				'line-color': BASE.townLine,
				'line-width': ['case', selected, 3, 1.2],
				'line-dasharray': [4, 3]
			}
		},
		{
			id: 'district-line',
			type: 'line',
			source: PLACES,
			filter: kindIs('district'),
			paint: { 'line-color': BASE.districtLine, 'line-width': ['case', selected, 4, 2] }
		}
	];
}

/** Parks and clusters drawn as areas; schematic ones are pale with a dashed edge. */
function clusterAreaLayers(): LayerSpecification[] {
	const areas: Expression = ['all', kindIs('cluster'), geometryIs('Polygon', 'MultiPolygon')];
	const width: ExpressionSpecification = ['case', selected, 3.5, hover, 2.5, 1.5];
	return [
		{
			id: 'clusters-fill',
			type: 'fill',
			source: PLACES,
			filter: areas,
			paint: {
				'fill-color': industryColour,
				'fill-opacity': ['case', selected, 0.34, hover, 0.26, 0.14]
			}
		},
		{
			id: 'clusters-outline',
			type: 'line',
			source: PLACES,
			filter: ['all', areas, precise],
			paint: { 'line-color': industryColour, 'line-width': width }
		},
		{
			id: 'clusters-outline-schematic',
			type: 'line',
			source: PLACES,
			filter: ['all', areas, imprecise],
			paint: { 'line-color': industryColour, 'line-width': width, 'line-dasharray': [2, 1.5] }
		}
	];
}

/** The One Axis as a broad band under a dashed line, and lines such as the moat. */
function lineLayers(): LayerSpecification[] {
	return [
		{
			id: 'axis-band',
			type: 'line',
			source: PLACES,
			filter: kindIs('axis'),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': BASE.axis,
				'line-opacity': ['case', selected, 0.4, hover, 0.3, 0.2],
				'line-width': ['interpolate', ['linear'], ['zoom'], 9, 8, 15, 40]
			}
		},
		{
			id: 'axis-line',
			type: 'line',
			source: PLACES,
			filter: kindIs('axis'),
			paint: {
				'line-color': BASE.axis,
				'line-width': ['case', selected, 4, 2.5],
				'line-dasharray': [2, 1]
			}
		},
		{
			id: 'place-lines',
			type: 'line',
			source: PLACES,
			filter: ['all', kindIs('leisure', 'site', 'cluster'), geometryIs('LineString')],
			layout: { 'line-cap': 'round' },
			paint: {
				'line-color': industryColour,
				'line-width': ['case', selected, 6, hover, 5, 3.5],
				'line-dasharray': [2, 1]
			}
		}
	];
}

/** Parks, companies and leisure places drawn as points; imprecise ones get an uncertainty halo. */
function pointLayers(): LayerSpecification[] {
	const points: Expression = geometryIs('Point');
	const radius: ExpressionSpecification = [
		'interpolate',
		['linear'],
		['zoom'],
		9,
		['match', ['get', 'kind'], 'cluster', 5, 4],
		14,
		['match', ['get', 'kind'], 'cluster', 9, 7]
	];
	return [
		{
			id: 'points-halo',
			type: 'circle',
			source: PLACES,
			filter: ['all', points, imprecise],
			paint: {
				'circle-color': industryColour,
				'circle-opacity': ['case', selected, 0.28, 0.12],
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 9, 14, 22],
				'circle-stroke-color': industryColour,
				'circle-stroke-opacity': 0.45,
				'circle-stroke-width': 1
			}
		},
		{
			id: 'points',
			type: 'circle',
			source: PLACES,
			filter: points,
			paint: {
				'circle-color': industryColour,
				'circle-radius': radius,
				'circle-stroke-color': ['case', selected, BASE.focus, hover, BASE.focus, BASE.halo],
				'circle-stroke-width': ['case', selected, 3.5, hover, 2.5, 1.5]
			}
		}
	];
}

function stationLayer(): LayerSpecification {
	return {
		id: 'metro-stations',
		type: 'circle',
		source: 'metro-stations',
		minzoom: 11,
		paint: {
			'circle-color': BASE.halo,
			'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 2.5, 15, 5],
			'circle-stroke-color': BASE.station,
			'circle-stroke-width': 1.5
		}
	};
}

function stationLabelLayer(locale: Locale): LayerSpecification {
	return {
		id: 'metro-station-labels',
		type: 'symbol',
		source: 'metro-stations',
		minzoom: 12.5,
		layout: {
			'text-field': ['get', locale === 'zh' ? 'name' : 'name_en'],
			'text-font': FONT,
			'text-size': 11,
			'text-offset': [0, 0.9],
			'text-anchor': 'top',
			'text-optional': true
		},
		paint: { 'text-color': BASE.inkSoft, 'text-halo-color': BASE.halo, 'text-halo-width': 1.5 }
	};
}

function labelLayers(locale: Locale): LayerSpecification[] {
	const text = labelText(locale);
	const paint = {
		'text-color': BASE.ink,
		'text-halo-color': BASE.halo,
		'text-halo-width': 1.8
	};
	return [
		{
			id: 'town-labels',
			type: 'symbol',
			source: LABELS,
			filter: kindIs('town'),
			layout: {
				'text-field': text,
				'text-font': FONT,
				'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 14, 15],
				'text-letter-spacing': 0.04,
				'text-max-width': 8
			},
			paint: { ...paint, 'text-color': BASE.inkSoft }
		},
		{
			id: 'axis-label',
			type: 'symbol',
			source: PLACES,
			filter: kindIs('axis'),
			layout: {
				'symbol-placement': 'line',
				'text-field': ['get', locale === 'zh' ? 'name_zh' : 'name_en'],
				'text-font': FONT_BOLD,
				'text-size': 12,
				'symbol-spacing': 400
			},
			paint: { ...paint, 'text-color': BASE.axis }
		},
		{
			id: 'place-labels',
			type: 'symbol',
			source: LABELS,
			filter: kindIs('cluster', 'site', 'leisure'),
			layout: {
				'text-field': text,
				'text-font': FONT_BOLD,
				'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 14, 14],
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.9,
				'text-justify': 'auto',
				'text-max-width': 10,
				'symbol-sort-key': ['match', ['get', 'kind'], 'cluster', 0, 'site', 1, 2]
			},
			paint
		}
	];
}

const OVERLAY_COLOUR = [
	'match',
	['get', 'role'],
	'corridor',
	'#237a3b',
	'#b45309'
] as unknown as string;

/** The corridor's band, under the places. */
function overlayFillLayer(): LayerSpecification {
	return {
		id: 'overlay-fill',
		type: 'fill',
		source: OVERLAY,
		filter: ['==', ['geometry-type'], 'Polygon'],
		paint: { 'fill-color': OVERLAY_COLOUR, 'fill-opacity': 0.14 }
	};
}

/** Outlines, measured lines and their points, over everything. */
function overlayTopLayers(): LayerSpecification[] {
	return [
		{
			id: 'overlay-line',
			type: 'line',
			source: OVERLAY,
			filter: ['!=', ['geometry-type'], 'Point'],
			paint: {
				'line-color': OVERLAY_COLOUR,
				'line-width': ['match', ['get', 'role'], 'corridor', 1.5, 2.5],
				'line-dasharray': [2, 1.5]
			}
		},
		{
			id: 'overlay-points',
			type: 'circle',
			source: OVERLAY,
			filter: ['==', ['geometry-type'], 'Point'],
			paint: {
				'circle-radius': 5,
				'circle-color': '#ffffff',
				'circle-stroke-color': OVERLAY_COLOUR,
				'circle-stroke-width': 2.5
			}
		}
	];
}

/** Every layer of the atlas, bottom to top. */
export function atlasLayers(locale: Locale): LayerSpecification[] {
	return [
		...basemapLayers(),
		...townLayers(),
		overlayFillLayer(),
		...clusterAreaLayers(),
		...lineLayers(),
		stationLayer(),
		...pointLayers(),
		stationLabelLayer(locale),
		...labelLayers(locale),
		...overlayTopLayers()
	];
}

/** Layers whose features are places that can be hovered and clicked, most specific first. */
export const INTERACTIVE_LAYERS = [
	'points',
	'points-halo',
	'place-lines',
	'axis-line',
	'axis-band',
	'clusters-fill',
	'towns-fill'
] as const;

/** Layers whose text changes with the interface language. */
export const LABEL_LAYERS = ['town-labels', 'axis-label', 'place-labels', 'metro-station-labels'];

export function atlasStyle(options: { origin: string; locale: Locale }): StyleSpecification {
	const url = (path: string) => new URL(path, options.origin).href;
	const basemap = Object.fromEntries(
		BASEMAP_LAYERS.map((name) => [
			name,
			{ type: 'geojson' as const, data: url(`/data/basemap/${name}.geojson`) }
		])
	);
	return {
		version: 8,
		name: 'Jiading Atlas',
		sources: {
			...basemap,
			[PLACES]: { type: 'geojson', data: url('/data/map/places.geojson'), promoteId: 'id' },
			[LABELS]: { type: 'geojson', data: url('/data/map/labels.geojson'), promoteId: 'id' },
			[OVERLAY]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: atlasLayers(options.locale)
	};
}

/** Kinds each legend toggle shows or hides. */
export const LAYER_GROUPS = {
	towns: ['town'],
	clusters: ['cluster'],
	axis: ['axis'],
	sites: ['site'],
	leisure: ['leisure']
} as const satisfies Record<string, PlaceKind[]>;
export type LayerGroup = keyof typeof LAYER_GROUPS;

/** Layers drawing each kind of place, so toggles and industry filters reach all of them. */
const FILTERED_LAYERS = [
	'towns-fill',
	'towns-line',
	'towns-line-approximate',
	'town-labels',
	'clusters-fill',
	'clusters-outline',
	'clusters-outline-schematic',
	'axis-band',
	'axis-line',
	'axis-label',
	'place-lines',
	'points-halo',
	'points',
	'place-labels'
];

export interface PlaceFilter {
	/** Kinds of place on show. */
	kinds: PlaceKind[];
	/** Industries to show; empty means every industry. */
	industries: Industry[];
}

/** Towns are context, not industry: the industry filter never hides them. */
const UNFILTERED_BY_INDUSTRY: PlaceKind[] = ['town', 'district'];

/** Whether a place is on show for a legend state: the rule the layer filters below express. */
export function placeShown(
	place: { kind: PlaceKind; industries: readonly Industry[] },
	filter: PlaceFilter
): boolean {
	return (
		filter.kinds.includes(place.kind) &&
		(filter.industries.length === 0 ||
			UNFILTERED_BY_INDUSTRY.includes(place.kind) ||
			place.industries.some((i) => filter.industries.includes(i)))
	);
}

/** The filter each place layer gets for a legend state: its own filter, and the legend's. */
export function placeLayerFilters(
	layers: LayerSpecification[],
	filter: PlaceFilter
): Record<string, FilterSpecification> {
	const industry: Expression | true =
		filter.industries.length === 0
			? true
			: [
					'any',
					kindIs(...UNFILTERED_BY_INDUSTRY),
					...filter.industries.map((i): Expression => ['in', ` ${i} `, ['get', 'industry_list']])
				];
	const shown = kindIs(...filter.kinds);
	return Object.fromEntries(
		layers
			.filter((l) => FILTERED_LAYERS.includes(l.id) && 'filter' in l && l.filter)
			.map((l) => [
				l.id,
				['all', (l as { filter: Expression }).filter, shown, industry] as FilterSpecification
			])
	);
}
