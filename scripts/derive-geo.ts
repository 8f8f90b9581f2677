/**
 * Derives the project's curated geo/ files from the reference data in ../shared/geodata:
 *   geo/places.geojson          the places of the articles (see geo-curation.ts)
 *   geo/basemap/*.geojson       thematic basemap context, clipped and simplified
 * Run with `npm run derive:geo`; the output is committed and reviewed as plain diffs.
 * `--check` compares instead of writing and fails when geo/ is out of date.
 */
import * as turf from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURATED_PLACES, type CuratedPlace, type NameFile, type Recipe } from './geo-curation';
import { formatGeoJSON } from '../src/lib/content/geojson-format';
import { rfc7946Geometry } from '../src/lib/content/published';
import { BASEMAP_CLIP_EXTENT } from '../src/lib/geo/extents';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reference = process.env.GEODATA_DIR ?? resolve(root, '../shared/geodata');

/** The basemap covers the district and a margin around it (west, south, east, north). */
export const BASEMAP_BBOX: [number, number, number, number] = [...BASEMAP_CLIP_EXTENT];
/** Simplification tolerance in degrees (≈ 11 m), enough for zoom 9–15. */
const TOLERANCE = 0.0001;

type AnyFeature = Feature<Geometry | null, Record<string, unknown>>;

function readReference(name: string): FeatureCollection<Geometry | null, Record<string, unknown>> {
	const path = join(reference, name);
	if (!existsSync(path))
		throw new Error(`${path}: reference file missing (is ../shared beside the project?)`);
	return JSON.parse(readFileSync(path, 'utf8'));
}

function byName(
	collection: FeatureCollection<Geometry | null, Record<string, unknown>>,
	file: string,
	nameEn: string
): AnyFeature {
	const found = collection.features.find((f) => f.properties.name_en === nameEn);
	if (!found) throw new Error(`${file}: no feature with name_en "${nameEn}"`);
	if (!found.geometry) throw new Error(`${file}: feature "${nameEn}" has no geometry`);
	return found;
}

/** Simplify, round to 6 decimals, and make sure the result is still a valid polygon. */
function tidy<G extends Geometry>(geometry: G, tolerance = TOLERANCE): G {
	for (let t = tolerance; t >= tolerance / 16; t /= 2) {
		const simple = turf.truncate(
			turf.simplify(turf.feature(geometry), { tolerance: t, highQuality: true }),
			{
				precision: 6,
				coordinates: 2
			}
		).geometry as G;
		if (simple.type !== 'Polygon' && simple.type !== 'MultiPolygon') return simple;
		if (turf.kinks(simple as Polygon | MultiPolygon).features.length === 0) return simple;
	}
	return turf.truncate(turf.feature(geometry), { precision: 6, coordinates: 2 }).geometry as G;
}

function districtOutline(): Feature<MultiPolygon> {
	return readReference('district-jiading.geojson').features[0] as Feature<MultiPolygon>;
}

function readFacts(): { id: string; value?: number; unit?: string }[] {
	return JSON.parse(readFileSync(join(root, 'geo/facts.json'), 'utf8'));
}

function areaFromFact(factId: string): number {
	const fact = readFacts().find((f) => f.id === factId);
	if (!fact || fact.value === undefined || fact.unit !== 'km2') {
		throw new Error(
			`geo/facts.json: fact "${factId}" with a value in km2 is needed to draw a disc`
		);
	}
	return fact.value;
}

function pointOf(name: string): Position {
	const feature = byName(readReference('places-jiading.geojson'), 'places-jiading.geojson', name);
	return (feature.geometry as { coordinates: Position }).coordinates;
}

