/**
 * The published data files: what the static build serves under /data, with their JSON Schemas.
 * One place decides each file's shape, so endpoints, tests and schemas agree.
 */
import { z } from 'zod';
import { Articles, SeedReports } from '../schema/article';
import { Disagreement, Facts } from '../schema/fact';
import { Places } from '../schema/place';
import type { Content } from './pipeline';

export const PUBLISHED_SCHEMAS = {
	places: Places,
	articles: Articles,
	facts: Facts,
	disagreements: z.array(Disagreement),
	seeds: SeedReports
} as const;
export type PublishedName = keyof typeof PUBLISHED_SCHEMAS;

export function publishedPlaces(content: Content) {
	return { type: 'FeatureCollection' as const, features: content.places };
}

export function publishedCoverage(content: Content) {
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

/** JSON Schema (draft 2020-12) of a published file, generated from its zod schema. */
export function jsonSchema(name: PublishedName) {
	return {
		$id: `/data/schema/${name}.schema.json`,
		title: `Jiading Atlas ${name}`,
		...z.toJSONSchema(PUBLISHED_SCHEMAS[name], { io: 'output' })
	};
}
