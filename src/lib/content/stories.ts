/**
 * Builds the explorer's data from the pipeline's output: each place's story, related places,
 * a framing box and label anchor, and the search index. Pure and run at build time.
 */
import { along, area, bbox, booleanIntersects, buffer, length } from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { pinyin } from 'pinyin-pro';
import polylabel from 'polylabel';
import { AXIS_REACH_KM } from '../geo/extents';
import type { Fact } from '../schema/fact';
import type { BasemapLayer, Place } from '../schema/place';
import {
	translationOnly,
	type Atlas,
	type AtlasPlace,
	type PlaceGeometry,
	type SearchEntry,
	type Story,
	type StoryDisagreement
} from '../schema/story';
import type { TourChapter } from '../schema/tour';
import { PLACE_KINDS } from '../schema/vocabulary';
import type { Content } from './pipeline';
import { atPositions, positionsBy } from './lookup';
import { placeSpill } from './spill';
import { foldForComparison } from './text';

export const AXIS_ID = 'one-axis';

/** How finely a label point is sought: about 10 m, or a hundredth of a smaller shape's size. */
const LABEL_PRECISION_DEG = 0.0001;

/**
 * A polygon's visual centre: the point inside it farthest from its edges (its pole of
 * inaccessibility, https://github.com/mapbox/polylabel), sought with east-west degrees shortened
 * to their length on the ground here, so the distances it weighs are the map's.
 */
function visualCentre(rings: Position[][]): [number, number] {
	const [west, south, east, north] = bbox({ type: 'Polygon', coordinates: rings });
	const across = Math.cos(((south + north) / 2) * (Math.PI / 180));
	// polylabel answers a shape smaller than its step with a corner of the shape's box.
	const size = Math.min((east - west) * across, north - south);
	const [x, y] = polylabel(
		rings.map((ring) => ring.map(([lng, la]) => [lng! * across, la!] as [number, number])),
		Math.min(LABEL_PRECISION_DEG, size / 100)
	);
	return [x / across, y];
}

/**
 * A point inside the place where its name goes: a point's own position, a line's middle, and an
 * area's visual centre (of its largest part), away from its edges, so a name set beside it stays
 * inside; a shape cut by the district's edge, whose mean vertex lies near the cut, included.
 */
export function anchorOf(place: Pick<Place, 'geometry'>): [number, number] {
	const g = place.geometry;
	if (g.type === 'Point') return g.coordinates;
	if (g.type === 'LineString' || g.type === 'MultiLineString') {
		const line: Feature<LineString> = {
			type: 'Feature',
			properties: {},
			geometry: {
				type: 'LineString',
				coordinates: g.type === 'LineString' ? g.coordinates : g.coordinates.flat()
			}
		};
		return along(line, length(line) / 2).geometry.coordinates as [number, number];
	}
	const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const polygons = parts.map((coordinates): Feature<Polygon> => ({
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates }
	}));
	const largest = polygons.reduce((a, b) => (area(b) > area(a) ? b : a));
	return visualCentre(largest.geometry.coordinates).map((c) => Math.round(c * 1e6) / 1e6) as [
		number,
		number
	];
}

/** Sort key for the timeline: stated years first, in order; then month-day only; then undated. */
export function timeKey(fact: Pick<Fact, 'date' | 'year'>): string {
	if (fact.date && !fact.date.startsWith('--')) return `0 ${fact.date}`;
	if (fact.year) return `0 ${fact.year}`;
	if (fact.date) return `1 ${fact.date.slice(2)}`;
	return '2';
}

const byTime = (a: Fact, b: Fact) => timeKey(a).localeCompare(timeKey(b));

/** Which section of a story a fact belongs to. */
export function sectionOf(
	fact: Fact
): Exclude<keyof Story, 'id' | 'related' | 'articles' | 'disagreements'> {
	if (fact.value !== undefined) return 'figures';
	if (fact.kind === 'agreement') return 'agreements';
	if (fact.kind === 'quote') return 'quotes';
	if (fact.kind === 'date' || fact.kind === 'event' || fact.date || fact.year) return 'timeline';
	return 'statements';
}

const LISTED_KINDS = new Set(['cluster', 'site', 'leisure', 'axis']);

/** The most places a story lists for one relation (contains, town, industry, axis); the rest are counted. */
export const RELATED_LIMIT = 16;

