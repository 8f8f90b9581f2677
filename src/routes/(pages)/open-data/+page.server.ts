import { loadContent } from '$lib/server/load';
import { basemapLayerNames, publishedCoverage } from '$lib/content/published';

/** A summary of the published data; the map arrives with the explorer. */
export function load() {
	const content = loadContent();
	return {
		articles: content.articles.map((a) => ({
			id: a.id,
			title: a.title,
			date: a.date,
			seeds: a.seeds
		})),
		counts: {
			places: content.places.length,
			facts: content.facts.length,
			disagreements: content.disagreements.length
		},
		coverage: publishedCoverage(content),
		basemapLayers: basemapLayerNames(content)
	};
}
