/**
 * The planner's measures as columns: the core ones the table always shows (sized to fit its pane
 * without scrolling sideways), and the optional ones a reader adds. The cards on phones list them
 * all and sort by the same keys.
 */
import type { MessageKey } from '$lib/i18n/messages';
import type { SortKey } from './table';

export interface Column {
	/** What a click on its header sorts by; null when it does not sort. */
	key: SortKey | null;
	label: MessageKey;
	numeric: boolean;
}

export const CORE_COLUMNS: readonly Column[] = [
	{ key: 'name', label: 'planner.col.name', numeric: false },
	{ key: 'town', label: 'planner.col.town', numeric: false },
	{ key: null, label: 'planner.col.industries', numeric: false },
	{ key: 'statedArea', label: 'planner.col.stated', numeric: true },
	{ key: 'mappedArea', label: 'planner.col.mapped', numeric: true },
	{ key: 'areaRatio', label: 'planner.col.ratio', numeric: true },
	{ key: 'axisKm', label: 'planner.col.axis', numeric: true },
	{ key: 'stationKm', label: 'planner.col.station', numeric: false }
];

export const OPTIONAL_KEYS = ['role', 'figures'] as const;
export type OptionalKey = (typeof OPTIONAL_KEYS)[number];

export const OPTIONAL_COLUMNS: readonly (Column & { key: OptionalKey })[] = [
	{ key: 'role', label: 'planner.col.role', numeric: false },
	// The number of key figures; the figures themselves are in each row's details.
	{ key: 'figures', label: 'planner.col.figures', numeric: true }
];

/** Every column that sorts, in the table's order (the cards' "Sort by" list). */
export const SORTABLE_COLUMNS = [...CORE_COLUMNS, ...OPTIONAL_COLUMNS].filter(
	(c): c is Column & { key: SortKey } => c.key !== null
);

/** A measure as the table and the cards print it: km² to three decimals, km to two. */
export const fixed = (n: number, digits = 2) => n.toFixed(digits);

/**
 * A column's label split before its unit, "Stated area (km²)" → "Stated area", " ", "(km²)", so
 * the unit can be kept on one line when the header wraps (the Chinese "（平方公里）" likewise).
 */
export function splitUnit(label: string): { text: string; gap: string; unit: string | null } {
	const match = /^(.*?)(\s*)([(（][^()（）]*[)）])$/u.exec(label);
	return match
		? { text: match[1]!, gap: match[2]!, unit: match[3]! }
		: { text: label, gap: '', unit: null };
}
