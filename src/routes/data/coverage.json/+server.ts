import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/load';
import { publishedCoverage } from '$lib/content/published';

export const prerender = true;

export function GET() {
	return json(publishedCoverage(loadContent()));
}
