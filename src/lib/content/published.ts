/**
 * The published data files: what the static build serves under /data, with their JSON Schemas.
 * One place decides each file's shape, so endpoints, tests and schemas agree: the endpoints
 * under src/routes/data serve what the builders here return (or the content's own arrays), and
 * `publishedPayloads` produces every file the same way for the tests.
 */
import { rewind } from '@turf/turf';
import { z } from 'zod';
import { Articles, SeedReports } from '../schema/article';
import { Disagreement, Facts } from '../schema/fact';
import { BasemapLayer, Places, type Geometry } from '../schema/place';
import type { Atlas } from '../schema/story';
import { MapLabels, MapPlaces, mapLabels, mapPlaces } from './map-features';
import type { Content } from './pipeline';

const count = z.number().int().nonnegative();

export const PublishedCoverage = z
	.object({
		figures: count.describe('Figures the articles print (pull quotes repeating the body skipped).'),
		mapped: count.describe('Figures that are the value of a fact.'),
		unmapped: count.describe('Figures deliberately left without a fact, each with a reason.'),
		unaccounted: count.describe('Figures neither mapped nor unmapped; the build fails above 0.'),
		claims: z
			.object({
				total: count.describe('Sentences naming a place, counted once per place named.'),
				mapped: count.describe('Of those, statements that are a fact on the place.'),
				unmapped: count.describe('Statements deliberately left unmapped, each with a reason.'),
				unaccounted: count.describe(
					'Statements neither mapped nor unmapped; the build fails above 0.'
				)
			})
			.describe('Non-numeric statements about places (role, part of, located in, …).')
	})
	.describe('How much of what the articles say is mapped to facts: figures and claims apart.');
export type PublishedCoverage = z.infer<typeof PublishedCoverage>;

/**
 * The zod twin of `SearchEntry` (src/lib/schema/story.ts). `publishedSearch` checks at compile
 * time that every entry fits it; published-schemas.spec.ts fails on a key it does not list.
 */
export const SearchIndex = z
	.array(
		z.object({
			type: z
				.enum(['place', 'fact', 'station', 'line'])
				.describe(
					"`place` entries select the place; `fact` entries select the fact's first place; `station` and `line` entries move the map to them."
				),
			id: z
				.string()
				.describe(
					'Place id for place entries, fact id for fact entries, basemap feature id for stations and lines.'
				),
			place: z.string().optional().describe('The place a place or fact entry selects.'),
			label: z.string().describe('Text shown in the result list.'),
			label_zh: z
				.string()
				.optional()
				.describe('Text shown in the result list in the Chinese interface, where it differs.'),
			name_zh_source: z
				.string()
				.optional()
				.describe(
					'For places: where the Chinese name in the label comes from ("translation" is marked).'
				),
			lines: z
				.array(z.string())
				.optional()
				.describe('For metro stations: the lines that stop there (route numbers).'),
			spot: z
				.object({
					bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
					anchor: z.tuple([z.number(), z.number()])
				})
				.optional()
				.describe('For stations and lines: the box the map frames and a point inside it.'),
			names: z
				.array(z.string())
				.describe('Folded names (the label for facts), to rank name matches first.'),
			terms: z.string().describe('Folded text the query is matched against.')
		})
	)
	.describe('The search index: every place, fact, station and line, with folded text to match.');
export type SearchIndex = z.infer<typeof SearchIndex>;

export const PUBLISHED_SCHEMAS = {
	places: Places,
	'map-places': MapPlaces,
	'map-labels': MapLabels,
	basemap: BasemapLayer,
	articles: Articles,
	facts: Facts,
	disagreements: z.array(Disagreement),
	seeds: SeedReports,
	coverage: PublishedCoverage,
	search: SearchIndex
} as const;
export type PublishedName = keyof typeof PUBLISHED_SCHEMAS;

/**
 * Every published file: its route under src/routes/data and the schema it follows. `[layer]`
 * stands for each basemap layer.
 */
