import { error } from '@sveltejs/kit';
import { loadAtlas } from '$lib/server/load';
import { indexFile } from '$lib/server/explorer-index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One file, named by its content's hash: browsers and the offline copy keep it until it changes. */
export const entries: EntryGenerator = () => [{ hash: indexFile(loadAtlas()).hash }];

/** The explorer's index: every place, the tour and the articles' titles. */
export const GET: RequestHandler = ({ params }) => {
	const file = indexFile(loadAtlas());
	if (params.hash !== file.hash) error(404, { message: `No index with the hash "${params.hash}"` });
	return new Response(file.body, { headers: { 'content-type': 'application/json' } });
};
