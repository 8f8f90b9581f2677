/**
 * The map's places, labels and basemap as vector tiles (https://github.com/mapbox/vector-tile-spec), made
 * at build time with MapLibre's own tiler (@maplibre/geojson-vt) and encoder (@maplibre/vt-pbf).
 * A view downloads only the tiles it shows: shapes simplified to the tile's zoom, and points the
 * thinning keeps for a closer zoom (their `minzoom`, see thinning.ts) left out of the tiles below
 * it. So the first view's bytes follow what it draws, not the size of the atlas. Pure.
 *
 * Tiles cover TILE_BOUNDS at every zoom of TILE_ZOOMS, empty ones included, so the map never
 * asks for a tile that is not there; curated places lie inside them (geo-checks.ts), and a feature
 * outside them is an error here rather than a shape silently cut off.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import {
	bbox,
	booleanPointInPolygon,
	distance,
	length,
	lineString,
	pointToLineDistance
} from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import {
	BASEMAP_TILE_LAYERS,
	BASEMAP_TILE_CONTENT,
	DISTRICT_LATITUDE,
	LABEL_LINE_EMS,
	metresPerPixel,
	NAMED_BESIDE,
	OTHER_NAME_SCALE,
	PLACE_NAMES,
	PLACE_TILE_CONTENT,
	TILE_BOUNDS,
	TILE_LAYERS,
	TILE_PIXELS,
	TILE_ZOOMS,
	tilesCovering,
	type BasemapTileLayer
} from '../geo/tiles';

export { tileOf, tilesCovering } from '../geo/tiles';
import type { MapLabels, MapPlaces } from './map-features';
import { joinLines } from './line-join';
import { dropParallels } from './parallel-lines';
import { unionAndBorders } from './shared-borders';
import { clearTownNames, type TownNamedLabels } from './town-names';
import { zhLines } from './zh-lines';

/**
 * Units across a tile. At the highest zoom the vector tile default, as the map enlarges those
 * tiles up to MAX_ZOOM; below it half a pixel, as a tile there is drawn at most twice its size
 * (a pixel at most on the screen, where the antialiased line shows no step; a finer grid cost
 * the first view 1.6 KB for nothing seen).
 */
const extentAt = (z: number) => (z === TILE_ZOOMS.max ? 4096 : 1024);
/** How far a tile's content reaches past its edge: 8 px. */
const bufferAt = (z: number) => (extentAt(z) / TILE_PIXELS) * 8;
/**
 * Douglas–Peucker tolerance below the highest zoom: one pixel, the detail a tile can show (at
 * the highest zoom shapes stay whole).
 */
const toleranceAt = (z: number) => extentAt(z) / TILE_PIXELS;

/** One tile: its address and its encoded bytes (empty for a tile with nothing in it). */
export interface MapTile {
	z: number;
	x: number;
	y: number;
	bytes: Uint8Array;
}

/**
 * Labels as clearTownNames leaves them, an area's with its `reach`, `rise` and `across`
 * (hungLabels), one inside another place's area with its `room` (roomedLabels).
 */
type Labels = Omit<TownNamedLabels, 'features'> & {
	features: (TownNamedLabels['features'][number] & {
		properties: TownNamedLabels['features'][number]['properties'] & {
			reach?: number;
			rise?: number;
			across?: number;
			room?: number;
		};
	})[];
};
type Collection = MapPlaces | Labels;

function checkInside(collection: Collection | FeatureCollection, file: string) {
	const [west, south, east, north] = TILE_BOUNDS;
	for (const feature of collection.features) {
		const [w, s, e, n] = bbox(feature.geometry);
		if (w < west || s < south || e > east || n > north)
			throw new Error(
				`${file}: "${feature.id}", field "geometry": reaches [${[w, s, e, n].join(', ')}], ` +
					`outside the map tiles' bounds [${TILE_BOUNDS.join(', ')}]`
			);
	}
}

/** Features as a tiler for the tiles of zoom z, simplified to its pixel. */
function tilerAt(features: Feature[], z: number): GeoJSONVT {
	return new GeoJSONVT(
		{ type: 'FeatureCollection', features },
		{
			maxZoom: TILE_ZOOMS.max,
			indexMaxZoom: z,
			// Every feature is indexed, however few points a tile holds.
			indexMaxPoints: 0,
			tolerance: toleranceAt(z),
			extent: extentAt(z),
			buffer: bufferAt(z)
		}
	);
}

