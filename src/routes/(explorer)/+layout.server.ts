import { loadAtlas } from '$lib/server/load';
import { indexPart, indexUrl } from '$lib/server/explorer-index';

/**
 * What every explorer page carries: where the explorer's index is (one content-hashed file the
 * browser fetches once and keeps) and the page's own share of it, here only the district (the
 * map's home). Pages that draw more carry more: a place's page its town and articles,
 * the tour's pages the tour. So a page's weight grows with its own story, not with the atlas.
 */
export function load() {
	const atlas = loadAtlas();
	return { indexUrl: indexUrl(atlas), part: indexPart(atlas, {}) };
}
