import { json } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/load';
import { publishedSearch } from '$lib/content/published';

export const prerender = true;

/** The search index on its own, for pages outside the explorer (the not-found page). */
export function GET() {
	return json(publishedSearch(loadAtlas()));
}
