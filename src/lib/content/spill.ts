/**
 * Honest shapes (issue 11, item 6): how much of a schematic or approximate place lies outside the
 * town the articles name, and outside the district, with a plain-words sentence in English and
 * Chinese when that is more than SPILL_THRESHOLD. Pure and run at build time.
 */
import {
	area,
	bbox,
	bboxClip,
	booleanPointInPolygon,
	buffer,
	distance,
	featureCollection,
	intersect,
	pointToPolygonDistance
} from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Place, PlaceProperties } from '../schema/place';
import type { PlaceSpill, SpillDisclosure } from '../schema/story';
import { DISTRICT_ID } from '../schema/vocabulary';

/** A spill above this share (of area or length) is said in words; so is a point outside its town. */
export const SPILL_THRESHOLD = 0.05;
/**
 * Town boundaries are themselves known only to about this: the district outline (from which three
 * towns are derived) and the OpenStreetMap town boundaries differ by up to about 120 m. What lies
 * within this margin of its town counts as inside, so a moat that is the town's edge does not spill.
 */
export const BOUNDARY_MARGIN_M = 100;
/** Lines are measured in pieces no longer than this, each counted in or out by its midpoint. */
const LINE_STEP_KM = 0.01;

type Area = Polygon | MultiPolygon;
type Names = Pick<PlaceProperties, 'name_en' | 'name_zh'>;
/** What the spill is measured on, without the sentence. */
export type Spill = Omit<PlaceSpill, 'disclosure'>;

const asFeature = (geometry: Area): Feature<Area> => ({
	type: 'Feature',
	properties: {},
	geometry
});

function areaOf(place: Place, field: string): Area {
	const g = place.geometry;
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon')
		throw new Error(`geo/places.geojson: "${place.id}", field "${field}": must be a polygon`);
	return g;
}

/** Share of a polygon's area outside another polygon, 0..1. */
export function areaShareOutside(shape: Area, within: Area): number {
	const total = area(shape);
	if (total === 0) return 0;
	const common = intersect(featureCollection([asFeature(shape), asFeature(within)]));
	const inside = common ? area(common) : 0;
	return clamp(1 - inside / total);
}

/** Share of a line's length outside a polygon, 0..1, measured in pieces of LINE_STEP_KM. */
export function lineShareOutside(parts: Position[][], within: Area): number {
	let total = 0;
	let outside = 0;
	for (const part of parts) {
		for (let i = 1; i < part.length; i++) {
			const [a, b] = [part[i - 1]!, part[i]!];
			const km = distance(a, b, { units: 'kilometers' });
			const pieces = Math.max(1, Math.ceil(km / LINE_STEP_KM));
			for (let k = 0; k < pieces; k++) {
				const t = (k + 0.5) / pieces;
				const mid = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
				if (!booleanPointInPolygon(mid, within)) outside += km / pieces;
			}
			total += km;
		}
	}
	return total === 0 ? 0 : clamp(outside / total);
}

/** Metres from a point to a polygon's boundary when it lies outside; 0 inside or on the edge. */
export function pointDistanceOutsideM(point: Position, within: Area): number {
	if (booleanPointInPolygon(point, within)) return 0;
	return Math.max(0, pointToPolygonDistance(point, within, { units: 'meters' }));
}

const clamp = (share: number) => Math.min(1, Math.max(0, share));

/** Degrees of latitude per metre, near enough for widening a search box. */
const DEGREES_PER_M = 1 / 111_320;

/**
 * The part of a boundary near a place: within its box widened by twice BOUNDARY_MARGIN_M. Inside
 * the place's box it answers "inside?" and "within the margin?" exactly as the whole boundary
 * does, and intersections and buffers of whole towns are slow. Null when none of it comes near.
 */
function boundaryNear(boundary: Area, place: Place): MultiPolygon | null {
	const [w, s, e, n] = bbox(place.geometry);
	const dLat = 2 * BOUNDARY_MARGIN_M * DEGREES_PER_M;
	const dLon = dLat / Math.cos((((s + n) / 2) * Math.PI) / 180);
	const box: BBox = [w - dLon, s - dLat, e + dLon, n + dLat];
	// A clipped polygon stays a polygon; the result's type also allows lines, for line input.
	const clipped = bboxClip(asFeature(boundary), box).geometry as Area;
	// Clipping leaves empty rings where a part of the boundary lies wholly outside the box.
	const polygons = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates)
		.map((rings) => rings.filter((ring) => ring.length >= 4))
		.filter((rings) => rings.length > 0);
	return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

