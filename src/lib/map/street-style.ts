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
import { THEME } from '$lib/theme';
import { FONT, type LayerBody } from './style-parts';

/** The street tiles' source, as the style names it. */
export const STREETS = 'streets';

type Expression = ExpressionSpecification;
const colours = THEME.map.street;
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
	readonly spec: (locale: Locale) => LayerBody;
}

/** Ground: under the district's thematic water and everything else. */
export const STREET_GROUND = [
	{
		id: 'street-landuse',
		spec: () => ({
			type: 'fill',
			...from('landuse'),
			paint: {
				'fill-color': [
					'match',
					['get', 'class'],
					'industrial',
					colours.industrial,
					'commercial',
					colours.commercial,
					'farmland',
					colours.farmland,
					['wood', 'grass'],
					colours.green,
					colours.residential
				]
			}
		})
	},
	{
		id: 'street-parks',
		spec: () => ({ type: 'fill', ...from('park'), paint: { 'fill-color': colours.park } })
	},
	{
		id: 'street-water',
		spec: () => ({ type: 'fill', ...from('water'), paint: { 'fill-color': THEME.map.water } })
	},
	{
		id: 'street-waterways',
		spec: () => ({
			type: 'line',
			...from('waterway'),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': THEME.map.water,
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
		spec: () => ({
			type: 'fill',
			...from('building'),
			minzoom: 14,
			paint: { 'fill-color': colours.building, 'fill-outline-color': colours.buildingLine }
		})
	}
] as const satisfies readonly StreetLayerEntry[];

const carriageways = classIs('motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'minor');

/** Lines: under the expressways, metro and the places. */
export const STREET_LINES = [
	{
		id: 'street-railways',
		spec: () => ({
			type: 'line',
			...from('railway'),
			paint: {
				'line-color': colours.rail,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 17, 2.5]
			}
		})
	},
	{
		id: 'street-paths',
		spec: () => ({
			type: 'line',
			...from('transportation'),
			minzoom: 14,
			filter: classIs('service', 'path'),
			paint: {
				'line-color': colours.casing,
				'line-width': roadWidth(0),
				'line-dasharray': ['step', ['zoom'], ['literal', [1]], 15, ['literal', [2, 1]]]
			}
		})
	},
	{
		id: 'street-roads-casing',
		spec: () => ({
			type: 'line',
			...from('transportation'),
			minzoom: 12,
			filter: carriageways,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': colours.casing, 'line-width': roadWidth(2) }
		})
	},
	{
		id: 'street-roads',
		spec: () => ({
			type: 'line',
			...from('transportation'),
			filter: carriageways,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': [
					'match',
					['get', 'class'],
					['motorway', 'trunk'],
					THEME.map.expressway,
					['primary', 'secondary'],
					colours.major,
					colours.road
				],
				'line-width': roadWidth(0)
			}
		})
	}
] as const satisfies readonly StreetLayerEntry[];

const streetLabelPaint = (colour: string) => ({
	'text-color': colour,
	'text-halo-color': THEME.map.halo,
	'text-halo-width': 1.5
});
const labelSize: Expression = ['interpolate', ['linear'], ['zoom'], 13, 11, 17, 13];

/** Names: under the places' labels, which take precedence where they meet. */
export const STREET_LABELS = [
	{
		id: 'street-water-names',
		label: true,
		spec: (locale) => ({
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
			paint: streetLabelPaint(colours.waterLabel)
		})
	},
	{
		id: 'street-road-names',
		label: true,
		spec: (locale) => ({
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
			paint: streetLabelPaint(colours.label)
		})
	},
	{
		id: 'street-park-names',
		label: true,
		spec: (locale) => ({
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
			paint: streetLabelPaint(colours.parkLabel)
		})
	},
	{
		id: 'street-pois',
		label: true,
		spec: (locale) => ({
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
			paint: streetLabelPaint(colours.label)
		})
	}
] as const satisfies readonly StreetLayerEntry[];
