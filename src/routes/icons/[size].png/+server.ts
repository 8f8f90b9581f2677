import { error } from '@sveltejs/kit';
import { ICON_SIZES, iconPng } from '$lib/server/app-icons';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => ICON_SIZES.map((size) => ({ size: String(size) }));

/** The app's icon as a PNG, at each size the manifest names. */
export const GET: RequestHandler = ({ params }) => {
	const size = Number(params.size);
	if (!(ICON_SIZES as readonly number[]).includes(size))
		error(404, { message: `No icon of size "${params.size}"` });
	return new Response(iconPng(size), { headers: { 'content-type': 'image/png' } });
};
