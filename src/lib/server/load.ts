/**
 * Reads the pipeline's sources from disk (build time only: under $lib/server, so the browser never
 * imports it). The sources live under one content root: the project's folder, or the folder
 * ATLAS_CONTENT_ROOT names (a synthetic atlas for `npm run bench:scale`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Atlas } from '../schema/story';
import { buildContent, type Content, type SourceFile, type Sources } from '../content/pipeline';
import { buildAtlas } from '../content/stories';
import { buildTour } from '../content/tour';
import { buildPlanner } from '../content/planner';
import type { Planner } from '../schema/planner';
import type { TourChapter } from '../schema/tour';
import { mapTiles, type MapTile } from '../content/map-tiles';
import {
	publishedBasemapLayer,
	publishedMapLabels,
	publishedMapPlaces
} from '../content/published';
import { BASEMAP_TILE_LAYERS } from '../geo/tiles';

/** The folder holding seeds/ and geo/: ATLAS_CONTENT_ROOT when set, else the working folder. */
export function contentRoot(): string {
	const root = process.env.ATLAS_CONTENT_ROOT;
	return root ? resolve(root) : process.cwd();
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A file's text, decoded strictly: bytes that are not UTF-8 make it a file with a problem (and no
 * text), never text with "\uFFFD" in it. A byte-order mark is kept, for the checks to name.
 */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile {
	try {
		return { path, text: utf8.decode(bytes) };
	} catch {
		const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
		return {
			path,
			text: '',
			problem: `is not valid UTF-8 (first bad byte on line ${line}): save it as UTF-8`
		};
	}
}

function read(root: string, path: string): SourceFile {
	const file = join(root, path);
	if (!existsSync(file)) throw new Error(`${path}: no such file in the content root ${root}`);
	return decodeSource(path, readFileSync(file));
}

export function readSources(root = contentRoot()): Sources {
	/** Every file of a folder, so none is left out unseen; `wrong` says why a file does not belong. */
	const listing = (dir: string, wrong: (name: string) => string | null) => {
		if (!existsSync(join(root, dir)))
			throw new Error(`${dir}/: no such folder in the content root ${root}`);
		return readdirSync(join(root, dir), { withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => entry.name)
			.sort()
			.map((name) => {
				const problem = wrong(name);
				return problem
					? { path: `${dir}/${name}`, text: '', problem }
					: read(root, `${dir}/${name}`);
			});
	};
	return {
		// Checked by the pipeline, which names a file that is not a seed.
		seeds: listing('seeds', () => null),
		places: read(root, 'geo/places.geojson'),
		facts: read(root, 'geo/facts.json'),
		unmapped: read(root, 'geo/unmapped-figures.json'),
		unmappedClaims: read(root, 'geo/unmapped-claims.json'),
		disagreements: read(root, 'geo/disagreements.json'),
		seedSums: read(root, 'geo/seeds.sha256'),
		basemap: listing('geo/basemap', (name) =>
			name.endsWith('.geojson')
				? null
				: 'not a basemap layer: geo/basemap/ holds .geojson files; move this file elsewhere'
		)
	};
}

/** Built values by content root: each is built once per process. */
const built = {
	content: new Map<string, Content>(),
	atlas: new Map<string, Atlas>(),
	tour: new Map<string, TourChapter[]>(),
	planner: new Map<string, Planner>(),
	tiles: new Map<string, Map<string, MapTile>>()
};

function once<T>(cache: Map<string, T>, root: string, build: () => T): T {
	const key = resolve(root);
	let value = cache.get(key);
	if (value === undefined) {
		value = build();
		cache.set(key, value);
	}
	return value;
}

/** The content, built once per process and root. */
export function loadContent(root = contentRoot()): Content {
	return once(built.content, root, () => buildContent(readSources(root)));
}

/** The guided tour's curated chapters (geo/tour.json). */
export function readTour(root = contentRoot()): SourceFile {
	return read(root, 'geo/tour.json');
}

/** The guided tour's chapters, checked against the content, once per process and root. */
export function loadTour(root = contentRoot()): TourChapter[] {
	return once(built.tour, root, () => buildTour(readTour(root), loadContent(root)));
}

/** The explorer's stories, tour and search index, built once per process and root. */
export function loadAtlas(root = contentRoot()): Atlas {
	return once(built.atlas, root, () => {
		const content = loadContent(root);
		return buildAtlas(content, loadTour(root));
	});
}

/** The planner's measured table and summaries, built once per process and root. */
export function loadPlanner(root = contentRoot()): Planner {
	return once(built.planner, root, () => buildPlanner(loadContent(root)));
}

/** The map's vector tiles by "z/x/y", made once per process and root. */
export function loadMapTiles(root = contentRoot()): Map<string, MapTile> {
	return once(built.tiles, root, () => {
		const content = loadContent(root);
		const basemap = Object.fromEntries(
			BASEMAP_TILE_LAYERS.flatMap((name) => {
				const layer = publishedBasemapLayer(content, name);
				return layer ? [[name, layer]] : [];
			})
		);
		const tiles = mapTiles(
			publishedMapPlaces(content),
			publishedMapLabels(content, loadAtlas(root)),
			basemap
		);
		return new Map(tiles.map((t) => [`${t.z}/${t.x}/${t.y}`, t]));
	});
}