/**
 * The places or labels drawn at zoom z: at the highest zoom every feature, below it those whose
 * minzoom is reached, with the properties the style reads (PLACE_TILE_CONTENT). Ids stay in
 * the properties (the style promotes `id`): vector tile ids are integers.
 */
function placesAt(
	collection: Collection,
	z: number,
	layer: keyof typeof PLACE_TILE_CONTENT
): GeoJSONVT {
	const { properties: read, namedKinds } = PLACE_TILE_CONTENT[layer];
	const named: readonly string[] = namedKinds;
	const features = collection.features
		.filter((f) => z === TILE_ZOOMS.max || f.properties.minzoom <= z)
		.map(({ properties, geometry }) => {
			const carried = picked(
				properties,
				named.includes(properties.kind) ? [...read, ...PLACE_NAMES] : read
			);
			if (layer === 'labels' && typeof carried.name_zh === 'string')
				Object.assign(carried, zhLabelLines(carried.name_zh, properties.kind));
			return { type: 'Feature' as const, properties: carried, geometry };
		});
	return tilerAt(features, z);
}

/**
 * A label's Chinese name in lines (LABEL_LINE_EMS): on top, and beneath an English name in smaller
 * type where that breaks it otherwise. A line holds an em less than the label's width.
 */
function zhLabelLines(name: string, kind: string): { name_zh: string; name_zh_small?: string } {
	const ems = kind === 'town' ? LABEL_LINE_EMS.town : LABEL_LINE_EMS.place;
	const top = zhLines(name, ems - 1);
	const small = zhLines(name, Math.floor(ems / OTHER_NAME_SCALE) - 1);
	return small === top ? { name_zh: top } : { name_zh: top, name_zh_small: small };
}

/** The properties named in `keys` that a feature has: what a tile carries of it. */
function picked(properties: object | null, keys: readonly string[]): Record<string, unknown> {
	const all = (properties ?? {}) as Record<string, unknown>;
	return Object.fromEntries(keys.flatMap((k) => (all[k] !== undefined ? [[k, all[k]]] : [])));
}

const isLine = (g: Geometry): g is LineString | MultiLineString =>
	g.type === 'LineString' || g.type === 'MultiLineString';

/**
 * The highest zoom at which lines that run side by side within a pixel are drawn as one: there a
 * metro line's two tracks (5-15 m apart) and an expressway's two carriageways (20-30 m) are less
 * than a pixel apart (33 m at zoom 11 here), so keeping one changes nothing on the screen. From
 * zoom 12 a pixel is 16 m: the tracks are drawn as they are, or the line would jog where the kept
 * one passes from one track to the other.
 */
const ONE_STROKE_MAX_ZOOM = 11;

/**
 * The shortest line a tile below the highest zoom keeps, in its pixels. A shorter one is a speck
 * there, a dash that shows nothing of where it runs: a short elevated section of an expressway,
 * or the end of a second carriageway left beside the kept one (parallel-lines.ts). Half the
 * expressways' pieces in the district view's tiles were such, with four in ten of their points.
 * It is drawn from the zoom where it is longer. (The tiler already leaves out lines under a
 * pixel.)
 */
const SPECK_PX = 4;

/**
 * Lines joined end to end (line-join.ts), as one feature. Up to ONE_STROKE_MAX_ZOOM, lines that
 * run beside a longer one within a pixel (a metro line's second track, an expressway's second
 * carriageway) are left out where they do (parallel-lines.ts); below the highest zoom, specks
 * (SPECK_PX).
 */
function joinedLines(
	lines: readonly (LineString | MultiLineString)[],
	z: number
): Feature<MultiLineString> {
	const pieces = lines.flatMap((g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates));
	const joined = joinLines(pieces);
	const metresPerPx = metresPerPixel(z, DISTRICT_LATITUDE);
	const drawn = z <= ONE_STROKE_MAX_ZOOM ? dropParallels(joined, metresPerPx) : joined;
	const seen = (line: Position[]) =>
		z === TILE_ZOOMS.max || length(lineString(line), { units: 'meters' }) >= SPECK_PX * metresPerPx;
	return {
		type: 'Feature',
		properties: {},
		geometry: { type: 'MultiLineString', coordinates: drawn.filter(seen) }
	};
}

