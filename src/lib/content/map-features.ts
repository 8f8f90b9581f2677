/**
 * The GeoJSON the map draws: places with flat properties that style expressions can read
 * (a primary industry for colour, the industry list as a searchable string), and one label point
 * per place. Built from the published places, so the map and the data files never disagree.
 */
import type { FeatureCollection, Geometry as GeoJSONGeometry, Point } from 'geojson';
import type { AtlasPlace } from '../schema/story';
import type { Place } from '../schema/place';

export interface MapPlaceProperties {
	id: string;
	kind: string;
	name_en: string;
	name_zh: string;
	precision: string;
	/** The first industry, which sets the colour; "none" when the place has no industry. */
	industry: string;
	/** Every industry between spaces (" auto hydrogen "), so a filter can test ` auto ` as a substring. */
	industry_list: string;
	/** The place's role in "One Axis, One Town, Two Valleys, Two Zones", or "". */
	role: string;
}

function mapProperties(p: Place['properties']): MapPlaceProperties {
	return {
		id: p.id,
		kind: p.kind,
		name_en: p.name_en,
		name_zh: p.name_zh,
		precision: p.precision,
		industry: p.industries[0] ?? 'none',
		industry_list: ` ${p.industries.join(' ')} `,
		role: p.layout_role ?? ''
	};
}

export function mapPlaces(places: Place[]): FeatureCollection<GeoJSONGeometry, MapPlaceProperties> {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			id: p.id,
			properties: mapProperties(p.properties),
			geometry: p.geometry
		}))
	};
}

export function mapLabels(places: AtlasPlace[]): FeatureCollection<Point, MapPlaceProperties> {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			id: p.id,
			properties: mapProperties(p),
			geometry: { type: 'Point', coordinates: p.anchor }
		}))
	};
}
