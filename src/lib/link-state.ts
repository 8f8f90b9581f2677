/**
 * What a link carries besides its path (the place or chapter) and its hash (the map's view): the
 * interface language and the explorer's legend choices, in the query.
 *
 *   /place/anting?lang=zh&hide=towns,leisure&industry=auto,hydrogen#12/31.29/121.17
 *
 * Parsing is strict about values and lenient about the link: a value the atlas does not know is
 * reported (the page says so) and left out, and the rest of the link still applies.
 */
import { LOCALES, type Locale } from '$lib/i18n/messages';
import { LAYER_GROUPS, type LayerGroup } from '$lib/map/style';
import { INDUSTRIES, type Industry } from '$lib/schema/vocabulary';

/** The atlas's parameters, in the order a link writes them. */
export const LINK_PARAMS = { hide: 'hide', industry: 'industry', lang: 'lang' } as const;
export type LinkParam = (typeof LINK_PARAMS)[keyof typeof LINK_PARAMS];

/** A value in a link that the atlas does not have. */
export interface UnknownValue {
	param: LinkParam;
	value: string;
}

/** The language a link asks for, or null when it asks for none (or for one the atlas lacks). */
export function linkLocale(query: URLSearchParams): Locale | null {
	const lang = query.get(LINK_PARAMS.lang);
	return lang !== null && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : null;
}

export interface LegendChoices {
	hidden: LayerGroup[];
	industries: Industry[];
}

function list<T extends string>(
	query: URLSearchParams,
	param: LinkParam,
	known: readonly T[],
	unknown: UnknownValue[]
): T[] {
	const values = (query.get(param) ?? '').split(',').filter(Boolean);
	for (const value of values)
		if (!(known as readonly string[]).includes(value)) unknown.push({ param, value });
	// In the vocabulary's order, each once, so one state has one link.
	return known.filter((k) => values.includes(k));
}

/** The legend choices a link asks for, and what in it the atlas does not have. */
export function linkLegend(query: URLSearchParams): LegendChoices & { unknown: UnknownValue[] } {
	const unknown: UnknownValue[] = [];
	const lang = query.get(LINK_PARAMS.lang);
	if (lang !== null && linkLocale(query) === null)
		unknown.push({ param: LINK_PARAMS.lang, value: lang });
	const groups = Object.keys(LAYER_GROUPS) as LayerGroup[];
	return {
		hidden: list(query, LINK_PARAMS.hide, groups, unknown),
		industries: list(query, LINK_PARAMS.industry, INDUSTRIES, unknown),
		unknown
	};
}

/** The query's values for the legend choices: null for a parameter that should be absent. */
export function legendParams({ hidden, industries }: LegendChoices) {
	const groups = (Object.keys(LAYER_GROUPS) as LayerGroup[]).filter((g) => hidden.includes(g));
	return {
		[LINK_PARAMS.hide]: groups.length ? groups.join(',') : null,
		[LINK_PARAMS.industry]: industries.length
			? INDUSTRIES.filter((i) => industries.includes(i)).join(',')
			: null
	};
}

/**
 * `search` with some parameters set or removed (null), the others kept. The atlas's own come
 * first, in LINK_PARAMS order, so one state has one link; commas stay readable. Returns "" for
 * an empty query, else "?…".
 */
export function withParams(search: string, changes: Record<string, string | null>): string {
	const query = new URLSearchParams(search);
	for (const [param, value] of Object.entries(changes)) {
		if (value === null) query.delete(param);
		else query.set(param, value);
	}
	const ours = Object.values(LINK_PARAMS) as string[];
	const rank = (param: string) => (ours.includes(param) ? ours.indexOf(param) : ours.length);
	// A stable sort: other parameters keep their order, after the atlas's own.
	const sorted = new URLSearchParams([...query].sort(([a], [b]) => rank(a) - rank(b)));
	const text = sorted.toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}