function geometryFor(recipe: Recipe): Geometry {
	if ('town' in recipe) {
		return tidy(
			byName(readReference('towns-jiading.geojson'), 'towns-jiading.geojson', recipe.town).geometry!
		);
	}
	if ('district' in recipe) return tidy(districtOutline().geometry);
	if ('point' in recipe) return tidy({ type: 'Point', coordinates: pointOf(recipe.point) });
	if ('water' in recipe) {
		return tidy(
			byName(readReference('water-jiading.geojson'), 'water-jiading.geojson', recipe.water)
				.geometry!
		);
	}
	if ('at' in recipe) return { type: 'Point', coordinates: recipe.at };
	if ('jiaminLineInDistrict' in recipe) {
		const line = readReference('jiamin-line.geojson').features.find(
			(f) => f.geometry?.type === 'LineString'
		) as Feature<LineString>;
		const district = districtOutline();
		const pieces = turf.lineSplit(line, district).features;
		const inside = pieces.filter((piece) => {
			const middle = turf.along(piece, turf.length(piece) / 2);
			return turf.booleanPointInPolygon(middle, district);
		});
		if (inside.length !== 1)
			throw new Error(
				`jiamin-line.geojson: expected one stretch inside the district, found ${inside.length}`
			);
		return tidy(inside[0]!.geometry);
	}
	if ('disc' in recipe) {
		const centre = Array.isArray(recipe.disc.centre)
			? recipe.disc.centre
			: pointOf(recipe.disc.centre.point);
		const radiusKm = Math.sqrt(areaFromFact(recipe.disc.areaFact) / Math.PI);
		const disc = turf.circle(centre, radiusKm, { steps: 72, units: 'kilometers' });
		const clipped = turf.intersect(
			turf.featureCollection([disc, districtOutline() as Feature<Polygon | MultiPolygon>])
		);
		if (!clipped) throw new Error(`disc around ${centre.join(', ')} lies outside the district`);
		return tidy(clipped.geometry);
	}
	const town = byName(
		readReference('towns-jiading.geojson'),
		'towns-jiading.geojson',
		recipe.partOfTown.town
	);
	const [, south, east, north] = turf.bbox(town.geometry!);
	const eastPart = turf.bboxPolygon([
		recipe.partOfTown.eastOf,
		south - 0.01,
		east + 0.01,
		north + 0.01
	]);
	const part = turf.intersect(
		turf.featureCollection<Polygon | MultiPolygon>([town as Feature<MultiPolygon>, eastPart])
	);
	if (!part)
		throw new Error(
			`towns-jiading.geojson: nothing of ${recipe.partOfTown.town} east of ${recipe.partOfTown.eastOf}`
		);
	return tidy(part.geometry);
}

/** What each reference file that records Chinese names is, for readers. */
const NAME_FILES: Record<NameFile, string> = {
	'towns-jiading.geojson': 'reference town layer (OpenStreetMap names)',
	'district-jiading.geojson': 'Aliyun DataV district outline',
	'places-jiading.geojson': 'reference place list',
	'water-jiading.geojson': 'reference water layer',
	'metro-stations-jiading.geojson': 'OpenStreetMap metro station'
};

/** Full-width brackets as ASCII, no spaces: how two printings of one name are compared. */
const foldName = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

/**
 * The names a reference feature records: its `name` split at " / " and " + ", each without a
 * trailing note in brackets ("娄塘镇 (approx.)"), and the words of a name that mixes scripts
 * ("巴拉德 Ballard"). Only the first is the feature's own name; the others are alternatives.
 */
export function recordedNames(name: string): { name: string; main: boolean }[] {
	return name
		.split(/ \/ | \+ /)
		.map((part) => part.replace(/\s+\([^)]*\)$/, ''))
		.flatMap((part, i) =>
			[part, ...(part.includes(' ') ? part.split(/\s+/) : [])].map((n) => ({
				name: foldName(n),
				main: i === 0
			}))
		);
}

/**
 * Where a place's Chinese name comes from, for readers: `translation`, or the reference feature
 * that records it. A name said to be recorded that the file does not hold, as one of its names,
 * fails the derivation. The feature's ids are cited only where the name is its own.
 */
