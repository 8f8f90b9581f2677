import { error, json } from '@sveltejs/kit';
import { loadContent } from '$lib/content/load';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	Object.keys(loadContent().basemap).map((layer) => ({ layer }));

export const GET: RequestHandler = ({ params }) => {
	const layer = loadContent().basemap[params.layer];
	if (!layer) error(404, `No basemap layer "${params.layer}"`);
	return json(layer, { headers: { 'content-type': 'application/geo+json' } });
};
