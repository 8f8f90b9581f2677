import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/load';
import { publishedMapPlaces } from '$lib/content/published';

export const prerender = true;

/** Places as the map draws them: same geometry as /data/places.geojson, flat style properties. */
export function GET() {
	return json(publishedMapPlaces(loadContent()), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
