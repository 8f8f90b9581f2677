import { error, json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/load';
import { basemapLayerNames, publishedBasemapLayer } from '$lib/content/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	basemapLayerNames(loadContent()).map((layer) => ({ layer }));

export const GET: RequestHandler = ({ params }) => {
	const layer = publishedBasemapLayer(loadContent(), params.layer);
	if (!layer) error(404, `No basemap layer "${params.layer}"`);
	return json(layer, { headers: { 'content-type': 'application/geo+json' } });
};
