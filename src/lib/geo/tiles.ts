/**
 * The map's vector tiles as the style and the tiler (src/lib/content/map-tiles.ts) both know
 * them: zooms, bounds, layer names and where they are served. No imports but the extents, so the
 * browser's bundle takes only these names.
 */
import { BASEMAP_EXTENT, DISTRICT_EXTENT, type Extent } from './extents';

/** Pixels across a tile as the map draws it: MapLibre's world is one such tile at zoom 0. */
export const TILE_PIXELS = 512;
/** Metres across one of the map's pixels at a zoom and latitude (Web Mercator). */
export function metresPerPixel(zoom: number, latitude: number): number {
	return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / pixelSizeAt(zoom);
}
/** Pixels across the world at a zoom (Web Mercator). */
export function pixelSizeAt(zoom: number): number {
	return TILE_PIXELS * 2 ** zoom;
}

/**
 * A size the style interpolates linearly between two zooms and holds beyond them, as the stops of
 * a MapLibre `interpolate` expression: zoom, size, zoom, size.
 */
export type ZoomStops = readonly [number, number, number, number];
/** A ZoomStops' size at a zoom. */
export function sizeAtZoom([z0, s0, z1, s1]: ZoomStops, zoom: number): number {
	const t = Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0)));
	return s0 + t * (s1 - s0);
}
/** Any other place's name's size in pixels, before the kiosk's scale (map/style.ts). */
export const PLACE_NAME_PX: ZoomStops = [9, 11, 14, 14];
/** A town's name's size in pixels, and its letter spacing in ems (map/style.ts's town-labels). */
export const TOWN_NAME_PX: ZoomStops = [9, 11, 14, 15];
export const TOWN_NAME_LETTER_SPACING = 0.04;
/** The width in pixels of the One Axis's band (map/style.ts's axis-band). */
export const AXIS_BAND_PX: ZoomStops = [9, 8, 15, 40];
/** The width in pixels of the One Axis's line (map/style.ts's axis-line), when not selected. */
export const AXIS_LINE_PX = 2.5;

/** The latitude the map's sizes in pixels are reckoned at: the district's middle. */
export const DISTRICT_LATITUDE = (DISTRICT_EXTENT[1] + DISTRICT_EXTENT[3]) / 2;

/**
 * Zooms tiles are made at. The lowest is the map's widest view (MIN_ZOOM in map/style.ts); above
 * the highest the map enlarges its tiles, which at that zoom hold the geometry unsimplified, to
 * about a metre.
 */
export const TILE_ZOOMS = { min: 9, max: 13 } as const;
/**
 * What the tiles cover: the basemap's extent, which holds the district's (curated places lie in
 * DISTRICT_EXTENT, geo-checks.ts).
 */
export const TILE_BOUNDS: Extent = BASEMAP_EXTENT;
/** The tiles' layers of places (a style layer's `source-layer`). */
export const TILE_LAYERS = { places: 'places', labels: 'labels' } as const;
/**
 * What the tiles carry of each place: the properties the style reads from that layer (its
 * shapes' kind, precision and industries; its labels' names and precision, an area's label its
 * `reach`, `rise` and `across`, and one inside another's area its `room`: content/map-tiles.ts's
 * hungLabels and roomedLabels), the others left out of the tiles (the open data, /data/map/,
 * keeps them all). Shapes carry names only where a name is drawn along the shape (the axis).
 * map/style.spec.ts checks that the style reads nothing else.
 */
export const PLACE_TILE_CONTENT = {
	places: {
		properties: ['id', 'kind', 'precision', 'industry', 'industry_list', 'role', 'minzoom'],
		namedKinds: ['axis']
	},
	labels: {
		properties: [
			'id',
			'kind',
			'precision',
			'name_en',
			'name_zh',
			'name_zh_small',
			'industry_list',
			'minzoom',
			'reach',
			'rise',
			'across',
			'room',
			'cramped'
		],
		namedKinds: []
	}
} as const satisfies Record<
	keyof typeof TILE_LAYERS,
	{ properties: readonly string[]; namedKinds: readonly string[] }
