/**
 * How the map draws the street basemap (src/lib/geo/street-tiles.ts), when the build has one:
 * land use, parks, water and buildings under everything; roads by class and railways under the
 * thematic lines; road, water, park and POI names under the places' labels, so a place's label
 * always wins a collision. Layers here are registered in style.ts with the `streets` role, which
 * leaves them out of a style without street tiles. Pure data.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { StreetLayer } from '$lib/geo/street-tiles';
import type { Locale } from '$lib/i18n/messages';
import type { Theme } from '$lib/theme';
import { FONT, type LayerBody } from './style-parts';

/** The street tiles' source, as the style names it. */
export const STREETS = 'streets';

type Expression = ExpressionSpecification;
const from = (layer: StreetLayer) => ({ source: STREETS, 'source-layer': layer }) as const;
const classIs = (...classes: string[]): Expression => [
	'in',
	['get', 'class'],
	['literal', classes]
];

/** OSM's name in the interface language where tagged: `name` is the local (Chinese) one. */
export function streetName(locale: Locale): Expression {
	return locale === 'zh'
		? ['coalesce', ['get', 'name'], ['get', 'name_en']]
		: ['coalesce', ['get', 'name_en'], ['get', 'name']];
}

/** A road's width at zoom 10 and 17, by class (interpolated between). */
const ROAD_WIDTH = {
	motorway: [1.2, 12],
	trunk: [1.2, 12],
	primary: [1, 10],
	secondary: [0.6, 9],
	tertiary: [0.5, 8],
	minor: [0.3, 6],
	service: [0.2, 3],
	path: [0.2, 1.5]
} as const;
const roadWidth = (extra: number): Expression => {
	const at = (i: 0 | 1) => [
		'match',
		['get', 'class'],
		...Object.entries(ROAD_WIDTH).flatMap(([c, w]) => [c, w[i] + (i ? extra : extra / 4)]),
		0.5
	];
	return [
		'interpolate',
		['exponential', 1.5],
		['zoom'],
		10,
		at(0),
		17,
		at(1)
	] as unknown as Expression;
};

interface StreetLayerEntry {
	readonly id: string;
	readonly label?: true;
	readonly spec: (locale: Locale, theme: Theme) => LayerBody;
}

/** Ground: under the district's thematic water and everything else. */
export const STREET_GROUND = [
	{
		id: 'street-landuse',
		spec: (_locale, theme) => ({
			type: 'fill',
			...from('landuse'),
			paint: {
				'fill-color': [
					'match',
					['get', 'class'],
					'industrial',
					theme.map.street.industrial,
					'commercial',
					theme.map.street.commercial,
					'farmland',
					theme.map.street.farmland,
					['wood', 'grass'],
					theme.map.street.green,
					theme.map.street.residential
				]
			}
		})
	},
	{
		id: 'street-parks',
		spec: (_locale, theme) => ({
			type: 'fill',
			...from('park'),
			paint: { 'fill-color': theme.map.street.park }
		})
	},
	{
		id: 'street-water',
		spec: (_locale, theme) => ({
			type: 'fill',
			...from('water'),
			paint: { 'fill-color': theme.map.water }
		})
	},
	{
		id: 'street-waterways',
		spec: (_locale, theme) => ({
			type: 'line',
			...from('waterway'),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': theme.map.water,
				'line-width': [
					'interpolate',
					['linear'],
					['zoom'],
					10,
					['match', ['get', 'class'], 'river', 1, 0.5],
					17,
					['match', ['get', 'class'], 'river', 8, 3]
				]
			}
		})
	},
	{
		id: 'street-buildings',
		spec: (_locale, theme) => ({
			type: 'fill',
			...from('building'),
			minzoom: 14,
			paint: {
				'fill-color': theme.map.street.building,
				'fill-outline-color': theme.map.street.buildingLine
			}
		})
	}
] as const satisfies readonly StreetLayerEntry[];

const carriageways = classIs('motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'minor');

/** Lines: under the expressways, metro and the places. */
export const STREET_LINES = [
	{
		id: 'street-railways',
		spec: (_locale, theme) => ({
			type: 'line',
			...from('railway'),
			paint: {
				'line-color': theme.map.street.rail,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 17, 2.5]
			}
		})
	},
	{
		id: 'street-paths',
		spec: (_locale, theme) => ({
			type: 'line',
			...from('transportation'),
			minzoom: 14,
			filter: classIs('service', 'path'),
			paint: {
				'line-color': theme.map.street.casing,
				'line-width': roadWidth(0),
				'line-dasharray': ['step', ['zoom'], ['literal', [1]], 15, ['literal', [2, 1]]]
			}
		})
	},
	{
		id: 'street-roads-casing',
		spec: (_locale, theme) => ({
			type: 'line',
			...from('transportation'),
			minzoom: 12,
			filter: carriageways,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': theme.map.street.casing, 'line-width': roadWidth(2) }
		})
	},
	{
		id: 'street-roads',
		spec: (_locale, theme) => ({
			type: 'line',
			...from('transportation'),
			filter: carriageways,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': [
					'match',
					['get', 'class'],
					['motorway', 'trunk'],
					theme.map.expressway,
					['primary', 'secondary'],
					theme.map.street.major,
					theme.map.street.road
				],
				'line-width': roadWidth(0)
			}
		})
	}
] as const satisfies readonly StreetLayerEntry[];

const streetLabelPaint = (theme: Theme, colour: string) => ({
	'text-color': colour,
	'text-halo-color': theme.map.halo,
	'text-halo-width': 1.5
});
const labelSize: Expression = ['interpolate', ['linear'], ['zoom'], 13, 11, 17, 13];

/** Names: under the places' labels, which take precedence where they meet. */
export const STREET_LABELS = [
	{
		id: 'street-water-names',
		label: true,
		spec: (locale, theme) => ({
			type: 'symbol',
			...from('waterway'),
			minzoom: 13,
			filter: ['has', 'name'],
			layout: {
				'symbol-placement': 'line',
				'text-field': streetName(locale),
				'text-font': FONT,
				'text-size': labelSize,
				'text-max-angle': 30
			},
			paint: streetLabelPaint(theme, theme.map.street.waterLabel)
		})
	},
	{
		id: 'street-road-names',
		label: true,
		spec: (locale, theme) => ({
			type: 'symbol',
			...from('transportation'),
			minzoom: 13,
			filter: ['all', ['has', 'name'], carriageways],
			layout: {
				'symbol-placement': 'line',
				'text-field': streetName(locale),
				'text-font': FONT,
				'text-size': labelSize,
				'text-max-angle': 30,
				'symbol-spacing': 320
			},
			paint: streetLabelPaint(theme, theme.map.street.label)
		})
	},
	{
		id: 'street-park-names',
		label: true,
		spec: (locale, theme) => ({
			type: 'symbol',
			...from('park'),
			minzoom: 14,
			filter: ['has', 'name'],
			layout: {
				'text-field': streetName(locale),
				'text-font': FONT,
				'text-size': labelSize,
				'text-max-width': 8
			},
			paint: streetLabelPaint(theme, theme.map.street.parkLabel)
		})
	},
	{
		id: 'street-pois',
		label: true,
		spec: (locale, theme) => ({
			type: 'symbol',
			...from('poi'),
			minzoom: 15,
			layout: {
				'text-field': streetName(locale),
				'text-font': FONT,
				'text-size': labelSize,
				'text-max-width': 8,
				'text-optional': true
			},
			paint: streetLabelPaint(theme, theme.map.street.label)
		})
	}
] as const satisfies readonly StreetLayerEntry[];
