import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/load';
import { publishedPlaces } from '$lib/content/published';

export const prerender = true;

export function GET() {
	return json(publishedPlaces(loadContent()), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