function relatedPlaces(
	place: Place,
	places: Place[],
	nearAxis: Set<string>
): Pick<Story, 'related' | 'relatedMore' | 'relatedNames'> {
	const p = place.properties;
	const others = places.filter((o) => o.id !== place.id);
	const contains =
		p.kind === 'town' ? others.filter((o) => o.properties.town === place.id).map((o) => o.id) : [];
	const town = p.town
		? [p.town, ...others.filter((o) => o.properties.town === p.town).map((o) => o.id)]
		: [];
	const shared = (o: Place) =>
		o.properties.industries.filter((i) => p.industries.includes(i)).length;
	const industry =
		p.kind === 'district'
			? []
			: others
					.filter((o) => LISTED_KINDS.has(o.properties.kind) && shared(o) > 0)
					.sort((a, b) => shared(b) - shared(a))
					.map((o) => o.id);
	const axis =
		place.id === AXIS_ID
			? [...nearAxis]
			: nearAxis.has(place.id)
				? [AXIS_ID, ...[...nearAxis].filter((id) => id !== place.id)]
				: [];
	const lists = { contains, town, industry, axis };
	const each = <T>(f: (ids: string[]) => T) =>
		Object.fromEntries(Object.entries(lists).map(([k, ids]) => [k, f(ids)])) as Record<
			keyof typeof lists,
			T
		>;
	const related = each((ids) => ids.slice(0, RELATED_LIMIT));
	const named = new Set(Object.values(related).flat());
	return {
		related,
		relatedMore: each((ids) => Math.max(0, ids.length - RELATED_LIMIT)),
		relatedNames: Object.fromEntries(
			places
				.filter((o) => named.has(o.id))
				.map(({ id, properties: { name_en, name_zh, name_zh_source } }) => [
					id,
					{ name_en, name_zh, ...translationOnly(name_zh_source) }
				])
		)
	};
}

/** Places (other than towns and the district) within AXIS_REACH_KM of the One Axis. */
export function placesNearAxis(places: Place[]): Set<string> {
	const axis = places.find((p) => p.id === AXIS_ID);
	if (!axis) return new Set();
	const reach = buffer(axis as Feature, AXIS_REACH_KM, { units: 'kilometers' });
	if (!reach) return new Set();
	return new Set(
		places
			.filter((p) => LISTED_KINDS.has(p.properties.kind) && p.id !== AXIS_ID)
			.filter((p) => booleanIntersects(reach, p as Feature))
			.map((p) => p.id)
	);
}

/** The content by id, built once for all stories (see lookup.ts): positions in content order. */
export interface StoryIndex {
	/** Facts on each place. */
	factsOn: Map<string, number[]>;
	/** Facts mentioned from each place (`mentioned_from`). */
	mentionedFrom: Map<string, number[]>;
	factById: Map<string, Fact>;
	articleAt: Map<string, number[]>;
	/** Articles that mention each place. */
	mentionedIn: Map<string, number[]>;
}

export function indexContent(content: Content): StoryIndex {
	return {
		factsOn: positionsBy(content.facts, (f) => f.places),
		mentionedFrom: positionsBy(content.facts, (f) => f.mentioned_from),
		factById: new Map(content.facts.map((f) => [f.id, f])),
		articleAt: positionsBy(content.articles, (a) => [a.id]),
		mentionedIn: positionsBy(content.articles, (a) => a.mentions.map((m) => m.place))
	};
}

export function buildStory(
	place: Place,
	content: Content,
	nearAxis: Set<string>,
	index: StoryIndex = indexContent(content)
): Story {
	const facts = atPositions(content.facts, index.factsOn.get(place.id));
	const pick = (section: ReturnType<typeof sectionOf>) =>
		facts.filter((f) => sectionOf(f) === section);
	const disagreementIds = new Set(facts.map((f) => f.disagreement));
	const disagreements: StoryDisagreement[] = content.disagreements
		.filter((d) => disagreementIds.has(d.id))
		.map((d) => ({ ...d, members: d.facts.map((id) => index.factById.get(id)!) }));
	const articles = atPositions(
		content.articles,
		...facts.map((f) => index.articleAt.get(f.article)),
		index.mentionedIn.get(place.id)
	).map((a) => a.id);
	return {
		id: place.id,
		figures: pick('figures'),
		timeline: pick('timeline').sort(byTime),
		agreements: pick('agreements'),
		quotes: pick('quotes'),
		statements: pick('statements'),
		districtWide: atPositions(content.facts, index.mentionedFrom.get(place.id)),
		disagreements,
		...relatedPlaces(place, content.places, nearAxis),
		articles,
		geometry: geometryOf(place, content.places)
	};
}

/** The place's geometry note: its precision, the reason, the source and licence, and its spill. */
function geometryOf(place: Place, places: readonly Place[]): PlaceGeometry {
	const { precision, precision_reason, precision_reason_zh, source, licence } = place.properties;
	const spill = placeSpill(place, places);
	return {
		precision,
		precision_reason,
		precision_reason_zh,
		source,
		licence,
		...(spill && { spill })
	};
}

/**
 * A place for lists and panels: where to frame it, and how much of a schematic or approximate
 * shape lies outside its town (`places` holds every place, so the town can be found).
 */
