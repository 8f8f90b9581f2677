import { loadAtlas } from '$lib/server/load';
import { chapterPart } from '$lib/server/explorer-index';

/** The kiosk's attract loop plays the tour: its home carries it. */
export function load() {
	return { part: chapterPart(loadAtlas(), null) };
}