function rawShareOutside(place: Place, within: Area): number {
	const g = place.geometry;
	switch (g.type) {
		case 'Point':
			return booleanPointInPolygon(g.coordinates, within) ? 0 : 1;
		case 'LineString':
			return lineShareOutside([g.coordinates], within);
		case 'MultiLineString':
			return lineShareOutside(g.coordinates, within);
		case 'Polygon':
		case 'MultiPolygon':
			return areaShareOutside(g, within);
	}
}

/** Share outside a boundary beyond BOUNDARY_MARGIN_M, for lines and areas. */
function shareOutside(place: Place, boundary: Area): number {
	const near = boundaryNear(boundary, place);
	if (!near) return 1;
	if (rawShareOutside(place, near) === 0) return 0;
	const grown = buffer(asFeature(near), BOUNDARY_MARGIN_M, { units: 'meters' })?.geometry;
	return grown ? rawShareOutside(place, grown) : 1;
}

/**
 * What the spills of one content build share: places by id, and each place's spill once
 * measured (the atlas and the planner both show it, and growing a town's edge by the margin is
 * slow). Keyed by the build's array of places, so it goes when the build goes.
 */
interface SpillWorld {
	byId: Map<string, Place>;
	spills: Map<Place, PlaceSpill | null>;
}

const worlds = new WeakMap<readonly Place[], SpillWorld>();

function worldOf(places: readonly Place[]): SpillWorld {
	let world = worlds.get(places);
	if (!world) {
		const byId = new Map<string, Place>();
		for (const p of places) if (!byId.has(p.id)) byId.set(p.id, p);
		world = { byId, spills: new Map() };
		worlds.set(places, world);
	}
	return world;
}

/**
 * How much of a schematic or approximate place lies outside its town and the district, beyond
 * BOUNDARY_MARGIN_M; null for exact places and places without a town. Throws when the town or
 * district is missing or not a polygon.
 */
export function spillOf(place: Place, places: readonly Place[]): Spill | null {
	const p = place.properties;
	if (p.precision === 'exact' || p.town === null) return null;
	const world = worldOf(places);
	const find = (id: string, field: string) => {
		const found = world.byId.get(id);
		if (!found)
			throw new Error(`geo/places.geojson: "${place.id}", field "${field}": no place "${id}"`);
		return areaOf(found, field);
	};
	const town = find(p.town, 'properties.town');
	const district = find(DISTRICT_ID, 'properties.town');
	const g = place.geometry;
	if (g.type === 'Point') {
		const pointDistanceM = pointDistanceOutsideM(g.coordinates, town);
		const beyond = (metres: number) => (metres > BOUNDARY_MARGIN_M ? 1 : 0);
		return {
			town: p.town,
			shareOutside: beyond(pointDistanceM),
			outsideDistrict: beyond(pointDistanceOutsideM(g.coordinates, district)),
			pointDistanceM
		};
	}
	return {
		town: p.town,
		shareOutside: shareOutside(place, town),
		outsideDistrict: shareOutside(place, district)
	};
}

/** Fractions a reader can picture, with their words; a share near none of them is a percentage. */
const FRACTIONS: [number, string, string][] = [
	[1 / 10, 'a tenth', '十分之一'],
	[1 / 5, 'a fifth', '五分之一'],
	[1 / 4, 'a quarter', '四分之一'],
	[1 / 3, 'a third', '三分之一'],
	[2 / 5, 'two fifths', '五分之二'],
	[1 / 2, 'half', '一半'],
	[3 / 5, 'three fifths', '五分之三'],
	[2 / 3, 'two thirds', '三分之二'],
	[3 / 4, 'three quarters', '四分之三'],
	[9 / 10, 'nine tenths', '十分之九']
];
/** How far a share may sit from a fraction, relative to it, and still be called "about" it. */
const FRACTION_TOLERANCE = 0.1;

