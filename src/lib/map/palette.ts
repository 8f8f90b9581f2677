/**
 * Colours of the map and legend. Industry colours are distinct in hue and dark enough for 3:1
 * contrast against the paper (WCAG 1.4.11, non-text contrast); text is always ink with a white halo.
 */
import type { Industry } from '$lib/schema/vocabulary';

export const INDUSTRY_COLOURS: Record<Industry, string> = {
	'medical-equipment': '#0a6c94',
	'precision-medicine': '#6a3d9a',
	biopharma: '#237a3b',
	auto: '#b8322a',
	hydrogen: '#00808a',
	'mobility-design': '#c25100',
	'business-district': '#7d6200',
	leisure: '#b3246a'
};

/** Places without an industry (towns, the district). */
export const NEUTRAL = '#5b6170';

export const BASE = {
	paper: '#fbfaf7',
	outside: '#e9ebe4',
	neighbour: '#e2e4dc',
	neighbourLine: '#c4c6bb',
	districtLine: '#4a5468',
	townLine: '#8a8f98',
	water: '#bcd7ec',
	waterLine: '#8fb8d8',
	expressway: '#e3c79c',
	metro: '#9aa8bb',
	jiamin: '#5a6478',
	station: '#6b7280',
	ink: '#1d2433',
	inkSoft: '#4a5468',
	halo: '#ffffff',
	focus: '#111827',
	axis: '#237a3b'
} as const;
