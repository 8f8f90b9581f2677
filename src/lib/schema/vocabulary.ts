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
export const PRECISIONS = ['exact', 'approximate', 'schematic'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** The district's own description of the biopharma layout: "One Axis, One Town, Two Valleys, Two Zones". */
export const LAYOUT_ROLES = ['one-axis', 'one-town', 'two-valleys', 'two-zones'] as const;
export type LayoutRole = (typeof LAYOUT_ROLES)[number];

export const FACT_KINDS = [
	'figure',
	'target',
	'date',
	'event',
	'agreement',
	'quote',
	'layout',
	'statement'
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

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
