import { z } from 'zod';
import {
	BASEMAP_LAYERS,
	INDUSTRIES,
	LAYOUT_ROLES,
	PLACE_KINDS,
	PRECISIONS,
	SLUG
} from './vocabulary';

const Position = z.tuple([z.number(), z.number()]);
const Ring = z.array(Position);

export const Geometry = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('Point'), coordinates: Position }),
	z.strictObject({ type: z.literal('LineString'), coordinates: z.array(Position) }),
	z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position)) }),
	z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(Ring) }),
	z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring)) })
]);
export type Geometry = z.infer<typeof Geometry>;

export const PlaceProperties = z.strictObject({
	id: z.string().regex(SLUG, 'must be a lower-case slug such as "shanghai-medvalley"'),
	kind: z.enum(PLACE_KINDS),
	name_en: z.string().min(1),
	/** The Chinese name: in Chinese characters (an English name here is a slip). */
	name_zh: z.string().regex(/\p{Script=Han}/u, 'must be written in Chinese characters'),
	/**
	 * Where the Chinese name comes from: the reference feature that records it, or "translation"
	 * when it is the atlas's own (shown to readers as such).
	 */
	name_zh_source: z
		.string()
		.regex(
			/^translation$|\(.+\), recorded as "/,
			'must be "translation" or name the file that records the name'
		),
	/** Other names the articles or readers use ("MedValley", "上海医谷"); mention-finding and search use them. */
	aliases: z.array(z.string().min(1)),
	industries: z.array(z.enum(INDUSTRIES)),
	/** The town (place id) the place lies in, as the articles or the reference data say; null for district-wide places. */
	town: z.string().regex(SLUG).nullable(),
	layout_role: z.enum(LAYOUT_ROLES).nullable(),
	precision: z.enum(PRECISIONS),
	/** Why the geometry is as precise as `precision` says, in the curators' English. */
	precision_reason: z.string().min(10),
	/**
	 * `precision_reason` in Simplified Chinese, the atlas's translation (shown to readers as such):
	 * it says no more than the English.
	 */
	precision_reason_zh: z
		.string()
		.regex(/\p{Script=Han}/u, 'must be written in Chinese characters')
		.describe(
			"precision_reason in Simplified Chinese, the atlas's translation; it says no more than the English."
		),
	/** Where the geometry came from (dataset, OSM object, or how it was drawn). */
	source: z.string().min(5),
	licence: z.string().min(2)
});
export type PlaceProperties = z.infer<typeof PlaceProperties>;

export const Place = z.strictObject({
	type: z.literal('Feature'),
	id: z.string().regex(SLUG),
	properties: PlaceProperties,
	geometry: Geometry
});
export type Place = z.infer<typeof Place>;

export const Places = z.strictObject({
	type: z.literal('FeatureCollection'),
	features: z.array(Place)
});
export type Places = z.infer<typeof Places>;

/** Basemap context features carry only what the map draws and credits. */
export const BasemapFeature = z.strictObject({
	type: z.literal('Feature'),
	id: z.string().min(1),
	properties: z.strictObject({
		id: z.string().min(1),
		/** Which kind of context feature: the map styles each. */
		layer: z.enum(BASEMAP_LAYERS),
		name: z.string().optional(),
		name_en: z.string().optional(),
		/** For a metro station: the lines that stop there. */
		lines: z.array(z.string()).optional(),
		/** For a metro line: its route number. */
		route: z.string().optional(),
		/** For a Jiamin Line station: its place along the line. */
		order_from_south: z.number().optional(),
		/** How precise the position is, where the source says. */
		precision: z.string().optional(),
		source: z.string().min(2),
		licence: z.string().min(2)
	}),
	geometry: Geometry
});
export type BasemapFeature = z.infer<typeof BasemapFeature>;

export const BasemapLayer = z.strictObject({
	type: z.literal('FeatureCollection'),
	features: z.array(BasemapFeature)
});
export type BasemapLayer = z.infer<typeof BasemapLayer>;
