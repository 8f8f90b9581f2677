/**
 * The planner's data, built at build time from the pipeline's content: measured rows, summaries,
 * the One Axis corridor at several widths, and the places and figures to treat with care. Pure.
 */
import { bbox, booleanPointInPolygon, buffer, truncate } from '@turf/turf';
import type { BBox, Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { areaKm2, distanceToLineKm, pointKm } from '../geo/measures';
import type { Fact } from '../schema/fact';
import type { Place } from '../schema/place';
import type {
	Planner,
	PlannerFigure,
	PlannerRow,
	PlannerSummary,
	PlannerCorridor
} from '../schema/planner';
import { INDUSTRIES } from '../schema/vocabulary';
import { SQUARE_METRES } from './fact-checks';
import type { Content } from './pipeline';
import { atPositions, positionsBy } from './lookup';
import { placeSpill } from './spill';
import { anchorOf, AXIS_ID } from './stories';

/** Kinds the table lists: clusters and parks, sites, and leisure parks. */
export const ROW_KINDS = ['cluster', 'site', 'leisure'] as const;
/** Mapped and stated areas differing by more than this factor, either way, are flagged. */
export const AREA_FLAG_RATIO = 1.5;
/** Corridor widths offered, km either side of the One Axis. */
export const CORRIDOR_KM = [0.5, 1, 1.5, 2, 3, 4, 5] as const;

interface Station {
	name_zh: string;
	name_en: string | null;
	line: string;
	line_zh: string;
	at: [number, number];
}

/** Metro and Jiamin Line stations from the basemap layers. */
export function stationsOf(basemap: Content['basemap']): Station[] {
	type Layer = {
		features: {
			properties: { layer: string; name?: string; name_en?: string; lines?: string[] };
			geometry: { type: string; coordinates: [number, number] };
		}[];
	};
	const layers = [basemap['metro-stations'], basemap['jiamin-line']] as (Layer | undefined)[];
	return layers.flatMap((layer) =>
		(layer?.features ?? [])
			.filter((f) => f.geometry.type === 'Point')
			.map((f) => {
				const jiamin = f.properties.layer === 'jiamin-station';
				const lines = f.properties.lines ?? [];
				return {
					name_zh: f.properties.name ?? '',
					name_en: f.properties.name_en ?? null,
					line: jiamin ? 'Jiamin Line (under construction)' : `Line ${lines.join(', ')}`,
					line_zh: jiamin ? '嘉闵线（在建）' : `${lines.join('、')}号线`,
					at: f.geometry.coordinates
				};
			})
	);
}

function statedArea(facts: Fact[]): PlannerRow['statedArea'] {
	const fact = facts.find((f) => f.measures === 'site-area');
	if (!fact || fact.value === undefined || !fact.unit || !(fact.unit in SQUARE_METRES)) return null;
	const km2 = (fact.value * SQUARE_METRES[fact.unit as keyof typeof SQUARE_METRES]) / 1e6;
	return { km2, fact: fact.id, article: fact.article, printed: fact.quote };
}

/**
 * Mapped area over stated area, and whether they differ by more than AREA_FLAG_RATIO either way.
 * A schematic shape drawn to the stated size measures nothing, so it is never flagged.
 */
export function compareAreas(
	statedKm2: number | null,
	mappedKm2: number | null,
	precision: Place['properties']['precision']
): { ratio: number | null; flagged: boolean } {
	if (statedKm2 === null || mappedKm2 === null || statedKm2 <= 0)
		return { ratio: null, flagged: false };
	const ratio = mappedKm2 / statedKm2;
	const far = ratio > AREA_FLAG_RATIO || ratio < 1 / AREA_FLAG_RATIO;
	return { ratio, flagged: precision !== 'schematic' && far };
}

function figuresOf(facts: Fact[]): PlannerFigure[] {
	return facts
		.filter((f) => f.value !== undefined && f.unit)
		.map((f) => ({
			fact: f.id,
			article: f.article,
			label: f.label,
			label_zh: f.label_zh,
			kind: f.kind,
			value: f.value!,
			...(f.value_max !== undefined && { value_max: f.value_max }),
			unit: f.unit!,
			...(f.qualifier && { qualifier: f.qualifier }),
			...(f.year !== undefined && { year: f.year })
		}));
}

/**
 * What rows and summaries look up, built once (see lookup.ts): facts on each place, in content
 * order, and each place's anchor and box, which the nesting test asks for pair by pair.
 */
interface PlannerIndex {
	factsOn: Map<string, number[]>;
	anchor: (place: Place) => [number, number];
	box: (place: Place) => BBox;
}

function indexContent(content: Content): PlannerIndex {
	const anchors = new Map<Place, [number, number]>();
	const boxes = new Map<Place, BBox>();
	return {
		factsOn: positionsBy(content.facts, (f) => f.places),
		anchor: (place) => {
			if (!anchors.has(place)) anchors.set(place, anchorOf(place));
			return anchors.get(place)!;
		},
		box: (place) => {
			if (!boxes.has(place)) boxes.set(place, bbox(place as Feature, { recompute: true }));
			return boxes.get(place)!;
		}
	};
}

function row(
	place: Place,
	content: Content,
	axis: LineString,
	stations: Station[],
	index: PlannerIndex
): PlannerRow {
	const p = place.properties;
	const facts = atPositions(content.facts, index.factsOn.get(place.id));
	const stated = statedArea(facts);
	const mapped = areaKm2(place.geometry);
	const { ratio, flagged } = compareAreas(stated?.km2 ?? null, mapped, p.precision);
	const anchor = index.anchor(place);
	const nearest = stations
		.map((s) => ({ s, km: pointKm(anchor, s.at) }))
		.sort((a, b) => a.km - b.km)[0];
	return {
		id: place.id,
		name_en: p.name_en,
		name_zh: p.name_zh,
		kind: p.kind,
		town: p.town,
		industries: p.industries,
		layout_role: p.layout_role,
		precision: p.precision,
		drawnAs: place.geometry.type.includes('Point')
			? 'point'
			: place.geometry.type.includes('LineString')
				? 'line'
				: 'area',
		statedArea: stated,
		mappedAreaKm2: mapped,
		areaRatio: ratio,
		areaFlag: flagged,
		spill: placeSpill(place, content.places),
		axisKm: distanceToLineKm(place.geometry, axis),
		station: nearest
			? {
					name_zh: nearest.s.name_zh,
					name_en: nearest.s.name_en,
					line: nearest.s.line,
					line_zh: nearest.s.line_zh,
					km: nearest.km
				}
			: null,
		figures: figuresOf(facts)
	};
}

/** Whether a place lies inside another's polygon (its label point does). */
function inside(place: Place, other: Place, index: PlannerIndex): boolean {
	const g = other.geometry;
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return false;
	const [x, y] = index.anchor(place);
	// A point outside the polygon's box is outside the polygon; the box test is the cheap one.
	const [w, s, e, n] = index.box(other);
	if (x < w || x > e || y < s || y > n) return false;
	return booleanPointInPolygon([x, y], g);
}

function summary(
	key: string,
	places: Place[],
	rows: PlannerRow[],
	rowById: Map<string, PlannerRow>,
	content: Content,
	index: PlannerIndex
): PlannerSummary {
	const ids = new Set(places.map((p) => p.id));
	const facts = atPositions(content.facts, ...[...ids].map((id) => index.factsOn.get(id)));
	const stated = places.filter((p) => rowById.get(p.id)?.statedArea);
	// A place inside another whose area is stated is already counted in that one.
	const nested = stated.filter((p) => stated.some((o) => o.id !== p.id && inside(p, o, index)));
	const counted = stated.filter((p) => !nested.includes(p));
	return {
		key,
		clusters: places.filter((p) => p.properties.kind === 'cluster').length,
		places: rows.filter((r) => ids.has(r.id)).length,
		facts: facts.length,
		figures: facts.filter((f) => f.value !== undefined).length,
		statedKm2: counted.length
			? counted.reduce((sum, p) => sum + rowById.get(p.id)!.statedArea!.km2, 0)
			: null,
		nested: nested.map((p) => p.id)
	};
}

function corridors(axis: Place): PlannerCorridor[] {
	return CORRIDOR_KM.map((km) => {
		const zone = buffer(axis as Feature, km, { units: 'kilometers', steps: 16 })!;
		const geometry = truncate(zone, { precision: 5 }).geometry as Polygon | MultiPolygon;
		return { km, geometry };
	});
}

export function buildPlanner(content: Content): Planner {
	const axisPlace = content.places.find((p) => p.id === AXIS_ID);
	if (!axisPlace || axisPlace.geometry.type !== 'LineString')
		throw new Error(`geo/places.geojson: "${AXIS_ID}" must be a LineString for the planner`);
	const axis = axisPlace.geometry as LineString;
	const stations = stationsOf(content.basemap);
	const listed = content.places.filter((p) =>
		(ROW_KINDS as readonly string[]).includes(p.properties.kind)
	);
	const index = indexContent(content);
	const rows = listed
		.map((p) => row(p, content, axis, stations, index))
		.sort((a, b) => a.name_en.localeCompare(b.name_en));
	const rowById = new Map(rows.map((r) => [r.id, r]));
	const towns = content.places
		.filter((p) => p.properties.kind === 'town')
		.map((town) =>
			summary(
				town.id,
				[town, ...listed.filter((p) => p.properties.town === town.id)],
				rows,
				rowById,
				content,
				index
			)
		);
	const industries = INDUSTRIES.map((industry) =>
		summary(
			industry,
			listed.filter((p) => p.properties.industries.includes(industry)),
			rows,
			rowById,
			content,
			index
		)
	).filter((s) => s.places > 0);
	const factById = new Map(content.facts.map((f) => [f.id, f]));
	return {
		rows,
		towns,
		industries,
		corridors: corridors(axisPlace),
		gaps: content.places
			.filter((p) => p.properties.precision !== 'exact')
			.map((p) => ({
				id: p.id,
				precision: p.properties.precision as 'approximate' | 'schematic',
				reason: p.properties.precision_reason,
				reason_zh: p.properties.precision_reason_zh
			})),
		disagreements: content.disagreements.map((d) => ({
			...d,
			members: d.facts.map((id) => factById.get(id)!)
		}))
	};
}
