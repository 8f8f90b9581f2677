import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/load';
import { publishedMapPlaces } from '$lib/content/published';

export const prerender = true;

/**
 * Places with the flat style properties the map reads (its tiles are made from this file's
 * features): the same geometry as /data/places.geojson.
 */
export function GET() {
	return json(publishedMapPlaces(loadContent()), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
