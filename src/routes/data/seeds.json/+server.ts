import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/load';

export const prerender = true;

/** What became of each seed file: its articles and the boilerplate discarded, with reasons. */
export function GET() {
	return json(loadContent().seedReports);
}
