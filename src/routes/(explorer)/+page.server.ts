import { loadAtlas } from '$lib/server/load';

/** The home panel's counts and the tour's first chapter. */
export function load() {
	const atlas = loadAtlas();
	return {
		counts: { places: atlas.places.length, articles: Object.keys(atlas.articles).length },
		firstChapter: atlas.tour[0]!.id
	};
}
