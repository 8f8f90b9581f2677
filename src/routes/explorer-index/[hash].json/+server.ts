import { error } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/load';
import { indexFile } from '$lib/server/explorer-index';
import type { RequestHandler } from './$types';

/**
 * One file, named by its content's hash: browsers and the offline copy keep it until it changes.
 * The prerender finds it through the preload link every explorer page has; it lists no entries,
 * as its name is known only once every story is built.
 */
export const prerender = true;

/** The explorer's index: every place, the tour and the articles' titles. */
export const GET: RequestHandler = ({ params }) => {
	const file = indexFile(loadAtlas());
	if (params.hash !== file.hash) error(404, { message: `No index with the hash "${params.hash}"` });
	return new Response(file.body, { headers: { 'content-type': 'application/json' } });
};
