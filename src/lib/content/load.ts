/** Reads the pipeline's sources from disk (build time only; the browser never runs this). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Atlas } from '../schema/story';
import { buildContent, type Content, type SourceFile, type Sources } from './pipeline';
import { buildAtlas } from './stories';
import { buildTour } from './tour';
import { buildPlanner } from './planner';
import type { Planner } from '../schema/planner';

function read(root: string, path: string): SourceFile {
	return { path, text: readFileSync(join(root, path), 'utf8') };
}

export function readSources(root = process.cwd()): Sources {
	const listing = (dir: string, ext: string) =>
		readdirSync(join(root, dir))
			.filter((f) => f.endsWith(ext))
			.sort()
			.map((f) => read(root, `${dir}/${f}`));
	return {
		seeds: listing('seeds', '.txt'),
		places: read(root, 'geo/places.geojson'),
		facts: read(root, 'geo/facts.json'),
		unmapped: read(root, 'geo/unmapped-figures.json'),
		unmappedClaims: read(root, 'geo/unmapped-claims.json'),
		disagreements: read(root, 'geo/disagreements.json'),
		basemap: listing('geo/basemap', '.geojson')
	};
}

let cached: Content | undefined;

/** The project's content, built once per process. */
export function loadContent(root = process.cwd()): Content {
	cached ??= buildContent(readSources(root));
	return cached;
}

/** The guided tour's curated chapters (geo/tour.json). */
export function readTour(root = process.cwd()): SourceFile {
	return read(root, 'geo/tour.json');
}

let cachedAtlas: Atlas | undefined;

/** The explorer's stories, tour and search index, built once per process. */
export function loadAtlas(root = process.cwd()): Atlas {
	const content = loadContent(root);
	cachedAtlas ??= buildAtlas(content, buildTour(readTour(root), content));
	return cachedAtlas;
}

let cachedPlanner: Planner | undefined;

/** The planner's measured table and summaries, built once per process. */
export function loadPlanner(root = process.cwd()): Planner {
	cachedPlanner ??= buildPlanner(loadContent(root));
	return cachedPlanner;
}