export const PUBLISHED_FILES = [
	{ route: '/data/places.geojson', schema: 'places' },
	{ route: '/data/map/places.geojson', schema: 'map-places' },
	{ route: '/data/map/labels.geojson', schema: 'map-labels' },
	{ route: '/data/basemap/[layer].geojson', schema: 'basemap' },
	{ route: '/data/articles.json', schema: 'articles' },
	{ route: '/data/facts.json', schema: 'facts' },
	{ route: '/data/disagreements.json', schema: 'disagreements' },
	{ route: '/data/seeds.json', schema: 'seeds' },
	{ route: '/data/coverage.json', schema: 'coverage' },
	{ route: '/data/search.json', schema: 'search' }
] as const satisfies readonly { route: string; schema: PublishedName }[];

/**
 * The geometry as RFC 7946 §3.1.6 wants it: outer rings counter-clockwise, holes clockwise
 * (https://www.rfc-editor.org/rfc/rfc7946#section-3.1.6). Only polygons: turf's `rewind` would
 * also turn lines clockwise, and a line's direction means something (the Jiamin Line runs north).
 */
export function rfc7946Geometry<G extends { type: string }>(geometry: G): G {
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
	return rewind(geometry as unknown as Parameters<typeof rewind>[0]) as unknown as G;
}

function rfc7946Features<F extends { geometry: Geometry }>(features: F[]): F[] {
	return features.map((f) => ({ ...f, geometry: rfc7946Geometry(f.geometry) }));
}

export function publishedPlaces(content: Content): Places {
	return { type: 'FeatureCollection', features: rfc7946Features(content.places) };
}

/** Places as the map draws them: the published geometry, flat style properties. */
export function publishedMapPlaces(content: Content): MapPlaces {
	return mapPlaces(publishedPlaces(content).features);
}

/** One label point per place, inside the place (see anchorOf in stories.ts). */
export function publishedMapLabels(content: Content, atlas: Atlas): MapLabels {
	return mapLabels(atlas.places, content.places);
}

export function basemapLayerNames(content: Content): string[] {
	return Object.keys(content.basemap);
}

/** A basemap layer as published, or undefined when there is none by that name. */
export function publishedBasemapLayer(content: Content, name: string): BasemapLayer | undefined {
	if (!Object.hasOwn(content.basemap, name)) return undefined;
	// The pipeline has checked every layer against BasemapLayer; parsing gives it its type.
	const layer = BasemapLayer.parse(content.basemap[name]);
	return { ...layer, features: rfc7946Features(layer.features) };
}

export function publishedCoverage(content: Content): PublishedCoverage {
	const { figures, mapped, unmapped } = content.coverage;
	const claims = content.claimCoverage;
	return {
		figures,
		mapped,
		unmapped,
		unaccounted: content.coverage.unaccounted.length,
		claims: {
			total: claims.total,
			mapped: claims.mapped,
			unmapped: claims.unmapped,
			unaccounted: claims.unaccounted.length
		}
	};
}

export function publishedSearch(atlas: Atlas): SearchIndex {
	return atlas.search;
}

/** A published file as the static build writes it: its path, schema and body. */
export interface PublishedPayload {
	path: string;
	schema: PublishedName;
	body: unknown;
}

/** Every published file with the body its endpoint serves, for tests that check them all. */
export function publishedPayloads(content: Content, atlas: Atlas): PublishedPayload[] {
	const single = {
		places: publishedPlaces(content),
		'map-places': publishedMapPlaces(content),
		'map-labels': publishedMapLabels(content, atlas),
		articles: content.articles,
		facts: content.facts,
		disagreements: content.disagreements,
		seeds: content.seedReports,
		coverage: publishedCoverage(content),
		search: publishedSearch(atlas)
	} satisfies Record<Exclude<PublishedName, 'basemap'>, unknown>;
	return PUBLISHED_FILES.flatMap(({ route, schema }): PublishedPayload[] =>
		schema === 'basemap'
			? basemapLayerNames(content).map((layer) => ({
					path: route.replace('[layer]', layer),
					schema,
					body: publishedBasemapLayer(content, layer)
				}))
			: [{ path: route, schema, body: single[schema] }]
	);
}

/** JSON Schema (draft 2020-12) of a published file, generated from its zod schema. */
export function jsonSchema(name: PublishedName) {
	return {
		$id: `/data/schema/${name}.schema.json`,
		title: `Jiading Atlas ${name}`,
		...z.toJSONSchema(PUBLISHED_SCHEMAS[name], { io: 'output' })
	};
}
