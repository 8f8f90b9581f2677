/** Closed vocabularies shared by the schemas, the pipeline and (later) the map legend. */

export const PLACE_KINDS = [
	'district',
	'town',
	'cluster',
	'axis',
	'site',
	'leisure',
	'transit',
	'water'
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const INDUSTRIES = [
	'medical-equipment',
	'precision-medicine',
	'biopharma',
	'auto',
	'hydrogen',
	'mobility-design',
	'business-district',
	'leisure'
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** How far a geometry can be trusted: exact ≈ survey/OSM (~50 m), approximate ≈ a few hundred metres, schematic = position or shape for orientation only. */
/** The kinds of context feature in geo/basemap/ (each feature's `layer`). */
export const BASEMAP_LAYERS = [
	'expressway',
	'metro-line',
	'metro-station',
	'jiamin-line',
	'jiamin-station',
	'neighbour',
	'water-area',
	'water-line'
] as const;

export const PRECISIONS = ['exact', 'approximate', 'schematic'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** The district's own description of the biopharma layout: "One Axis, One Town, Two Valleys, Two Zones". */
export const LAYOUT_ROLES = ['one-axis', 'one-town', 'two-valleys', 'two-zones'] as const;
export type LayoutRole = (typeof LAYOUT_ROLES)[number];

/** The district's place id: figures the articles give for all of Jiading sit here. */
export const DISTRICT_ID = 'jiading';

export const FACT_KINDS = [
	'figure',
	'target',
	'date',
	'event',
	'agreement',
	'quote',
	'layout',
	'claim'
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * What a claim (a statement without a figure) says about its place: the role it plays, what it is
 * part of or where it lies, an agreement or plan, a platform or facility it has or will have.
 */
export const CLAIM_TYPES = [
	'role',
	'part-of',
	'located-in',
	'relation',
	'plan',
	'platform',
	'facility'
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const UNITS = [
	'yuan',
	'usd',
	'km2',
	'mu',
	'ha',
	'sqm',
	'count',
	'percent',
	'year',
	'month',
	'day',
	'hour',
	'cm'
] as const;
export type Unit = (typeof UNITS)[number];

/** How a figure is hedged in the text ("more than 100 billion", "almost 200", "around 90"). */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'almost', 'at-least', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What a figure measures, for the planner's comparisons (see Fact.measures). */
export const MEASURES = ['site-area'] as const;
export type Measure = (typeof MEASURES)[number];

/** Slugs are the stable ids used in URLs: lower-case ASCII words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