export function nameZhSource(place: Pick<CuratedPlace, 'id' | 'name_zh' | 'name_zh_from'>): string {
	const from = place.name_zh_from;
	if (from === 'translation') return 'translation';
	// A name joined from several ("嘉定镇街道、新成路街道") needs each part recorded.
	const parts = place.name_zh.split('、').map(foldName);
	for (const feature of readReference(from.file).features) {
		const recorded = recordedNames(String(feature.properties.name ?? ''));
		const matches = parts.map((part) => recorded.find((r) => r.name === part));
		if (matches.some((m) => m === undefined)) continue;
		const own = matches.every((m) => m!.main);
		const ids = (
			[
				['wikidata', 'Wikidata'],
				['osm', 'OSM'],
				['osm_relation', 'OSM relation']
			] as const
		)
			.filter(
				([key]) => own && feature.properties[key] !== undefined && feature.properties[key] !== null
			)
			.map(([key, label]) => `${label} ${String(feature.properties[key])}`);
		return [
			`${NAME_FILES[from.file]} (${from.file}), recorded as "${String(feature.properties.name)}"`,
			...ids,
			...(from.note ? [from.note] : [])
		].join('; ');
	}
	throw new Error(
		`scripts/geo-curation.ts: "${place.id}", field "name_zh_from": ${from.file} records no name "${place.name_zh}"; give the recorded name or mark it 'translation'`
	);
}

function placeFeature(place: CuratedPlace) {
	const { geometry: recipe, name_zh_from, ...curated } = place;
	const { id, kind, name_en, name_zh, ...rest } = curated;
	return {
		type: 'Feature' as const,
		id,
		properties: {
			id,
			kind,
			name_en,
			name_zh,
			name_zh_source: nameZhSource({ id, name_zh, name_zh_from }),
			...rest
		},
		geometry: rfc7946Geometry(geometryFor(recipe))
	};
}

// --- basemap -------------------------------------------------------------------------------

const OSM_LICENCE = 'ODbL 1.0, © OpenStreetMap contributors';

function clipToBasemap(feature: AnyFeature): Geometry | null {
	const geometry = feature.geometry;
	if (!geometry) return null;
	if (geometry.type === 'Point') {
		return turf.booleanPointInPolygon(geometry.coordinates, turf.bboxPolygon(BASEMAP_BBOX))
			? tidy(geometry)
			: null;
	}
	if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
		// Areas by polygon intersection: a box clip can leave edges doubled along the box's side
		// (a self-intersecting ring), where an area crosses it more than once.
		const inside = turf.intersect(
			turf.featureCollection([
				feature as Feature<Polygon | MultiPolygon>,
				turf.bboxPolygon(BASEMAP_BBOX)
			])
		);
		return inside ? tidy(inside.geometry) : null;
	}
	const clipped = turf.bboxClip(feature as Feature<LineString>, BASEMAP_BBOX).geometry;
	if (clipped.type === 'MultiLineString')
		clipped.coordinates = clipped.coordinates.filter((l) => l.length >= 2);
	if (clipped.coordinates.length < (clipped.type === 'LineString' ? 2 : 1)) return null;
	return tidy(clipped as Geometry);
}

interface BasemapProps {
	layer: string;
	name?: string;
	name_en?: string;
	source: string;
	licence: string;
	[key: string]: string | number | boolean | null | string[] | undefined;
}

function basemapCollection(
	features: { id: string; properties: BasemapProps; geometry: Geometry | null }[]
) {
	return {
		type: 'FeatureCollection' as const,
		features: features
			.filter((f) => f.geometry !== null)
			.map((f) => ({
				type: 'Feature' as const,
				id: f.id,
				properties: { id: f.id, ...f.properties },
				geometry: rfc7946Geometry(f.geometry!)
			}))
	};
}

function neighbours() {
	const districts = readReference('districts-shanghai.geojson');
	return basemapCollection(
		districts.features
			.filter((f) => f.properties.name !== '嘉定区')
			.map((f) => ({
				id: `district-${f.properties.adcode}`,
				properties: {
					layer: 'neighbour',
					name: String(f.properties.name),
					source: 'Aliyun DataV 2019, converted from GCJ-02 (districts-shanghai.geojson)',
					licence: 'no licence stated by the source'
				},
				geometry: clipToBasemap(f)
			}))
	);
}

function water() {
	const collection = readReference('water-jiading.geojson');
	return basemapCollection(
		collection.features
			.filter(
				(f) =>
					f.properties.kind === 'river_area' || f.properties.kind === 'river_centreline_schematic'
			)
			.map((f, i) => ({
				id: `water-${i + 1}`,
				properties: {
					layer: f.properties.kind === 'river_area' ? 'water-area' : 'water-line',
					name: String(f.properties.name),
					name_en: String(f.properties.name_en),
					source: String(f.properties.source),
					licence: String(f.properties.licence ?? 'none stated by the source'),
					precision: String(f.properties.confidence ?? '')
				},
				geometry: clipToBasemap(f)
			}))
	);
}

