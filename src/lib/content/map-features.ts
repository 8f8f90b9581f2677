/**
 * The GeoJSON the map draws, cut into its tiles (map-tiles.ts): places with flat properties that
 * style expressions can read (a primary industry for colour, the industry list as a searchable
 * string), and one label point per place. Built from the published places, so the map and the
 * data files never disagree.
 */
import { z } from 'zod';
import type { AtlasPlace } from '../schema/story';
import { Geometry, type Place } from '../schema/place';
import { INDUSTRIES, LAYOUT_ROLES, PLACE_KINDS, PRECISIONS } from '../schema/vocabulary';
import { pointMinZooms } from './thinning';

/**
 * Decimal places of computed coordinates: 6 is about 0.1 m, finer than any source here, and
 * what RFC 7946 §11.2 suggests (https://www.rfc-editor.org/rfc/rfc7946#section-11.2).
 */
export const COORDINATE_DECIMALS = 6;

const SCALE = 10 ** COORDINATE_DECIMALS;

/** A computed position rounded to COORDINATE_DECIMALS. */
export function roundPosition([lng, lat]: readonly [number, number]): [number, number] {
	return [Math.round(lng * SCALE) / SCALE, Math.round(lat * SCALE) / SCALE];
}

export const MapPlaceProperties = z.object({
	id: z.string(),
	kind: z.enum(PLACE_KINDS),
	name_en: z.string(),
	name_zh: z.string(),
	precision: z.enum(PRECISIONS),
	industry: z
		.enum([...INDUSTRIES, 'none'])
		.describe('The first industry, which sets the colour; "none" when the place has no industry.'),
	industry_list: z
		.string()
		.describe(
			'Every industry between spaces (" auto hydrogen "), so a filter can test " auto " as a substring.'
		),
	role: z
		.enum([...LAYOUT_ROLES, ''])
		.describe('The place\'s role in "One Axis, One Town, Two Valleys, Two Zones", or "".'),
	minzoom: z
		.number()
		.int()
		.min(0)
		.describe(
			'The zoom from which a point place is drawn, so crowded points wait for a closer view (src/lib/content/thinning.ts); 0 for shapes and lines.'
		)
});
export type MapPlaceProperties = z.infer<typeof MapPlaceProperties>;

const mapCollection = <G extends z.ZodType>(geometry: G) =>
	z.object({
		type: z.literal('FeatureCollection'),
		features: z.array(
			z.object({
				type: z.literal('Feature'),
				id: z.string(),
				properties: MapPlaceProperties,
				geometry
			})
		)
	});

/** /data/map/places.geojson: every place's geometry with flat style properties. */
export const MapPlaces = mapCollection(Geometry);
export type MapPlaces = z.infer<typeof MapPlaces>;

/** /data/map/labels.geojson: one point inside each place. */
export const MapLabels = mapCollection(
	z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) })
);
export type MapLabels = z.infer<typeof MapLabels>;

function mapProperties(p: Place['properties'], minZooms: Map<string, number>): MapPlaceProperties {
	return {
		id: p.id,
		kind: p.kind,
		name_en: p.name_en,
		name_zh: p.name_zh,
		precision: p.precision,
		industry: p.industries[0] ?? 'none',
		industry_list: ` ${p.industries.join(' ')} `,
		role: p.layout_role ?? '',
		minzoom: minZooms.get(p.id) ?? 0
	};
}

export function mapPlaces(places: Place[]): MapPlaces {
	const minZooms = pointMinZooms(places);
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			id: p.id,
			properties: mapProperties(p.properties, minZooms),
			geometry: p.geometry
		}))
	};
}

/**
 * Label points are computed (see anchorOf), so they are rounded like any computed position. A point
 * place's label waits for its point (`shapes`: the places' geometry, for the thinning).
 */
export function mapLabels(places: AtlasPlace[], shapes: Place[]): MapLabels {
	const minZooms = pointMinZooms(shapes);
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			id: p.id,
			properties: mapProperties(p, minZooms),
			geometry: { type: 'Point', coordinates: roundPosition(p.anchor) }
		}))
	};
}
