/**
 * The planner's table as data: filtering, sorting and the exports (CSV, GeoJSON). Pure, so the
 * page and the tests share it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Locale } from '$lib/i18n/messages';
import type { Fact } from '$lib/schema/fact';
import type { PlannerFigure, PlannerRow } from '$lib/schema/planner';
import type { Industry, LayoutRole } from '$lib/schema/vocabulary';

export interface RowFilter {
	industry: Industry | null;
	town: string | null;
	/** A layout role, `none` for places outside the layout, or null for all. */
	role: LayoutRole | 'none' | null;
}

export const SORT_KEYS = [
	'name',
	'town',
	'role',
	'statedArea',
	'mappedArea',
	'areaRatio',
	'axisKm',
	'stationKm',
	'figures'
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface RowSort {
	key: SortKey;
	direction: 'ascending' | 'descending';
}

export function filterRows(rows: PlannerRow[], filter: RowFilter): PlannerRow[] {
	return rows.filter(
		(r) =>
			(!filter.industry || r.industries.includes(filter.industry)) &&
			(!filter.town || r.town === filter.town) &&
			(!filter.role || (r.layout_role ?? 'none') === filter.role)
	);
}

function sortValue(row: PlannerRow, key: SortKey, locale: Locale): string | number | null {
	switch (key) {
		case 'name':
			return locale === 'zh' ? row.name_zh : row.name_en;
		case 'town':
			return row.town;
		case 'role':
			return row.layout_role;
		case 'statedArea':
			return row.statedArea?.km2 ?? null;
		case 'mappedArea':
			return row.mappedAreaKm2;
		case 'areaRatio':
			return row.areaRatio;
		case 'axisKm':
			return row.axisKm;
		case 'stationKm':
			return row.station?.km ?? null;
		case 'figures':
			return row.figures.length;
	}
}

/**
 * Sorted copy; rows without a value go last in either direction; ties by name. Names sort in the
 * interface language (Chinese names by pinyin).
 */
export function sortRows(rows: PlannerRow[], sort: RowSort, locale: Locale = 'en'): PlannerRow[] {
	const sign = sort.direction === 'ascending' ? 1 : -1;
	const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-CN' : 'en');
	return [...rows].sort((a, b) => {
		const x = sortValue(a, sort.key, locale);
		const y = sortValue(b, sort.key, locale);
		if (x === null && y !== null) return 1;
		if (y === null && x !== null) return -1;
		const order =
			x === null || y === null
				? 0
				: typeof x === 'number' && typeof y === 'number'
					? x - y
					: collator.compare(String(x), String(y));
		return sign * order || collator.compare(a.name_en, b.name_en);
	});
}

const round = (n: number | null | undefined, digits: number) =>
	n === null || n === undefined ? '' : String(Math.round(n * 10 ** digits) / 10 ** digits);

/** A figure as the CSV lists it, after its label in English or (`label_zh`) in Chinese. */
function figureText(f: PlannerFigure, label: 'label' | 'label_zh' = 'label'): string {
	const amount = f.value_max !== undefined ? `${f.value}–${f.value_max}` : String(f.value);
	return `${f[label]}: ${f.qualifier && f.qualifier !== 'exact' ? `${f.qualifier} ` : ''}${amount} ${f.unit}${f.year ? ` (${f.kind === 'target' ? 'target ' : ''}${f.year})` : ''} [${f.fact}]`;
}

export const CSV_COLUMNS = [
	'id',
	'name_en',
	'name_zh',
	'kind',
	'town',
	'industries',
	'layout_role',
	'precision',
	'stated_area_km2',
	'stated_area_fact',
	'mapped_area_km2',
	'mapped_to_stated',
	'area_difference_flagged',
	'share_outside_town',
	'share_outside_district',
	'outside_town_note',
	'outside_town_note_zh',
	'one_axis_km',
	'nearest_station',
	'nearest_station_en',
	'nearest_station_line',
	'nearest_station_km',
	'key_figures',
	'key_figures_zh'
] as const;

/**
 * A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets
 * a leading apostrophe, so it opens as text; numbers stay numbers.
 */
function field(value: string): string {
	const safe =
		/^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows as CSV (UTF-8, header first, CRLF line ends); figures name the fact they come from,
 * under their English label in `key_figures` and their Chinese one (the atlas's translation) in
 * `key_figures_zh`.
 */
export function rowsToCsv(rows: PlannerRow[]): string {
	const lines = rows.map((r) =>
		[
			r.id,
			r.name_en,
			r.name_zh,
			r.kind,
			r.town ?? '',
			r.industries.join('; '),
			r.layout_role ?? '',
			r.precision,
			round(r.statedArea?.km2, 4),
			r.statedArea?.fact ?? '',
			round(r.mappedAreaKm2, 4),
			round(r.areaRatio, 3),
			r.areaFlag ? 'yes' : '',
			round(r.spill?.shareOutside, 3),
			round(r.spill?.outsideDistrict, 3),
			r.spill?.disclosure?.en ?? '',
			r.spill?.disclosure?.zh ?? '',
			round(r.axisKm, 3),
			r.station?.name_zh ?? '',
			r.station?.name_en ?? '',
			r.station?.line ?? '',
			round(r.station?.km, 3),
			r.figures.map((f) => figureText(f)).join('; '),
			r.figures.map((f) => figureText(f, 'label_zh')).join('; ')
		]
			.map(field)
			.join(',')
	);
	return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}

/**
 * The listed places as a FeatureCollection: each place's geometry and provenance, its measures,
 * and its facts with their verbatim quotes and articles.
 */
export function rowsToGeoJson(
	rows: PlannerRow[],
	places: FeatureCollection<Geometry, Record<string, unknown>>,
	facts: Fact[]
): FeatureCollection {
	const features = rows.flatMap((row): Feature[] => {
		const place = places.features.find((f) => f.id === row.id);
		if (!place) return [];
		return [
			{
				type: 'Feature',
				id: row.id,
				geometry: place.geometry,
				properties: {
					...place.properties,
					stated_area_km2: row.statedArea?.km2 ?? null,
					mapped_area_km2: row.mappedAreaKm2,
					outside_town: row.spill,
					one_axis_km: row.axisKm,
					nearest_station: row.station,
					facts: facts
						.filter((f) => f.places.includes(row.id))
						.map((f) => ({
							id: f.id,
							article: f.article,
							kind: f.kind,
							label: f.label,
							label_zh: f.label_zh,
							quote: f.quote,
							...(f.value !== undefined && { value: f.value, unit: f.unit }),
							...(f.year !== undefined && { year: f.year }),
							...(f.date && { date: f.date })
						}))
				}
			}
		];
	});
	return { type: 'FeatureCollection', features };
}