function metroLines() {
	return basemapCollection(
		readReference('metro-lines-shanghai.geojson').features.map((f) => ({
			id: String(f.properties.id),
			properties: {
				layer: 'metro-line',
				name: String(f.properties.name),
				name_en: `Metro Line ${String(f.properties.route)}`,
				route: String(f.properties.route),
				source: 'OpenStreetMap (metro-lines-shanghai.geojson)',
				licence: OSM_LICENCE
			},
			geometry: clipToBasemap(f)
		}))
	);
}

function metroStations() {
	// Only the WGS-84 geometry is used; the files' `gcj02` fields are the raw Chinese-datum
	// coordinates, 100–700 m off, and are dropped here.
	return basemapCollection(
		readReference('metro-stations-jiading.geojson').features.map((f, i) => ({
			id: `metro-station-${i + 1}`,
			properties: {
				layer: 'metro-station',
				name: String(f.properties.name),
				name_en: String(f.properties.name_en),
				lines: (f.properties.lines as string[]).map(String),
				source: String(f.properties.coord_source),
				licence: OSM_LICENCE
			},
			geometry: clipToBasemap(f)
		}))
	);
}

function jiaminLine() {
	return basemapCollection(
		readReference('jiamin-line.geojson').features.map((f) => {
			const isStation = f.geometry?.type === 'Point';
			return {
				id: isStation ? `jiamin-station-${String(f.properties.order_from_south)}` : 'jiamin-line',
				properties: {
					layer: isStation ? 'jiamin-station' : 'jiamin-line',
					// The reference data notes the line's state in English in its Chinese name too.
					name: isStation ? String(f.properties.name) : '嘉闵线（在建）',
					name_en: isStation ? String(f.properties.name_en) : 'Jiamin Line (under construction)',
					...(isStation ? { order_from_south: Number(f.properties.order_from_south) } : {}),
					precision: String(f.properties.confidence),
					source: isStation
						? `Station order from public line descriptions; ${String(f.properties.position_method)}`
						: 'OpenStreetMap railway=construction (jiamin-line.geojson)',
					licence: OSM_LICENCE
				},
				geometry: clipToBasemap(f)
			};
		})
	);
}

function expressways() {
	return basemapCollection(
		readReference('expressways-shanghai-partial.geojson')
			.features.filter((f) => f.properties.scope === 'major' || f.properties.kind === 'expressway')
			.map((f) => ({
				id: String(f.properties.id),
				properties: {
					layer: 'expressway',
					name: String(f.properties.name),
					source:
						'OpenStreetMap elevated and bridge sections (expressways-shanghai-partial.geojson)',
					licence: OSM_LICENCE
				},
				geometry: clipToBasemap(f)
			}))
	);
}

export function deriveAll(): Record<string, unknown> {
	return {
		'geo/places.geojson': { type: 'FeatureCollection', features: CURATED_PLACES.map(placeFeature) },
		'geo/basemap/neighbours.geojson': neighbours(),
		'geo/basemap/water.geojson': water(),
		'geo/basemap/metro-lines.geojson': metroLines(),
		'geo/basemap/metro-stations.geojson': metroStations(),
		'geo/basemap/jiamin-line.geojson': jiaminLine(),
		'geo/basemap/expressways.geojson': expressways()
	};
}

function main() {
	const check = process.argv.includes('--check');
	const stale: string[] = [];
	for (const [file, collection] of Object.entries(deriveAll())) {
		const path = join(root, file);
		const text = formatGeoJSON(collection);
		if (check) {
			if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(file);
			continue;
		}
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
		console.log(`wrote ${file} (${(text.length / 1024).toFixed(0)} KB)`);
	}
	if (stale.length > 0) {
		console.error(
			`Out of date with scripts/derive-geo.ts: ${stale.join(', ')}. Run npm run derive:geo.`
		);
		process.exit(1);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
