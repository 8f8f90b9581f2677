import { json } from '@sveltejs/kit';
import { loadAtlas, loadContent } from '$lib/server/load';
import { publishedMapLabels } from '$lib/content/published';

export const prerender = true;

/** One label point per place, inside the place (see anchorOf). */
export function GET() {
	return json(publishedMapLabels(loadContent(), loadAtlas()), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
