import { schemeScript } from '$lib/colour-scheme.svelte';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Puts a reader's chosen colour scheme on the page before its first paint (src/app.html). */
export const GET: RequestHandler = () =>
	new Response(schemeScript(), { headers: { 'content-type': 'text/javascript' } });
