import { loadAtlas } from '$lib/content/load';
import type { ExplorerIndex } from '$lib/explorer.svelte';

/**
 * What every explorer page carries: the places, the tour and the articles' titles. Stories come
 * with their own place's page (and are fetched, or prefetched on hover, when another place is
 * chosen); the search index is fetched when the reader first searches. So a page's weight grows
 * with its own story, not with the atlas.
 */
export function load(): { index: ExplorerIndex } {
	const { places, tour, articles } = loadAtlas();
	return { index: { places, tour, articles } };
}