/** A share in plain words, rounded honestly: "about a quarter" / "约四分之一", else "about 37%". */
export function shareWords(share: number): { en: string; zh: string } {
	if (share >= 0.995) return { en: 'all', zh: '全部' };
	if (share >= 0.95) return { en: 'nearly all', zh: '几乎全部' };
	const near = FRACTIONS.find(([f]) => Math.abs(share / f - 1) <= FRACTION_TOLERANCE);
	if (near) return { en: `about ${near[1]}`, zh: `约${near[2]}` };
	const percent = Math.round(share * 100);
	return { en: `about ${percent}%`, zh: `约${percent}%` };
}

/** A distance in metres in plain words: tens of metres, fifties, then tenths of a kilometre. */
export function distanceWords(metres: number): { en: string; zh: string } {
	if (metres < 100) {
		const m = Math.max(10, Math.round(metres / 10) * 10);
		return { en: `about ${m} m`, zh: `约${m}米` };
	}
	if (metres < 950) {
		const m = Math.round(metres / 50) * 50;
		return { en: `about ${m} m`, zh: `约${m}米` };
	}
	const km =
		metres < 10_000 ? (Math.round(metres / 100) / 10).toFixed(1) : Math.round(metres / 1000);
	return { en: `about ${km} km`, zh: `约${km}公里` };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The sentence a reader sees when a shape spills: beyond SPILL_THRESHOLD of its area or length
 * outside its town (or the district), or a point outside its town. Null when there is nothing to say.
 */
export function spillSentence(
	spill: Spill,
	drawnAs: 'point' | 'line' | 'area',
	town: Names,
	district: Names
): SpillDisclosure | null {
	const limit = drawnAs === 'point' ? 0 : SPILL_THRESHOLD;
	const outsideTown = spill.shareOutside > limit;
	const outsideDistrict = spill.outsideDistrict > limit;
	if (!outsideTown && !outsideDistrict) return null;
	if (drawnAs === 'point') {
		const far = distanceWords(spill.pointDistanceM ?? 0);
		const head = outsideTown
			? {
					en: `This point lies ${far.en} outside ${town.name_en}`,
					zh: `此点位于${town.name_zh}以外${far.zh}`
				}
			: { en: 'This point lies', zh: '此点' };
		if (!outsideDistrict) return { en: `${head.en}.`, zh: `${head.zh}。` };
		return outsideTown
			? {
					en: `${head.en}, and outside ${district.name_en}.`,
					zh: `${head.zh}，也在${district.name_zh}以外。`
				}
			: {
					en: `${head.en} outside ${district.name_en}.`,
					zh: `${head.zh}位于${district.name_zh}以外。`
				};
	}
	const what =
		drawnAs === 'line'
			? { en: 'the drawn line', zh: '所绘线条' }
			: { en: 'the drawn area', zh: '所绘范围' };
	const share = shareWords(spill.shareOutside);
	const head = {
		en: `${capitalise(share.en)} of ${what.en} lies outside ${town.name_en}`,
		zh: `${what.zh}${share.zh}位于${town.name_zh}以外`
	};
	if (!outsideDistrict) return { en: `${head.en}.`, zh: `${head.zh}。` };
	const beyond = shareWords(spill.outsideDistrict);
	return {
		en: `${head.en}; ${beyond.en} of it lies outside ${district.name_en}.`,
		zh: `${head.zh}，${beyond.zh}位于${district.name_zh}以外。`
	};
}

const drawnAsOf = (place: Place): 'point' | 'line' | 'area' =>
	place.geometry.type === 'Point'
		? 'point'
		: place.geometry.type.includes('LineString')
			? 'line'
			: 'area';

/**
 * A place's spill with its sentence, as the story panel and the planner carry it; null when none
 * applies. Measured once per place of one array of places, however often it is asked for.
 */
export function placeSpill(place: Place, places: readonly Place[]): PlaceSpill | null {
	const { spills, byId } = worldOf(places);
	if (spills.has(place)) return spills.get(place)!;
	const spill = spillOf(place, places);
	const names = (id: string) => byId.get(id)!.properties;
	const measured = spill && {
		...spill,
		disclosure: spillSentence(spill, drawnAsOf(place), names(spill.town), names(DISTRICT_ID))
	};
	spills.set(place, measured);
	return measured;
}
