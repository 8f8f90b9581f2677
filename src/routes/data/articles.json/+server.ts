import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/load';

export const prerender = true;

export function GET() {
	return json(loadContent().articles);
}