const isArea = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';

/**
 * Areas with nothing to tell apart (no property read), as two features: their union, which the
 * style fills and outlines, and the borders between them, each once, which it draws as lines
 * (shared-borders.ts).
 */
function areasOnce(collection: FeatureCollection, name: BasemapTileLayer): Feature[] {
	const { union, between } = unionAndBorders(collection.features, `data/basemap/${name}.geojson`);
	return [
		{ type: 'Feature', properties: {}, geometry: union },
		{ type: 'Feature', properties: {}, geometry: between }
	];
}

/**
 * A basemap layer at zoom z, none below the zoom the style first draws it at, with only the
 * properties the style reads: the first view fetches the basemap at the detail it draws rather
 * than whole files.
 */
function basemapAt(name: BasemapTileLayer, collection: FeatureCollection, z: number) {
	const { properties: read, minzoom } = BASEMAP_TILE_CONTENT[name];
	if (z < minzoom) return null;
	// Lines with nothing to tell apart (no property read) go as the long lines they are.
	const geometries = collection.features.map((f) => f.geometry);
	if (read.length === 0 && geometries.every(isLine))
		return tilerAt([joinedLines(geometries, z)], z);
	// Areas with nothing to tell apart go as their union and the borders between them.
	if (read.length === 0 && geometries.every(isArea)) return tilerAt(areasOnce(collection, name), z);
	const features = collection.features.map(({ properties, geometry }) => ({
		type: 'Feature' as const,
		properties: picked(properties, read),
		geometry
	}));
	return tilerAt(features, z);
}

/** Kinds whose names are set beside their shape (geo/tiles.ts). */
const NAMED_KINDS: readonly string[] = [...NAMED_BESIDE.clusters, ...NAMED_BESIDE.others];
const namedBeside = (kind: string) => NAMED_KINDS.includes(kind);

type Area = Polygon | MultiPolygon;
const isAreaShape = (shape: Geometry | undefined): shape is Area =>
	shape?.type === 'Polygon' || shape?.type === 'MultiPolygon';
const ringsOf = (shape: Area) =>
	shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
/** Metres from a point to the nearest outline of an area, down to the 10. */
function metresToOutline(point: Position, shape: Area) {
	const metres = Math.min(
		...ringsOf(shape).map((ring) =>
			pointToLineDistance(point, { type: 'LineString', coordinates: ring }, { units: 'meters' })
		)
	);
	return Math.floor(metres / 10) * 10;
}

/**
 * The labels of places drawn as areas (clusters', companies' and parks'), each hung from its
 * area's lowest point: the point moves there and carries `rise` and `across`, the metres north and
 * east from there to the label point, and `reach`, the radius of the largest circle around the
 * label point inside the area (metres, down to the 10). The style sets the name in that circle
 * where it fits there, else beneath the area. Either stays clear of the area's outline at every
 * zoom, as the area grows on the screen from one whole zoom to the next while MapLibre keeps a name
 * where it set it; a name beside the label point, at a fixed distance, is crossed by the outline of
 * an area a little larger than that distance. Other labels as they are. A label point outside its
 * area is an error naming it.
 */
export function hungLabels(labels: Labels, places: MapPlaces): Labels {
	const shapes = new Map(places.features.map((f) => [f.id, f.geometry]));
	return {
		...labels,
		features: labels.features.map((label) => {
			const shape = shapes.get(label.id);
			if (!namedBeside(label.properties.kind)) return label;
			if (!isAreaShape(shape)) return label;
			const point = label.geometry.coordinates;
			if (!booleanPointInPolygon(point, shape))
				throw new Error(
					`data/map/labels.geojson: "${label.id}", field "geometry": [${point.join(', ')}] ` +
						`is not inside its area (data/map/places.geojson)`
				);
			const rings = ringsOf(shape);
			// The lowest point; of several as low, the nearest below the label point.
			const lowest = rings
				.flat()
				.reduce((a, b) =>
					b[1]! < a[1]! ||
					(b[1] === a[1] && Math.abs(b[0]! - point[0]) < Math.abs(a[0]! - point[0]))
						? b
						: a
				) as [number, number];
			const [x, y] = lowest;
			const east = point[0] >= x ? 1 : -1;
			return {
				...label,
				properties: {
					...label.properties,
					reach: metresToOutline(point, shape),
					rise: Math.round(distance([point[0], y], point, { units: 'meters' })),
					across: east * Math.round(distance([x, y], [point[0], y], { units: 'meters' }))
				},
				geometry: { type: 'Point' as const, coordinates: [x, y] }
			};
		})
	};
}

