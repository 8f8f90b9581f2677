import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/content/load';
import { mapPlaces } from '$lib/content/map-features';

export const prerender = true;

/** Places as the map draws them: same geometry as /data/places.geojson, flat style properties. */
export function GET() {
	return json(mapPlaces(loadContent().places), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
