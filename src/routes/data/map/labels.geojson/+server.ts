import { json } from '@sveltejs/kit';
import { loadAtlas } from '$lib/content/load';
import { mapLabels } from '$lib/content/map-features';

export const prerender = true;

/** One label point per place, inside the place (see anchorOf). */
export function GET() {
	return json(mapLabels(loadAtlas().places), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