/**
 * Labels of places that lie inside another place's area (a company inside its cluster's disc, a
 * small cluster inside a large one): each carries `room`, the metres from its label point (an
 * area's as hungLabels set it) to the nearest outline of such an area. The style names it only
 * from the zoom where its name, set beside that point, stays inside the outline. Other labels as
 * they are.
 */
export function roomedLabels(labels: Labels, places: MapPlaces): Labels {
	const areas = places.features.flatMap((f) =>
		namedBeside(f.properties.kind) && isAreaShape(f.geometry)
			? [{ id: f.id, shape: f.geometry }]
			: []
	);
	return {
		...labels,
		features: labels.features.map((label) => {
			if (!namedBeside(label.properties.kind)) return label;
			const point = label.geometry.coordinates;
			const rooms = areas
				.filter(({ id, shape }) => id !== label.id && booleanPointInPolygon(point, shape))
				.map(({ shape }) => metresToOutline(point, shape));
			return rooms.length === 0
				? label
				: { ...label, properties: { ...label.properties, room: Math.min(...rooms) } };
		})
	};
}

/** Every tile address the map may ask for: TILE_BOUNDS covered at each of TILE_ZOOMS, lowest first. */
export function tileAddresses(): Omit<MapTile, 'bytes'>[] {
	const addresses: Omit<MapTile, 'bytes'>[] = [];
	for (let z: number = TILE_ZOOMS.min; z <= TILE_ZOOMS.max; z++)
		for (const [x, y] of tilesCovering(TILE_BOUNDS, z)) addresses.push({ z, x, y });
	return addresses;
}

/**
 * Every tile of the map's places (/data/map/places.geojson), labels (/data/map/labels.geojson) and
 * basemap layers (/data/basemap/<layer>.geojson, those of BASEMAP_TILE_LAYERS given), at
 * tileAddresses(). Throws, naming the file and feature, when a feature lies outside TILE_BOUNDS.
 */
export function mapTiles(
	places: MapPlaces,
	labels: MapLabels,
	basemap: Partial<Record<BasemapTileLayer, FeatureCollection>> = {}
): MapTile[] {
	checkInside(places, 'data/map/places.geojson');
	checkInside(labels, 'data/map/labels.geojson');
	const layers = BASEMAP_TILE_LAYERS.flatMap((name) => {
		const layer = basemap[name];
		if (!layer) return [];
		checkInside(layer, `data/basemap/${name}.geojson`);
		return [[name, layer] as const];
	});
	const named = clearTownNames(
		labels,
		places,
		layers.map(([, layer]) => layer)
	);
	const hung = roomedLabels(hungLabels(named, places), places);
	const tilers = new Map<number, [string, GeoJSONVT][]>();
	const tilersAt = (z: number) => {
		let found = tilers.get(z);
		if (!found) {
			found = [
				...layers.flatMap(([name, layer]) => {
					const tiler = basemapAt(name, layer, z);
					return tiler ? [[name, tiler] as [string, GeoJSONVT]] : [];
				}),
				[TILE_LAYERS.places, placesAt(places, z, 'places')],
				[TILE_LAYERS.labels, placesAt(hung, z, 'labels')]
			];
			tilers.set(z, found);
		}
		return found;
	};
	return tileAddresses().map(({ z, x, y }) => {
		const drawn: Record<string, GeoJSONVTTile> = {};
		for (const [name, tiler] of tilersAt(z)) {
			const tile = tiler.getTile(z, x, y);
			if (tile && tile.features.length > 0) drawn[name] = tile;
		}
		const bytes =
			Object.keys(drawn).length > 0
				? fromGeojsonVt(drawn, { version: 2, extent: extentAt(z) })
				: new Uint8Array(0);
		return { z, x, y, bytes };
	});
}
