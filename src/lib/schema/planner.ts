/**
 * What the planner view reads: one row per cluster, park and site, measured at build time, with
 * per-town and per-industry summaries, the One Axis corridor at several widths, and the places
 * and figures to treat with care. Plain types: made by `buildPlanner` from validated content.
 */
import type { Polygon, MultiPolygon } from 'geojson';
import type { Fact } from './fact';
import type { PlaceSpill, StoryDisagreement } from './story';
import type { Industry, LayoutRole, PlaceKind, Precision } from './vocabulary';

export interface PlannerFigure {
	fact: string;
	article: string;
	label: string;
	/** The label in Chinese, the atlas's translation. */
	label_zh: string;
	kind: Fact['kind'];
	value: number;
	value_max?: number;
	unit: NonNullable<Fact['unit']>;
	qualifier?: Fact['qualifier'];
	year?: number;
}

export interface PlannerRow {
	id: string;
	name_en: string;
	name_zh: string;
	kind: PlaceKind;
	/** Town id, or null for district-wide places. */
	town: string | null;
	industries: Industry[];
	layout_role: LayoutRole | null;
	precision: Precision;
	/** The area an article states for the place, in km², with the fact it comes from. */
	statedArea: { km2: number; fact: string; article: string; printed: string } | null;
	/** How the place is drawn. */
	drawnAs: 'point' | 'line' | 'area';
	/** The area of the drawn geometry in km²; null for places drawn as a point or a line. */
	mappedAreaKm2: number | null;
	/** mapped / stated, when both exist. */
	areaRatio: number | null;
	/**
	 * The two areas differ by more than AREA_FLAG_RATIO either way. Never set for schematic
	 * geometry: a schematic disc drawn to the stated size is no measurement to compare.
	 */
	areaFlag: boolean;
	/**
	 * How much of a schematic or approximate shape lies outside its town and the district, with the
	 * sentence that says so above SPILL_THRESHOLD; null for exact places and places without a town.
	 */
	spill: PlaceSpill | null;
	/** Shortest distance to the One Axis in km (0 when on it). */
	axisKm: number;
	/**
	 * The nearest metro or Jiamin Line station to the place's label point, with the lines that stop
	 * there named in English (`line`) and in Chinese (`line_zh`).
	 */
	station: {
		name_zh: string;
		name_en: string | null;
		line: string;
		line_zh: string;
		km: number;
	} | null;
	/** Facts with a value (investment, output, enterprises, targets with their years). */
	figures: PlannerFigure[];
}

export interface PlannerSummary {
	/** Town id or industry. */
	key: string;
	clusters: number;
	places: number;
	facts: number;
	figures: number;
	/**
	 * Sum of the areas the articles state for its places, km², each place counted once: a place
	 * lying inside another whose area is stated is left out of the sum. Null when none is stated.
	 */
	statedKm2: number | null;
	/** Places with a stated area left out of the sum because they lie inside another. */
	nested: string[];
}

export interface PlannerCorridor {
	km: number;
	geometry: Polygon | MultiPolygon;
}

export interface PlannerGap {
	id: string;
	precision: Exclude<Precision, 'exact'>;
	reason: string;
	/** The reason in Chinese, the atlas's translation (`precision_reason_zh`). */
	reason_zh: string;
}

export interface Planner {
	rows: PlannerRow[];
	towns: PlannerSummary[];
	industries: PlannerSummary[];
	corridors: PlannerCorridor[];
	/** Places drawn approximately or schematically, with why. */
	gaps: PlannerGap[];
	disagreements: StoryDisagreement[];
}
