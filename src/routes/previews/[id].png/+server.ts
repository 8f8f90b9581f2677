import { error } from '@sveltejs/kit';
import { loadContent } from '$lib/server/load';
import { previewPng, SITE_PREVIEW } from '$lib/server/preview-images';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [
	{ id: SITE_PREVIEW },
	...loadContent().places.map((p) => ({ id: p.id }))
];

/** A link preview: the place on the district's map, or the whole atlas. */
export const GET: RequestHandler = ({ params }) => {
	const { places } = loadContent();
	if (params.id !== SITE_PREVIEW && !places.some((p) => p.id === params.id))
		error(404, { message: `No preview for "${params.id}"` });
	return new Response(previewPng(places, params.id), {
		headers: { 'content-type': 'image/png' }
	});
};
