import { base } from '$app/paths';
import { webManifest } from '$lib/server/app-icons';

export const prerender = true;

/** What makes the site installable: its name, start page, colours and icons. */
export const GET = () =>
	new Response(JSON.stringify(webManifest(base)), {
		headers: { 'content-type': 'application/manifest+json' }
	});
