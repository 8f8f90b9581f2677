/**
 * The street basemap: vector tiles made from an OpenStreetMap extract by `npm run basemap`
 * (scripts/basemap.ts, with tilemaker), as the script, the build and the style all know them.
 * Optional: without them the map keeps its thematic basemap and stops at a closer zoom. No imports
 * but the extents, so the browser's bundle and scripts run under tsx can both use it.
 */
import { VIEW_EXTENT, type Extent } from './extents';

/** Zooms the street tiles are made at; the map enlarges the highest beyond it. */
export const STREET_TILE_ZOOMS = { min: 10, max: 14 } as const;
/** What they cover: everywhere the view can reach (the extract is clipped to it). */
export const STREET_TILE_BOUNDS: Extent = VIEW_EXTENT;
/** The tiles' layers (scripts/street-tiles/process.lua writes them, street-style.ts draws them). */
export const STREET_LAYERS = [
	'landuse',
	'park',
	'water',
	'waterway',
	'railway',
	'transportation',
	'building',
	'poi'
] as const;
export type StreetLayer = (typeof STREET_LAYERS)[number];
/** Where the tiles are served, as `<folder>{z}/{x}/{y}.pbf` (src/routes/street-tiles). */
export const STREET_TILE_FOLDER = '/street-tiles/';
/** The record `npm run basemap` writes beside the tiles, and the name of that file. */
export const STREET_RECORD_FILE = 'street-tiles.json';

/** How far the map zooms in: with street tiles to building level, without them to where it has content. */
export const MAX_ZOOM_WITH_STREETS = 17;
export const MAX_ZOOM_THEMATIC = 14;

/** What `npm run basemap` records of the tiles it made, for the style and the credits. */
export interface StreetTiles {
	/** The extract's file name, as given. */
	source: string;
	/** The extract's own date (its header's timestamp, or its newest object's), YYYY-MM-DD. */
	sourceDate: string | null;
	/** When the tiles were made, YYYY-MM-DD. */
	made: string;
	licence: 'ODbL 1.0';
	attribution: '© OpenStreetMap contributors';
	/** The tool that made them, with its version. */
	tool: string;
	zooms: { min: number; max: number };
	bounds: Extent;
	/** Tiles written, and their bytes in all. */
	tiles: number;
	bytes: number;
}

declare const __STREET_TILES__: StreetTiles | null | undefined;
declare const __STREET_STYLE__: boolean | undefined;
/**
 * The record of the street tiles this build serves, or null: vite.config.ts reads it at build time
 * (src/lib/server/street-tiles.ts). Outside Vite (Playwright's own code) there are none.
 */
export const BUILT_STREET_TILES: StreetTiles | null =
	typeof __STREET_TILES__ === 'undefined' ? null : __STREET_TILES__;
/**
 * Whether the code carries the street basemap's style (map/street-style.ts): in a build with
 * street tiles, and in the unit tests, which draw styles with and without them (vite.config.ts).
 * Outside Vite, it does.
 */
export const STREET_STYLE: boolean =
	typeof __STREET_STYLE__ === 'undefined' ? true : __STREET_STYLE__;
