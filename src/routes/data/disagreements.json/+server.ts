import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/content/load';

export const prerender = true;

export function GET() {
	return json(loadContent().disagreements);
}
