/**
 * What the explorer reads: each place's story, assembled at build time from the published facts,
 * articles and places. Plain types, not zod schemas: these objects never cross a trust boundary,
 * they are made by `buildAtlas` from data that was validated on the way in.
 */
import type { Disagreement, Fact } from './fact';
import type { PlaceProperties } from './place';
import type { TourChapter } from './tour';

/** A place as lists, search and panels need it: its properties plus where to frame it. */
export interface AtlasPlace extends PlaceProperties {
	/** [west, south, east, north] in WGS-84. */
	bbox: [number, number, number, number];
	/** A point inside the place, for labels and for placing the camera. */
	anchor: [number, number];
	/**
	 * For schematic and approximate places with a town: how much of the drawn shape lies outside
	 * that town and the district (`src/lib/content/spill.ts`). Absent for the others.
	 */
	spill?: PlaceSpill;
}

/** What a place's page says about its drawn shape: why so precise, where from, and its spill. */
export const GEOMETRY_FIELDS = [
	'precision_reason',
	'precision_reason_zh',
	'source',
	'licence',
	'spill'
] as const;
type GeometryFields = (typeof GEOMETRY_FIELDS)[number];

/**
 * What the explorer's index leaves out of a place: its geometry note (GEOMETRY_FIELDS), which
 * its story carries, its aliases, which only the build reads (search's names, mentions), and
 * where its Chinese name was recorded, which the open data's places.geojson carries (the explorer
 * only marks a name that is the atlas's own).
 */
export const OUT_OF_INDEX = [...GEOMETRY_FIELDS, 'aliases', 'name_zh_source'] as const;

/**
 * Where a place's Chinese name comes from, as the explorer's lists carry it: marked where the name
 * is the atlas's own ("translation"), and left out for a published name, whose record the open
 * data's places.geojson carries. The marks in lists and panels only ask whether a name is the
 * atlas's translation.
 */
export type TranslationOnly = { name_zh_source?: 'translation' };
export const translationOnly = (source: string): TranslationOnly =>
	source === 'translation' ? { name_zh_source: 'translation' } : {};

/**
 * A place as the explorer's index holds it: what lists, labels, the map's picks and the camera
 * need, so the index, which every page fetches, stays small as the atlas grows (its Chinese
 * name's source as TranslationOnly). A whole place (the planner's) is an entry too.
 */
export type PlaceEntry = Omit<AtlasPlace, (typeof OUT_OF_INDEX)[number]> & {
	name_zh_source?: string;
};

/** A place by name, as a story's lists name it. */
export type PlaceName = Pick<AtlasPlace, 'name_en' | 'name_zh'> & TranslationOnly;

/** The place's geometry note, as its story carries it. */
export type PlaceGeometry = Pick<AtlasPlace, 'precision' | GeometryFields>;

/** A sentence in both interface languages. */
export interface SpillDisclosure {
	en: string;
	zh: string;
}

/** How much of a schematic or approximate shape lies outside the town the articles name. */
export interface PlaceSpill {
	/** The town (place id) the articles name. */
	town: string;
	/** Share of the area (polygons) or length (lines) outside the town, 0..1; for points 0 or 1. */
	shareOutside: number;
	/** The same share outside the district. */
	outsideDistrict: number;
	/** Points only: metres from the point to the town's boundary, 0 when inside. */
	pointDistanceM?: number;
	/** The plain-words sentence when the spill is above SPILL_THRESHOLD; null when there is none. */
	disclosure: SpillDisclosure | null;
}

export interface StoryDisagreement extends Disagreement {
	/** The facts that disagree, all of them, so the panel can show each with its source. */
	members: Fact[];
}

export interface Story {
	id: string;
	/** Facts carrying a value (figures, targets, figures inside quotes). */
	figures: Fact[];
	/** Dated facts and events in time order: stated years first, then month-day only, then undated. */
	timeline: Fact[];
	agreements: Fact[];
	quotes: Fact[];
	/** Statements and layout facts without a figure or date. */
	statements: Fact[];
	/**
	 * Facts the articles state for the whole district that concern this place (their
	 * `mentioned_from`); they sit on the district and are shown here as district-wide.
	 */
	districtWide: Fact[];
	disagreements: StoryDisagreement[];
	related: {
		/** For a town: the places in it. */
		contains: string[];
		/** Other places in the same town (the town itself first). */
		town: string[];
		/** Parks, clusters and sites sharing an industry, most shared first. */
		industry: string[];
		/** Places within AXIS_REACH_KM of the One Axis; empty when this place is not near it. */
		axis: string[];
	};
	/**
	 * How many more places each relation has than its list holds (each list stops at
	 * RELATED_LIMIT, so a page does not grow with the atlas); the panel says so.
	 */
	relatedMore: Record<keyof Story['related'], number>;
	/**
	 * The names of the places the lists hold (a translated one marked), so a page shows them
	 * without carrying those places (its share of the explorer's index stays the place and its
	 * town).
	 */
	relatedNames: Record<string, PlaceName>;
	/** Articles that mention the place or carry a fact about it, in the articles' order. */
	articles: string[];
	/** How precisely the place is drawn, why, from what source, and how much of it spills. */
	geometry: PlaceGeometry;
}

export interface AtlasArticle {
	id: string;
	title: string;
	date: string | null;
}

/** Where a station or a line is: the camera frames its box; a station is a point (its anchor). */
export interface SearchSpot {
	/** [west, south, east, north] in WGS-84; a point's box has no size. */
	bbox: [number, number, number, number];
	anchor: [number, number];
}

export interface SearchEntry {
	/**
	 * `place` entries select the place; `fact` entries select the fact's first place; `station`
	 * and `line` entries (metro and Jiamin Line, from the basemap) move the map to them.
	 */
	type: 'place' | 'fact' | 'station' | 'line';
	/** Place id for place entries, fact id for fact entries, basemap feature id for the others. */
	id: string;
	/** The place a place or fact entry selects. */
	place?: string;
	/** Text shown in the result list. */
	label: string;
	/** Text shown in the result list in the Chinese interface, where it differs. */
	label_zh?: string;
	/** For places: where the Chinese name in the label comes from ("translation" is marked). */
	name_zh_source?: string;
	/** For metro stations: the lines that stop there (route numbers). */
	lines?: string[];
	/** For stations and lines: where the map goes. */
	spot?: SearchSpot;
	/** Folded names (name, Chinese name, aliases; the label for facts), to rank name matches first. */
	names: string[];
	/** Folded text the query is matched against. */
	terms: string;
}

export interface Atlas {
	/** Every place, ordered by kind then English name. */
	places: AtlasPlace[];
	stories: Record<string, Story>;
	articles: Record<string, AtlasArticle>;
	/** The guided tour's chapters, in order. */
	tour: TourChapter[];
	search: SearchEntry[];
}
