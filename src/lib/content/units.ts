/**
 * The words an article uses for each unit of a fact, to check that a fact's unit is the one its
 * quote gives (a figure in km² must not be published as hectares). Display words for the
 * interface are in src/lib/format.ts; these only recognise the articles' own wording.
 */
import type { Qualifier, Unit } from '../schema/vocabulary';

/** How a quote prints each unit; a fact's unit must be one the quote uses. `count` needs no word. */
export const UNIT_WORDS: Partial<Record<Unit, RegExp>> = {
	yuan: /yuan|RMB|元/i,
	usd: /US\$|dollar/i,
	km2: /square kilomet|km2|km²|sq\.? ?km/i,
	mu: /\bmu\b/i,
	ha: /hectare|\bha\b/i,
	sqm: /square met|sqm|m2|m²/i,
	percent: /percent|per cent|%/i,
	year: /\byears?\b/i,
	month: /\bmonths?\b/i,
	day: /\bdays?\b/i,
	hour: /\bhours?\b/i,
	cm: /\dcm\b|\bcm\b|centimet/i
};

/**
 * The words that give each qualifier in a quote: a fact "about" a figure needs "about" (or its
 * like) in its quote, and a quote that says "about" before the figure needs the qualifier.
 */
export const QUALIFIER_WORDS: Partial<Record<Qualifier, RegExp>> = {
	about: /\b(?:about|around|some|approximately|roughly|circa)\b/i,
	'more-than': /\b(?:more than|over|above|exceed(?:s|ed|ing)?|upwards of)\b/i,
	almost: /\b(?:almost|nearly|close to)\b/i,
	'at-least': /\bat least\b/i
};