>;
/**
 * The kinds of place whose names are set beside their point, or hung from their area: clusters'
 * (the style's place-labels) and the others' (site-labels). content/map-tiles.ts hangs and
 * measures the room of these labels only.
 */
export const NAMED_BESIDE = {
	clusters: ['cluster'],
	others: ['site', 'leisure']
} as const;

/**
 * How wide a label's lines are, in ems of its size (the style's `text-max-width`): a town's and
 * any other place's. The labels' Chinese names go into the tiles broken into lines between words
 * (content/zh-lines.ts), each at least an em shorter, so MapLibre breaks them no further:
 * `name_zh` for a Chinese name on top, and `name_zh_small` (only where its lines differ) for one
 * beneath an English name, in smaller type (OTHER_NAME_SCALE) that holds more on a line.
 */
export const LABEL_LINE_EMS = { town: 8, place: 10 } as const;
/**
 * Map labels on the kiosk, read at arm's length: the smallest at least 18 px, the other
 * language's line beneath at least 16 px (#15).
 */
export const KIOSK_LABEL_SCALE = 1.8;
/** The other language's name beneath a label, at this share of the label's size. */
export const OTHER_NAME_SCALE = 0.82;
/** A place's names, carried where PLACE_TILE_CONTENT says. */
export const PLACE_NAMES = ['name_en', 'name_zh'] as const;
/**
 * The tiles' basemap layers, one per file of geo/basemap/ (its name without `.geojson`), drawn
 * under the places. The files stay as open data under /data/basemap/.
 */
export const BASEMAP_TILE_LAYERS = [
	'neighbours',
	'water',
	'expressways',
	'metro-lines',
	'jiamin-line',
	'metro-stations'
] as const;
export type BasemapTileLayer = (typeof BASEMAP_TILE_LAYERS)[number];
/**
 * What the tiles carry of each basemap layer: the properties the style reads (station labels;
 * the others stay out) and the zoom the style first draws it at (no tile below it holds it).
 */
export const BASEMAP_TILE_CONTENT: Record<
	BasemapTileLayer,
	{ properties: readonly string[]; minzoom: number }
> = {
	neighbours: { properties: [], minzoom: TILE_ZOOMS.min },
	water: { properties: [], minzoom: TILE_ZOOMS.min },
	expressways: { properties: [], minzoom: TILE_ZOOMS.min },
	'metro-lines': { properties: [], minzoom: TILE_ZOOMS.min },
	'jiamin-line': { properties: [], minzoom: TILE_ZOOMS.min },
	'metro-stations': { properties: ['name', 'name_en'], minzoom: 11 }
};
/**
 * Where the tiles are served, as `<folder>{z}/{x}/{y}.pbf` (src/routes/map-tiles): the app's own
 * files, apart from the open data under /data.
 */
export const TILE_FOLDER = '/map-tiles/';
export const TILE_ADDRESS = '{z}/{x}/{y}.pbf';

/** The tile column and row holding a position at zoom z (Web Mercator, as the map draws). */
export function tileOf(lng: number, lat: number, z: number): [number, number] {
	const n = 2 ** z;
	const x = Math.floor(((lng + 180) / 360) * n);
	const rad = (lat * Math.PI) / 180;
	const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
	return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

/** Every tile address covering an extent at zoom z, west to east, north to south. */
export function tilesCovering([west, south, east, north]: Extent, z: number): [number, number][] {
	const [x0, y0] = tileOf(west, north, z);
	const [x1, y1] = tileOf(east, south, z);
	const tiles: [number, number][] = [];
	for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) tiles.push([x, y]);
	return tiles;
}

/** The [west, south, east, north] of tile x, y at zoom z (Web Mercator). */
export function tileBox(x: number, y: number, z: number): Extent {
	const n = 2 ** z;
	const lng = (i: number) => (i / n) * 360 - 180;
	const lat = (j: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * j) / n))) * 180) / Math.PI;
	return [lng(x), lat(y + 1), lng(x + 1), lat(y)];
}
