/**
 * The atlas map style as data: pure functions returning MapLibre style-spec objects
 * (https://maplibre.org/maplibre-style-spec/). No `glyphs` URL: MapLibre 6 then draws labels
 * with the browser's own fonts, so the map needs nothing from outside our origin.
 *
 * Every layer is declared once, in ATLAS_LAYERS, with what it is for besides drawing (its roles):
 * whether a tap picks its places, whether its text follows the interface language, which legend
 * toggles reach it. The lists the map works from (INTERACTIVE_LAYERS, LABEL_LAYERS and the layers
 * the legend filters) are read from there, so a new layer cannot be left out of one.
 */
import type {
	ExpressionSpecification,
	VariableAnchorOffsetCollectionSpecification,
	DataDrivenPropertyValueSpecification,
	FilterSpecification,
	LayerSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { VIEW_EXTENT } from '$lib/geo/extents';
import {
	AXIS_BAND_PX,
	AXIS_LINE_PX,
	BASEMAP_TILE_CONTENT,
	DISTRICT_LATITUDE,
	KIOSK_LABEL_SCALE,
	LABEL_LINE_EMS,
	metresPerPixel,
	NAMED_BESIDE,
	OTHER_NAME_SCALE,
	PLACE_NAME_PX,
	sizeAtZoom,
	TILE_ADDRESS,
	TILE_BOUNDS,
	TILE_FOLDER,
	TILE_LAYERS,
	TILE_ZOOMS,
	TOWN_NAME_LETTER_SPACING,
	TOWN_NAME_PX,
	type BasemapTileLayer
} from '$lib/geo/tiles';
import type { Locale } from '$lib/i18n/messages';
import type { Industry, PlaceKind } from '$lib/schema/vocabulary';
import { THEME, type Theme } from '$lib/theme';
import {
	BUILT_STREET_TILES,
	STREET_STYLE,
	MAX_ZOOM_THEMATIC,
	MAX_ZOOM_WITH_STREETS,
	STREET_TILE_FOLDER,
	type StreetTiles
} from '$lib/geo/street-tiles';
import { FONT, FONT_BOLD, type LayerBody } from './style-parts';
import { STREET_GROUND, STREET_LABELS, STREET_LINES, STREETS } from './street-style';

/**
 * The map's places, as vector tiles (src/lib/content/map-tiles.ts) with two layers: each place's
 * shape, and one label point per place.
 */
export const PLACES = 'places';
const PLACE_SHAPES = { source: PLACES, 'source-layer': TILE_LAYERS.places } as const;
const PLACE_LABELS = { source: PLACES, 'source-layer': TILE_LAYERS.labels } as const;
/** Where a place's hover and selection state is kept (MapLibre's feature state): on its shape. */
export const PLACE_STATE = { source: PLACES, sourceLayer: TILE_LAYERS.places } as const;
/**
 * Drawings made in the browser (the planner's axis corridor and measurements), as one GeoJSON
 * source whose data is replaced, never as layers added at run time. Features carry `role`:
 * `corridor` or `measure`.
 */
export const OVERLAY = 'overlay';
/** The map's visible edge (view-edges.ts), which no label may cross. */
export const VIEW_EDGES = 'view-edges';
/** A basemap layer of the map's tiles (src/lib/geo/tiles.ts), as a style layer reads it. */
const basemap = (layer: BasemapTileLayer) => ({ source: PLACES, 'source-layer': layer }) as const;

/** View limits that keep the map around Jiading: [west, south, east, north]. */
export const MAX_BOUNDS: [number, number, number, number] = [...VIEW_EXTENT];
export const MIN_ZOOM = TILE_ZOOMS.min;
/** With street tiles the map zooms to its buildings; without them, to where it has content. */
export const MAX_ZOOM = BUILT_STREET_TILES ? MAX_ZOOM_WITH_STREETS : MAX_ZOOM_THEMATIC;

/** Kinds each legend toggle shows or hides. */
export const LAYER_GROUPS = {
	towns: ['town'],
	clusters: ['cluster'],
	axis: ['axis'],
	sites: ['site'],
	leisure: ['leisure']
} as const satisfies Record<string, PlaceKind[]>;
export type LayerGroup = keyof typeof LAYER_GROUPS;

type Expression = ExpressionSpecification;

const hover = ['boolean', ['feature-state', 'hover'], false] as Expression;
const selected = ['boolean', ['feature-state', 'selected'], false] as Expression;

/** The place's industry colour, from its primary industry. */
export const industryColour = (theme: Theme) =>
	[
		'match',
		['get', 'industry'],
		...Object.entries(theme.industry).flat(),
		theme.neutral
	] as unknown as Expression;

const kindIs = (...kinds: readonly PlaceKind[]): Expression => [
	'in',
	['get', 'kind'],
	['literal', kinds]
];
const geometryIs = (...types: string[]): Expression => [
	'in',
	['geometry-type'],
	['literal', types]
];
const precise: Expression = ['==', ['get', 'precision'], 'exact'];
const imprecise: Expression = ['!=', ['get', 'precision'], 'exact'];

export { KIOSK_LABEL_SCALE, OTHER_NAME_SCALE };

/**
 * Label text: the interface language first, the other language smaller beneath from zoom `from`
 * (12: at the district views, up to zoom 11.3 on a landscape kiosk, a second line on every
 * cluster left no room for the towns' names between them).
 */
export function labelText(locale: Locale, from = 12): ExpressionSpecification {
	// The tiles' Chinese names come in lines broken between words (zh-lines.ts). A zero-width
	// space is MapLibre's sign that a text's breaks were chosen: with one in the text, it breaks
	// Chinese only there and at the newlines, not between any two characters to even out the
	// lines (虹桥北 / （北虹桥商 / 务区） was its own).
	const chosen = (name: ExpressionSpecification): ExpressionSpecification => [
		'concat',
		name,
		'\u200b'
	];
	// A Chinese name beneath an English one is smaller, in its own lines where they differ.
	const zh = chosen(['get', 'name_zh']);
	const en: ExpressionSpecification = ['get', 'name_en'];
	const zhBeneath = chosen(['coalesce', ['get', 'name_zh_small'], ['get', 'name_zh']]);
	const [first, second] = locale === 'zh' ? [zh, en] : [en, zhBeneath];
	return [
		'step',
		['zoom'],
		first,
		from,
		['format', first, {}, '\n', {}, second, { 'font-scale': OTHER_NAME_SCALE }]
	] as ExpressionSpecification;
}

// ---------------------------------------------------------------------------------------------
// The layer registry

/** What a layer is for, besides drawing. */
export interface LayerRoles {
	/**
	 * Its features are places a tap can pick. `rank` orders a tap's hits, 0 the most specific
	 * (a point over a line, a line over an area); `point` marks layers of point places, where
	 * the nearest to the tap wins (see pick.ts).
	 */
	readonly interactive?: { readonly rank: number; readonly point?: boolean };
	/** Its text follows the interface language. */
	readonly label?: true;
	/** It draws places of these legend groups, and takes the legend's filter (kinds, industries). */
	readonly legend?: readonly LayerGroup[];
	/** It draws the street basemap: left out when the build has no street tiles. */
	readonly streets?: true;
}

/**
 * A layer's spec in a language and a palette (light or dark), its labels `labelScale` times
 * their size (atlasLayers scales their `text-size`; a spec reads the scale where distances in ems
 * must keep their size in pixels).
 */
export type LayerSpec = (locale: Locale, theme: Theme, labelScale: number) => LayerBody;

/** One layer of the atlas: its id, its roles, and its spec (which may depend on the locale). */
export interface AtlasLayer<Id extends string = string, Roles extends LayerRoles = LayerRoles> {
	readonly id: Id;
	readonly roles: Roles;
	readonly spec: LayerSpec;
}

function layer<const Id extends string, const Roles extends LayerRoles>(
	id: Id,
	roles: Roles,
	spec: LayerBody | LayerSpec
): AtlasLayer<Id, Roles> {
	return { id, roles, spec: typeof spec === 'function' ? spec : () => spec };
}

/**
 * The street basemap's layers (street-style.ts), registered with their roles, in a bundle that
 * carries them: one built with street tiles (and the unit tests). A build without leaves
 * street-style.ts out of the browser's code.
 */
const streetLayers = <Id extends string>(list: readonly { id: Id; spec: LayerSpec }[]) =>
	STREET_STYLE ? list.map((l) => layer(l.id, { streets: true }, l.spec)) : [];
const streetLabelLayers = <Id extends string>(list: readonly { id: Id; spec: LayerSpec }[]) =>
	STREET_STYLE ? list.map((l) => layer(l.id, { streets: true, label: true }, l.spec)) : [];

const basemapLayers = [
	layer('background', {}, (_locale, theme) => ({
		type: 'background',
		paint: { 'background-color': theme.map.outside }
	})),
	layer('neighbours-fill', {}, (_locale, theme) => ({
		type: 'fill',
		...basemap('neighbours'),
		// Their union; the borders between them are lines (map-tiles.ts, areasOnce).
		filter: geometryIs('Polygon', 'MultiPolygon'),
		paint: { 'fill-color': theme.map.neighbour }
	})),
	layer('neighbours-line', {}, (_locale, theme) => ({
		type: 'line',
		...basemap('neighbours'),
		paint: { 'line-color': theme.map.neighbourLine, 'line-width': 0.8 }
	})),
	layer('district-fill', {}, (_locale, theme) => ({
		type: 'fill',
		...PLACE_SHAPES,
		filter: kindIs('district'),
		paint: { 'fill-color': theme.paper }
	})),
	...streetLayers(STREET_GROUND),
	layer('water-fill', {}, (_locale, theme) => ({
		type: 'fill',
		...basemap('water'),
		filter: geometryIs('Polygon', 'MultiPolygon'),
		paint: { 'fill-color': theme.map.water, 'fill-outline-color': theme.map.waterLine }
	})),
	layer('water-line', {}, (_locale, theme) => ({
		type: 'line',
		...basemap('water'),
		filter: geometryIs('LineString', 'MultiLineString'),
		paint: {
			'line-color': theme.map.water,
			'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 15, 5]
		}
	})),
	...streetLayers(STREET_LINES),
	layer('expressways', {}, (_locale, theme) => ({
		type: 'line',
		...basemap('expressways'),
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: {
			'line-color': theme.map.expressway,
			'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 15, 5]
		}
	})),
	layer('metro-lines', {}, (_locale, theme) => ({
		type: 'line',
		...basemap('metro-lines'),
		layout: { 'line-join': 'round' },
		paint: {
			'line-color': theme.map.metro,
			'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 15, 3]
		}
	})),
	layer('jiamin-line', {}, (_locale, theme) => ({
		type: 'line',
		...basemap('jiamin-line'),
		filter: geometryIs('LineString', 'MultiLineString'),
		paint: {
			'line-color': theme.map.jiamin,
			'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 15, 2.5],
			'line-dasharray': [3, 2]
		}
	}))
] as const;

/** Town and district outlines: solid where exact, dashed where approximate. */
const townLayers = [
	layer('towns-fill', { interactive: { rank: 6 }, legend: ['towns'] }, (_locale, theme) => ({
		type: 'fill',
		...PLACE_SHAPES,
		filter: kindIs('town'),
		paint: {
			'fill-color': theme.map.districtLine,
			// Invisible until hovered or selected, but still there to be clicked.
			'fill-opacity': ['case', selected, 0.12, hover, 0.07, 0]
		}
	})),
	layer('towns-line', { legend: ['towns'] }, (_locale, theme) => ({
		type: 'line',
		...PLACE_SHAPES,
		filter: ['all', kindIs('town'), precise],
		paint: {
			'line-color': theme.map.townLine,
			'line-width': ['case', selected, 3, 1.2]
		}
	})),
	layer('towns-line-approximate', { legend: ['towns'] }, (_locale, theme) => ({
		type: 'line',
		...PLACE_SHAPES,
		filter: ['all', kindIs('town'), imprecise],
		paint: {
			'line-color': theme.map.townLine,
			'line-width': ['case', selected, 3, 1.2],
			'line-dasharray': [4, 3]
		}
	})),
	layer('district-line', {}, (_locale, theme) => ({
		type: 'line',
		...PLACE_SHAPES,
		filter: kindIs('district'),
		paint: { 'line-color': theme.map.districtLine, 'line-width': ['case', selected, 4, 2] }
	}))
] as const;

/** The overlay's source colour: the corridor or a measurement. */
const overlayColour = (theme: Theme) =>
	[
		'match',
		['get', 'role'],
		'corridor',
		theme.overlay.corridor,
		theme.overlay.measure
	] as unknown as string;

/** The corridor's band, under the places. */
const overlayFillLayers = [
	layer('overlay-fill', {}, (_locale, theme) => ({
		type: 'fill',
		source: OVERLAY,
		filter: ['==', ['geometry-type'], 'Polygon'],
		paint: { 'fill-color': overlayColour(theme), 'fill-opacity': 0.14 }
	}))
] as const;

const clusterAreas: Expression = ['all', kindIs('cluster'), geometryIs('Polygon', 'MultiPolygon')];
const schematic: Expression = ['==', ['get', 'precision'], 'schematic'];
const clusterWidth: Expression = ['case', selected, 3.5, hover, 2.5, schematic, 1, 1.5];

/**
 * Parks and clusters drawn as areas, by how precisely they are known: exact ones with a solid
 * edge, approximate ones dashed, schematic ones (a disc for orientation) the palest, their dashed
 * edge faint: never the strongest shape on the map.
 */
const clusterAreaLayers = [
	layer('clusters-fill', { interactive: { rank: 5 }, legend: ['clusters'] }, (_locale, theme) => ({
		type: 'fill',
		...PLACE_SHAPES,
		filter: clusterAreas,
		paint: {
			'fill-color': industryColour(theme),
			'fill-opacity': ['case', selected, 0.34, hover, 0.26, schematic, 0.06, 0.14]
		}
	})),
	layer('clusters-outline', { legend: ['clusters'] }, (_locale, theme) => ({
		type: 'line',
		...PLACE_SHAPES,
		filter: ['all', clusterAreas, precise],
		paint: { 'line-color': industryColour(theme), 'line-width': clusterWidth }
	})),
	layer('clusters-outline-schematic', { legend: ['clusters'] }, (_locale, theme) => ({
		type: 'line',
		...PLACE_SHAPES,
		filter: ['all', clusterAreas, imprecise],
		paint: {
			'line-color': industryColour(theme),
			'line-width': clusterWidth,
			'line-opacity': ['case', selected, 1, hover, 1, schematic, 0.6, 1],
			'line-dasharray': [2, 1.5]
		}
	}))
] as const;

/** The One Axis as a broad band under a dashed line, and lines such as the moat. */
const lineLayers = [
	layer('axis-band', { interactive: { rank: 4 }, legend: ['axis'] }, (_locale, theme) => ({
		type: 'line',
		...PLACE_SHAPES,
		filter: kindIs('axis'),
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: {
			'line-color': theme.axis,
			'line-opacity': ['case', selected, 0.4, hover, 0.3, 0.2],
			'line-width': ['interpolate', ['linear'], ['zoom'], ...AXIS_BAND_PX]
		}
	})),
	layer('axis-line', { interactive: { rank: 3 }, legend: ['axis'] }, (_locale, theme) => ({
		type: 'line',
		...PLACE_SHAPES,
		filter: kindIs('axis'),
		paint: {
			'line-color': theme.axis,
			'line-width': ['case', selected, 4, AXIS_LINE_PX],
			'line-dasharray': [2, 1]
		}
	})),
	layer(
		'place-lines',
		{ interactive: { rank: 2 }, legend: ['leisure', 'sites', 'clusters'] },
		(_locale, theme) => ({
			type: 'line',
			...PLACE_SHAPES,
			filter: ['all', kindIs('leisure', 'site', 'cluster'), geometryIs('LineString')],
			layout: { 'line-cap': 'round' },
			paint: {
				'line-color': industryColour(theme),
				'line-width': ['case', selected, 6, hover, 5, 3.5],
				'line-dasharray': [2, 1]
			}
		})
	)
] as const;

const stationLayers = [
	layer('metro-stations', {}, (_locale, theme) => ({
		type: 'circle',
		...basemap('metro-stations'),
		minzoom: BASEMAP_TILE_CONTENT['metro-stations'].minzoom,
		paint: {
			'circle-color': theme.map.halo,
			'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 2.5, 15, 5],
			'circle-stroke-color': theme.map.station,
			'circle-stroke-width': 1.5
		}
	}))
] as const;

const points: Expression = geometryIs('Point');
/**
 * Crowded points wait for a closer zoom (each feature's `minzoom`, src/lib/content/thinning.ts);
 * MapLibre tests a filter's zoom per tile, at whole zooms.
 */
const drawnAtZoom: Expression = ['>=', ['zoom'], ['get', 'minzoom']];
/**
 * The radii of what marks a point place, in pixels at zooms MARK_ZOOMS (between them linear,
 * beyond them the nearest): a cluster's dot and any other's, its white edge, and the halo of
 * uncertainty around an imprecise one, with its edge.
 */
const MARK_ZOOMS = [9, 14] as const;
const MARK_PX = {
	cluster: [5, 9],
	other: [4, 7],
	dotEdge: 1.5,
	halo: [9, 22],
	haloEdge: 1
} as const;
const markAt = (z: number, [from, to]: readonly [number, number]) => {
	const t = Math.min(Math.max((z - MARK_ZOOMS[0]) / (MARK_ZOOMS[1] - MARK_ZOOMS[0]), 0), 1);
	return from + (to - from) * t;
};
const pointRadius: Expression = [
	'interpolate',
	['linear'],
	['zoom'],
	MARK_ZOOMS[0],
	['match', ['get', 'kind'], 'cluster', MARK_PX.cluster[0], MARK_PX.other[0]],
	MARK_ZOOMS[1],
	['match', ['get', 'kind'], 'cluster', MARK_PX.cluster[1], MARK_PX.other[1]]
];

/** Parks, companies and leisure places drawn as points; imprecise ones get an uncertainty halo. */
const pointLayers = [
	layer(
		'points-halo',
		{ interactive: { rank: 1, point: true }, legend: ['clusters', 'sites', 'leisure'] },
		(_locale, theme) => ({
			type: 'circle',
			...PLACE_SHAPES,
			filter: ['all', points, imprecise, drawnAtZoom],
			paint: {
				'circle-color': industryColour(theme),
				'circle-opacity': ['case', selected, 0.28, 0.12],
				'circle-radius': [
					'interpolate',
					['linear'],
					['zoom'],
					MARK_ZOOMS[0],
					MARK_PX.halo[0],
					MARK_ZOOMS[1],
					MARK_PX.halo[1]
				],
				'circle-stroke-color': industryColour(theme),
				'circle-stroke-opacity': 0.45,
				'circle-stroke-width': MARK_PX.haloEdge
			}
		})
	),
	layer(
		'points',
		{ interactive: { rank: 0, point: true }, legend: ['clusters', 'sites', 'leisure'] },
		(_locale, theme) => ({
			type: 'circle',
			...PLACE_SHAPES,
			filter: ['all', points, drawnAtZoom],
			paint: {
				'circle-color': industryColour(theme),
				'circle-radius': pointRadius,
				'circle-stroke-color': [
					'case',
					selected,
					theme.map.focus,
					hover,
					theme.map.focus,
					theme.map.halo
				],
				'circle-stroke-width': ['case', selected, 3.5, hover, 2.5, MARK_PX.dotEdge]
			}
		})
	)
] as const;

const stationLabelLayers = [
	layer('metro-station-labels', { label: true }, (locale, theme) => ({
		type: 'symbol',
		...basemap('metro-stations'),
		minzoom: 12.5,
		layout: {
			'text-field': ['get', locale === 'zh' ? 'name' : 'name_en'],
			'text-font': FONT,
			'text-size': 11,
			// Below the station, else beside it or at a corner: the One Axis's band
			// (axis-band-space) runs through some stations, and a name may not cross it.
			'text-variable-anchor': ['top', 'right', 'left', 'bottom', ...CORNERS],
			'text-radial-offset': 1,
			'text-optional': true
		},
		paint: {
			'text-color': theme.inkSoft,
			'text-halo-color': theme.map.halo,
			'text-halo-width': 1.5
		}
	}))
] as const;

const labelPaint = (theme: Theme) => ({
	'text-color': theme.ink,
	'text-halo-color': theme.map.halo,
	'text-halo-width': 1.8
});

/** The four corners a name may take when no side has room. */
const CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;

/** A place's name's size at zoom z (its `text-size`), before the kiosk's scale. */
const placeNamePx = (z: number) => sizeAtZoom(PLACE_NAME_PX, z);
/** Pixels between a name and the mark or outline it sits beside. */
const NAME_GAP_PX = 3;
/** Screen pixels per metre at zoom z at the district's latitude. */
const pxPerMetreAt = (z: number) => 1 / metresPerPixel(z, DISTRICT_LATITUDE);
/**
 * The widest and tallest a place's name is, in ems: LABEL_LINE_EMS.place wide and, with its
 * other language's line beneath from zoom 12, under five lines of 1.2 ems.
 */
const NAME_BOX_EMS = [LABEL_LINE_EMS.place, 6] as const;
/** The name's diagonal: no part of it is further than that from any corner of it. */
const NAME_DIAGONAL_EMS = Math.hypot(...NAME_BOX_EMS);
/** The radius, in ems, of the circle a name fits in: half its diagonal, rounded up. */
const NAME_FITS_IN_EMS = Math.ceil(NAME_DIAGONAL_EMS / 2);
/** The room MapLibre keeps round a name (its default `text-padding`), in pixels. */
const NAME_PADDING_PX = 2;
/** Whole zooms a name's place is set at (MapLibre sets it once per whole zoom). */
const NAME_ZOOMS = Array.from(
	{ length: MAX_ZOOM_WITH_STREETS - TILE_ZOOMS.min + 1 },
	(_, i) => TILE_ZOOMS.min + i
);

type Spots = (string | [number, number])[];
/** The eight spots around a point `ems` away, the four sides first, then the corners. */
function around(ems: number): Spots {
	const d = ems * Math.SQRT1_2;
	const spots: [string, number, number][] = [
		['left', ems, 0],
		['right', -ems, 0],
		['top', 0, ems],
		['bottom', 0, -ems],
		['top-left', d, d],
		['top-right', -d, d],
		['bottom-left', d, -d],
		['bottom-right', -d, -d]
	];
	const round = (v: number) => Math.round(v * 1000) / 1000 + 0;
	return spots.flatMap(([anchor, x, y]) => [anchor, [round(x), round(y)]]);
}

/** Pixels from a point to its name at the whole zoom z: clear of its dot or halo up to z + 1. */
const markClearAt = (z: number, mark: 'dot' | 'halo') =>
	mark === 'dot'
		? markAt(z + 1, MARK_PX.cluster) + MARK_PX.dotEdge + NAME_GAP_PX
		: markAt(z + 1, MARK_PX.halo) + MARK_PX.haloEdge + NAME_GAP_PX;

/**
 * The radius, in metres, of the circle that holds a name at the whole zoom z (names `scale`
 * times their size): an area's name goes in its middle where the area's `reach` is as large.
 */
const nameFitsInAt = (z: number, scale: number) =>
	(NAME_FITS_IN_EMS * placeNamePx(z) * scale) / pxPerMetreAt(z);
/**
 * The metres a name needs around the point it is set by (an area's lowest point, or a point
 * place's), at the whole zoom z, to stay inside an area round that point until the next whole
 * zoom: the name's spot is `clear` pixels from the point (beneath an area, or clear of a mark
 * as it grows to the next zoom), and no part of the name is further than its diagonal and its
 * padding from that spot. All of it grows with the name's size, which grows more slowly than
 * the area, so the whole zoom is where room is least.
 */
const roomNeededAt = (z: number, scale: number, clear: number) =>
	Math.ceil(
		(clear + NAME_DIAGONAL_EMS * placeNamePx(z) * scale + NAME_PADDING_PX) / pxPerMetreAt(z)
	);
/** What a name is set clear of at the whole zoom z: beneath an area, beside a dot or a halo. */
const clearOf = (z: number) => ({
	area: NAME_GAP_PX,
	dot: markClearAt(z, 'dot'),
	halo: markClearAt(z, 'halo')
});
/**
 * At the whole zoom z: whether the area an area lies in (its label's `room`, the metres from
 * its lowest point to that area's outline, content/map-tiles.ts's roomedLabels) holds its name
 * set beneath it; true of an area inside no other's.
 */
const roomBeneathAt = (z: number, scale: number): Expression => [
	'any',
	['!', ['has', 'room']],
	['>=', ['get', 'room'], roomNeededAt(z, scale, clearOf(z).area)]
];

/** A value per whole zoom of NAME_ZOOMS, as a `step` on the zoom. */
function perNameZoom(value: (z: number) => unknown): Expression {
	const [first, ...rest] = NAME_ZOOMS;
	return ['step', ['zoom'], value(first!), ...rest.flatMap((z) => [z, value(z)])] as Expression;
}

/**
 * Whether a place is named at this zoom: a place inside another's area (a company in its
 * cluster's disc) only from the zoom where that area holds its name, or, for an area, where its
 * name fits in its own middle. Until then its point or area is drawn unnamed and the larger
 * area's name stands for it, rather than a name crossing that area's outline.
 */
function nameHasRoom(scale: number): Expression {
	return [
		'any',
		['!', ['has', 'room']],
		[
			'>=',
			['get', 'room'],
			[
				'case',
				['has', 'reach'],
				perNameZoom((z) => roomNeededAt(z, scale, clearOf(z).area)),
				precise,
				perNameZoom((z) => roomNeededAt(z, scale, clearOf(z).dot)),
				perNameZoom((z) => roomNeededAt(z, scale, clearOf(z).halo))
			]
		],
		['>=', ['coalesce', ['get', 'reach'], 0], perNameZoom((z) => nameFitsInAt(z, scale))]
	];
}

/**
 * Where a place's name may go at the whole zoom z, with names `scale` times their size: beside
 * a point place, clear of its mark as it grows up to the next whole zoom (its halo, for an
 * imprecise one). An area's name hangs from the area's lowest point (content/map-tiles.ts's
 * hungLabels): in the middle of the circle around the label point inside the area (`reach`
 * metres across; `rise` metres north and `across` metres east of the lowest point) where the name
 * fits in that circle at this zoom, else beneath the area (centred, or to the right or left). The
 * area only grows until the next whole zoom, so neither crosses its outline. An area inside
 * another's goes beneath only where that area holds it there (nameHasRoom).
 */
function nameSpotsAt(z: number, scale: number): Expression {
	const size = placeNamePx(z) * scale;
	const ems = (px: number) => px / size;
	const gap = ems(NAME_GAP_PX);
	const beneath: Spots = ['top', [0, gap], 'top-left', [0, gap], 'top-right', [0, gap]];
	const pxPerMetre = pxPerMetreAt(z);
	// The middle, then (where the name may go beneath) beneath. A name's offset is linear in
	// `across` and `rise`: interpolated between the farthest either way.
	const far = 100_000;
	const middle = (then: Spots): Expression => {
		const at = (east: number, north: number): Spots => [
			'center',
			[ems(east * pxPerMetre), -ems(north * pxPerMetre)],
			...then
		];
		const across = (north: number): Expression => [
			'interpolate',
			['linear'],
			['get', 'across'],
			-far,
			['literal', at(-far, north)],
			far,
			['literal', at(far, north)]
		];
		return ['interpolate', ['linear'], ['get', 'rise'], 0, across(0), far, across(far)];
	};
	const dot = markClearAt(z, 'dot');
	const halo = markClearAt(z, 'halo');
	return [
		'case',
		['has', 'reach'],
		[
			'case',
			['>=', ['get', 'reach'], nameFitsInAt(z, scale)],
			// Inside another's area, beneath only where that area holds the name (nameHasRoom).
			['case', roomBeneathAt(z, scale), middle(beneath), middle([])],
			['literal', beneath]
		],
		precise,
		['literal', around(ems(dot))],
		['literal', around(ems(halo))]
	];
}

/**
 * A place's name beside its point, moved to the side with room (the four sides, then the
 * corners). A space for every point is taken first, so no name covers another place's point;
 * then clusters' names (top of the stack), the towns', and companies' and leisure places' where
 * room is left (a company before a park).
 */
const placeLabels = (
	locale: Locale,
	theme: Theme,
	kinds: Expression,
	labelScale: number
): LayerBody => ({
	type: 'symbol',
	...PLACE_LABELS,
	filter: ['all', kinds, drawnAtZoom, nameHasRoom(labelScale)],
	layout: {
		'text-field': labelText(locale),
		'text-font': FONT_BOLD,
		'text-size': ['interpolate', ['linear'], ['zoom'], ...PLACE_NAME_PX],
		'text-variable-anchor-offset': [
			'step',
			['zoom'],
			...NAME_ZOOMS.flatMap((z, i) =>
				i === 0 ? [nameSpotsAt(z, labelScale)] : [z, nameSpotsAt(z, labelScale)]
			)
		] as DataDrivenPropertyValueSpecification<VariableAnchorOffsetCollectionSpecification>,
		'text-justify': 'auto',
		'text-max-width': LABEL_LINE_EMS.place,
		// Clusters first, the larger areas before the smaller and before points; then companies.
		'symbol-sort-key': [
			'match',
			['get', 'kind'],
			'cluster',
			['*', -1 / 100_000, ['coalesce', ['get', 'reach'], 0]],
			'site',
			1,
			2
		]
	},
	paint: labelPaint(theme)
});

/**
 * A town's name on the town's middle, else beside it, `ems` away on each side, nearest first:
 * above, below, left, right, then the corners at the same distance. An anchor is the side of the
 * name that faces the middle, so a `top` name moves down and a `left` name moves right.
 */
const townLabelSpots = (...ems: number[]) =>
	[
		'center',
		[0, 0],
		...ems.flatMap((r) =>
			['top', 'bottom', 'left', 'right', ...CORNERS].flatMap((anchor) => {
				const d = anchor.includes('-') ? r * Math.SQRT1_2 : r;
				const way = (toward: string, away: string) =>
					anchor.includes(toward) ? d : anchor.includes(away) ? -d : 0;
				return [anchor, [way('left', 'right'), way('top', 'bottom')]];
			})
		)
	] as VariableAnchorOffsetCollectionSpecification;

/**
 * Where a town's name may go: beside its middle when a place holds it, and from the district
 * view of a desktop or kiosk (zoom 10) a little further out if need be. Below that a town is
 * small on screen and a name moved further would land in the next town.
 */
const TOWN_LABEL_SPOTS: DataDrivenPropertyValueSpecification<VariableAnchorOffsetCollectionSpecification> =
	[
		'step',
		['zoom'],
		['literal', townLabelSpots(1.2)],
		10,
		['literal', townLabelSpots(1.2, 2.6, 4)]
	];

/** A mark that is drawn unseen but takes room, so that labels placed after it keep clear. */
const UNSEEN_MARK = {
	'text-field': '●',
	'text-font': FONT,
	'text-allow-overlap': true,
	'text-ignore-placement': false,
	'text-padding': 0
} as const;
const UNSEEN = { 'text-opacity': 0 } as const;

/**
 * A symbol layer's unseen marks all along its lines, `size` px wide and `spacing` px apart: a
 * label placed after them may not cross the line. The size is fixed: MapLibre spaces a line's
 * marks by their largest size at any zoom, so a size that grows with the zoom leaves gaps.
 */
function unseenMarksAlong(spacing: number, size: number) {
	return {
		layout: {
			...UNSEEN_MARK,
			'symbol-placement': 'line',
			'symbol-spacing': spacing,
			'text-size': size,
			'text-keep-upright': false,
			'text-max-angle': 180
		},
		paint: UNSEEN
	} as const;
}

/**
 * The size of the unseen marks along the One Axis (axis-band-space): the band's width at a
 * desktop's district view.
 */
const AXIS_BAND_SPACE_PX = Math.round(sizeAtZoom(AXIS_BAND_PX, 10.5));

/**
 * The zoom from which a town's name is placed before the clusters' names: the kiosks' district
 * views (11.1 landscape, 11.3 portrait) and closer, where the clusters' names keep room round the
 * towns'. Below it, on phones and laptops, a cluster's name would have none left, and the town's
 * moves aside for it.
 */
const TOWNS_FIRST_ZOOM = 11;

/** A town's name: lighter than the places', spaced, moved beside its spot when that is taken. */
const townLabels = (locale: Locale, theme: Theme, filter: Expression): LayerBody => ({
	type: 'symbol',
	...PLACE_LABELS,
	filter,
	layout: {
		'text-field': labelText(locale),
		'text-font': FONT,
		'text-size': ['interpolate', ['linear'], ['zoom'], ...TOWN_NAME_PX],
		'text-letter-spacing': TOWN_NAME_LETTER_SPACING,
		'text-max-width': LABEL_LINE_EMS.town,
		// Where a place's point or label holds the town's spot, the name moves beside it.
		'text-variable-anchor-offset': TOWN_LABEL_SPOTS,
		'text-justify': 'auto'
	},
	paint: { ...labelPaint(theme), 'text-color': theme.inkSoft }
});

const labelLayers = [
	layer('site-labels', { label: true, legend: ['sites', 'leisure'] }, (locale, theme, scale) =>
		placeLabels(locale, theme, kindIs(...NAMED_BESIDE.others), scale)
	),
	layer('axis-band-space', { legend: ['axis'] }, () => ({
		type: 'symbol',
		...PLACE_SHAPES,
		filter: kindIs('axis'),
		// Unseen marks all along the One Axis, as wide as its band at the district views, placed
		// before every label beneath (companies' and parks' names, the basemap's), so none is
		// drawn across the band: each goes to a side with room, or waits for a closer zoom.
		// Clusters' and towns' names are placed before them (town-names.ts sets the towns' clear
		// of the band).
		...unseenMarksAlong(4, AXIS_BAND_SPACE_PX)
	})),
	// Towns' names after the clusters' (which keep their spots; a town's name moves beside its
	// own): those in towns smaller than them, and the others below TOWNS_FIRST_ZOOM.
	layer('town-labels', { label: true, legend: ['towns'] }, (locale, theme) =>
		townLabels(locale, theme, [
			'all',
			kindIs('town'),
			['any', ['has', 'cramped'], ['<', ['zoom'], TOWNS_FIRST_ZOOM]]
		])
	),
	layer('axis-label', { label: true, legend: ['axis'] }, (locale, theme) => ({
		type: 'symbol',
		...PLACE_SHAPES,
		filter: kindIs('axis'),
		layout: {
			'symbol-placement': 'line',
			'text-field': ['get', locale === 'zh' ? 'name_zh' : 'name_en'],
			'text-font': FONT_BOLD,
			'text-size': 12,
			'symbol-spacing': 400
		},
		paint: { ...labelPaint(theme), 'text-color': theme.axis }
	})),
	layer('place-labels', { label: true, legend: ['clusters'] }, (locale, theme, scale) =>
		placeLabels(locale, theme, kindIs(...NAMED_BESIDE.clusters), scale)
	),
	// From TOWNS_FIRST_ZOOM, towns' names at the spots town-names.ts found clear of lines, before
	// the clusters' names (which move aside for them), so that none is moved onto a line.
	layer('town-labels-first', { label: true, legend: ['towns'] }, (locale, theme) => ({
		...townLabels(locale, theme, ['all', kindIs('town'), ['!', ['has', 'cramped']]]),
		minzoom: TOWNS_FIRST_ZOOM
	})),
	layer('point-spaces', { legend: ['clusters', 'sites', 'leisure'] }, () => ({
		type: 'symbol',
		...PLACE_SHAPES,
		filter: ['all', points, drawnAtZoom],
		layout: {
			// An unseen mark the size of each point, placed before every place's name, so that no
			// name is drawn over another place's point (its own name sits beside it).
			...UNSEEN_MARK,
			'text-size': ['interpolate', ['linear'], ['zoom'], 9, 12, 14, 20]
		},
		paint: UNSEEN
	})),
	layer('view-edges', {}, () => ({
		type: 'symbol',
		source: VIEW_EDGES,
		// Unseen marks all along the map's edge, placed before every label (top of the stack): a
		// label may not cross them, so none is cut by the edge of the screen.
		...unseenMarksAlong(10, 16)
	}))
] as const;

/** Outlines, measured lines and their points, over everything. */
const overlayTopLayers = [
	layer('overlay-line', {}, (_locale, theme) => ({
		type: 'line',
		source: OVERLAY,
		filter: ['!=', ['geometry-type'], 'Point'],
		paint: {
			'line-color': overlayColour(theme),
			'line-width': ['match', ['get', 'role'], 'corridor', 1.5, 2.5],
			'line-dasharray': [2, 1.5]
		}
	})),
	layer('overlay-points', {}, (_locale, theme) => ({
		type: 'circle',
		source: OVERLAY,
		filter: ['==', ['geometry-type'], 'Point'],
		paint: {
			// A station found in search is ringed larger than a measuring point.
			'circle-radius': ['match', ['get', 'role'], 'spot', 10, 5],
			'circle-color': theme.overlay.vertex,
			'circle-stroke-color': overlayColour(theme),
			'circle-stroke-width': 2.5
		}
	}))
] as const;

/** Every layer of the atlas, bottom to top, each with its roles. */
export const ATLAS_LAYERS = [
	...basemapLayers,
	...streetLabelLayers(STREET_LABELS),
	...townLayers,
	...overlayFillLayers,
	...clusterAreaLayers,
	...lineLayers,
	...stationLayers,
	...pointLayers,
	...stationLabelLayers,
	...labelLayers,
	...overlayTopLayers
] as const;

type Registered = (typeof ATLAS_LAYERS)[number];
/** The id of any layer of the atlas. */
export type AtlasLayerId = Registered['id'];
/** Layers whose places a tap can pick. */
export type InteractiveLayerId = Extract<Registered, { roles: { interactive: object } }>['id'];
/** Layers whose places are points: the nearest to a tap wins. */
export type PointLayerId = Extract<Registered, { roles: { interactive: { point: true } } }>['id'];
/** Layers whose text follows the interface language. */
export type LabelLayerId = Extract<Registered, { roles: { label: true } }>['id'];
/** Layers that take the legend's filter. */
export type FilteredLayerId = Extract<
	Registered,
	{ roles: { legend: readonly LayerGroup[] } }
>['id'];

const registry: readonly AtlasLayer<AtlasLayerId>[] = ATLAS_LAYERS;

/** A label's size times `scale`: a number, or the stops of a zoom interpolation. */
function scaledSize(size: unknown, scale: number, id: string): unknown {
	if (typeof size === 'number') return size * scale;
	if (Array.isArray(size) && size[0] === 'interpolate')
		return [...size.slice(0, 3), ...size.slice(3).map((v, i) => (i % 2 ? v * scale : v))];
	throw new Error(`style.ts: layer "${id}", field "text-size": cannot be scaled`);
}

/**
 * Every layer of the atlas, bottom to top (fresh objects: MapLibre may keep what it is given),
 * its labels `labelScale` times their size (the kiosk's, KIOSK_LABEL_SCALE); the street
 * basemap's only `withStreets`; in the colours of `theme` (the light palette by default).
 */
export function atlasLayers(
	locale: Locale,
	labelScale = 1,
	withStreets = BUILT_STREET_TILES !== null,
	theme: Theme = THEME
): LayerSpecification[] {
	return registry.flatMap((l) => {
		if (l.roles.streets && !withStreets) return [];
		const spec = structuredClone({
			id: l.id,
			...l.spec(locale, theme, labelScale)
		}) as LayerSpecification;
		if (labelScale !== 1 && l.roles.label && spec.type === 'symbol' && spec.layout)
			spec.layout['text-size'] = scaledSize(
				spec.layout['text-size'],
				labelScale,
				l.id
			) as (typeof spec.layout)['text-size'];
		return spec;
	});
}

/** Layers whose features are places that can be hovered and clicked, most specific first. */
export const INTERACTIVE_LAYERS = registry
	.flatMap((l) => (l.roles.interactive ? [{ id: l.id, rank: l.roles.interactive.rank }] : []))
	.sort((a, b) => a.rank - b.rank)
	.map((l) => l.id) as readonly InteractiveLayerId[];

/** Interactive layers of point places, where the nearest to a tap wins. */
export const POINT_LAYERS = registry
	.filter((l) => l.roles.interactive?.point)
	.map((l) => l.id) as readonly PointLayerId[];

/** Layers whose text changes with the interface language. */
export const LABEL_LAYERS = registry
	.filter((l) => l.roles.label)
	.map((l) => l.id) as readonly LabelLayerId[];

/** Layers drawing each kind of place, so toggles and industry filters reach all of them. */
export const FILTERED_LAYERS = registry
	.filter((l) => l.roles.legend)
	.map((l) => l.id) as readonly FilteredLayerId[];

/** The legend groups whose toggles reach each filtered layer. */
export const LAYER_LEGEND = Object.fromEntries(
	registry.flatMap((l) => (l.roles.legend ? [[l.id, l.roles.legend]] : []))
) as Record<FilteredLayerId, readonly LayerGroup[]>;

export function atlasStyle(options: {
	origin: string;
	locale: Locale;
	/** Labels' size, times (the kiosk's: KIOSK_LABEL_SCALE). */
	labelScale?: number;
	/** The street tiles the build serves (their record), or null for none: the build's by default. */
	streets?: StreetTiles | null;
	/** The palette (PALETTES in src/lib/theme.ts); the light one by default. */
	theme?: Theme;
}): StyleSpecification {
	const url = (path: string) => new URL(path, options.origin).href;
	const streets = options.streets === undefined ? BUILT_STREET_TILES : options.streets;
	return {
		version: 8,
		name: 'Jiading Atlas',
		sources: {
			[PLACES]: {
				type: 'vector',
				tiles: [`${url(TILE_FOLDER)}${TILE_ADDRESS}`],
				minzoom: TILE_ZOOMS.min,
				maxzoom: TILE_ZOOMS.max,
				bounds: [...TILE_BOUNDS],
				promoteId: 'id'
			},
			...(streets && {
				[STREETS]: {
					type: 'vector',
					tiles: [`${url(STREET_TILE_FOLDER)}${TILE_ADDRESS}`],
					minzoom: streets.zooms.min,
					maxzoom: streets.zooms.max,
					bounds: [...streets.bounds],
					attribution: streets.attribution
				}
			}),
			[OVERLAY]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
			// Drawn by the map's controller as the view changes (view-edges.ts).
			[VIEW_EDGES]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: atlasLayers(options.locale, options.labelScale, streets !== null, options.theme)
	};
}

// ---------------------------------------------------------------------------------------------
// The legend's rule

export interface PlaceFilter {
	/** Kinds of place on show. */
	kinds: PlaceKind[];
	/** Industries to show; empty means every industry. */
	industries: Industry[];
	/**
	 * The places to show, where a list narrows them (the planner's filtered table); absent or null
	 * for every place. Towns and the district stay as context, as under the industry filter.
	 */
	only?: readonly string[] | null;
}

/** Towns are context, not industry: the industry filter (and a list of places) never hides them. */
const UNFILTERED_BY_INDUSTRY: readonly PlaceKind[] = ['town', 'district'];

/**
 * A test on a place, as data: its kind is one of `kind`, it has `industry`, any of `any` holds,
 * or always (`true`). The legend's rule is written once in these terms; `holds` reads it for
 * the place list, `expression` turns it into a MapLibre filter for the map.
 */
type Condition =
	| true
	| { readonly kind: readonly PlaceKind[] }
	| { readonly id: readonly string[] }
	| { readonly industry: Industry }
	| { readonly any: readonly Condition[] };

/** What a legend state shows: every condition must hold. */
function legendRule(filter: PlaceFilter): Condition[] {
	return [
		{ kind: filter.kinds },
		filter.industries.length === 0
			? true
			: {
					any: [
						{ kind: UNFILTERED_BY_INDUSTRY },
						...filter.industries.map((industry) => ({ industry }))
					]
				},
		filter.only ? { any: [{ kind: UNFILTERED_BY_INDUSTRY }, { id: filter.only }] } : true
	];
}

interface FilterablePlace {
	id: string;
	kind: PlaceKind;
	industries: readonly Industry[];
}

function holds(condition: Condition, place: FilterablePlace): boolean {
	if (condition === true) return true;
	if ('kind' in condition) return condition.kind.includes(place.kind);
	if ('id' in condition) return condition.id.includes(place.id);
	if ('industry' in condition) return place.industries.includes(condition.industry);
	return condition.any.some((c) => holds(c, place));
}

/** The condition as a MapLibre expression on the map's place properties (see map-features.ts). */
function expression(condition: Condition): Expression | true {
	if (condition === true) return true;
	if ('kind' in condition) return kindIs(...condition.kind);
	if ('id' in condition) return ['in', ['get', 'id'], ['literal', [...condition.id]]];
	// `industry_list` holds every industry between spaces: " auto hydrogen ".
	if ('industry' in condition) return ['in', ` ${condition.industry} `, ['get', 'industry_list']];
	return ['any', ...condition.any.map(expression)] as Expression;
}

/** Whether a place is on show for a legend state (the rule the layer filters express). */
export function placeShown(place: FilterablePlace, filter: PlaceFilter): boolean {
	return legendRule(filter).every((c) => holds(c, place));
}

/** The legend's filter on its own, as the map evaluates it on a place feature. */
export function legendFilter(filter: PlaceFilter): FilterSpecification {
	return ['all', ...legendRule(filter).map(expression)] as FilterSpecification;
}

/** The filter each place layer gets for a legend state: its own filter, and the legend's. */
export function placeLayerFilters(
	layers: LayerSpecification[],
	filter: PlaceFilter
): Record<string, FilterSpecification> {
	const legend = legendRule(filter).map(expression);
	const filtered: readonly string[] = FILTERED_LAYERS;
	return Object.fromEntries(
		layers
			.filter((l) => filtered.includes(l.id) && 'filter' in l && l.filter)
			.map((l) => [
				l.id,
				['all', (l as { filter: Expression }).filter, ...legend] as FilterSpecification
			])
	);
}