export function atlasPlace(place: Place, places: readonly Place[]): AtlasPlace {
	const [w, s, e, n] = bbox(place as Feature);
	const spill = placeSpill(place, places);
	return {
		...place.properties,
		bbox: [w, s, e, n],
		anchor: anchorOf(place),
		...(spill && { spill })
	};
}

const kindOrder = (p: Place) => PLACE_KINDS.indexOf(p.properties.kind);

/**
 * The Chinese names in pinyin without tones, joined ("jiadingzitengyuan") and syllable by
 * syllable ("jia ding zi teng yuan"), so a reader who types a name in pinyin finds it. Search
 * only: the pinyin is never shown.
 */
export function pinyinNames(names: string[]): string[] {
	return names
		.filter((n) => /\p{Script=Han}/u.test(n))
		.flatMap((n) => {
			const syllables = pinyin(n, { toneType: 'none', type: 'array', nonZh: 'removed' });
			return [syllables.join(''), syllables.join(' ')];
		});
}

export function searchEntries(content: Content): SearchEntry[] {
	const places: SearchEntry[] = content.places.map((p) => {
		const { name_en, name_zh, aliases } = p.properties;
		const names = [name_en, name_zh, ...aliases, ...pinyinNames([name_zh, ...aliases])];
		return {
			type: 'place',
			id: p.id,
			place: p.id,
			label: `${p.properties.name_en} · ${p.properties.name_zh}`,
			label_zh: p.properties.name_zh,
			name_zh_source: p.properties.name_zh_source,
			names: names.map(foldForComparison),
			terms: foldForComparison([...names, p.id].join(' | '))
		};
	});
	const facts: SearchEntry[] = content.facts.map((f) => ({
		type: 'fact',
		id: f.id,
		place: f.places[0]!,
		label: f.label,
		// The atlas's translation: the Chinese interface shows it, marked, and finds the fact by it.
		// Last in the terms, so an English word's position (which ranks facts) stays as it was.
		label_zh: f.label_zh,
		names: [foldForComparison(f.label), foldForComparison(f.label_zh)],
		terms: foldForComparison(
			[f.label, f.quote, f.speaker ?? '', ...(f.parties ?? []), f.label_zh].join(' | ')
		)
	}));
	return [...places, ...facts, ...transitEntries(content.basemap)];
}

/**
 * Metro and Jiamin Line stations and lines from the basemap, so a reader can find the map around
 * a station ("Jiading Xincheng", "嘉定新城", "jiadingxincheng") or a line ("Line 11", "11号线").
 */
export function transitEntries(basemap: Content['basemap']): SearchEntry[] {
	const features = Object.values(basemap).flatMap((layer) => (layer as BasemapLayer).features);
	return features.flatMap((f): SearchEntry[] => {
		const { layer, name = '', name_en = '', lines } = f.properties;
		const station = layer === 'metro-station' || layer === 'jiamin-station';
		if (!station && layer !== 'metro-line' && layer !== 'jiamin-line') return [];
		const [w, so, e, n] = bbox(f as Feature);
		const anchor = station ? ([w, so] as [number, number]) : anchorOf(f);
		const names = [name_en, name, ...pinyinNames([name])].filter(Boolean);
		const stops = layer === 'metro-station' ? lines : undefined;
		// A Jiamin Line station is found by the line's name too.
		const line = layer === 'jiamin-station' ? ['Jiamin Line', '嘉闵线'] : [];
		return [
			{
				type: station ? 'station' : 'line',
				id: f.id,
				label: [name_en, name].filter(Boolean).join(' · '),
				// OpenStreetMap's Chinese name, as published.
				...(name && { label_zh: name }),
				...(stops && { lines: stops }),
				spot: { bbox: [w, so, e, n], anchor },
				names: names.map(foldForComparison),
				terms: foldForComparison(
					[...names, ...line, ...(stops ?? []).map((l) => `line ${l} ${l}号线`)].join(' | ')
				)
			}
		];
	});
}

export function buildAtlas(content: Content, tour: TourChapter[]): Atlas {
	const ordered = [...content.places].sort(
		(a, b) =>
			kindOrder(a) - kindOrder(b) || a.properties.name_en.localeCompare(b.properties.name_en)
	);
	const nearAxis = placesNearAxis(content.places);
	const index = indexContent(content);
	return {
		places: ordered.map((p) => atlasPlace(p, content.places)),
		stories: Object.fromEntries(
			ordered.map((p) => [p.id, buildStory(p, content, nearAxis, index)] as const)
		),
		articles: Object.fromEntries(
			content.articles.map((a) => [a.id, { id: a.id, title: a.title, date: a.date }] as const)
		),
		tour,
		search: searchEntries(content)
	};
}
