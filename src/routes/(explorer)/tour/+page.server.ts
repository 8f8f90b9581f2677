import { loadAtlas } from '$lib/server/load';
import { chapterPart } from '$lib/server/explorer-index';

/** The tour's start page lists every chapter. */
export function load() {
	return { part: chapterPart(loadAtlas(), null) };
}
