import { loadContent } from '$lib/server/load';
import { mapPictureSvg } from '$lib/server/map-picture';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The map's picture before WebGL (src/lib/geo/picture.ts): one file, framed by each page. */
export const GET: RequestHandler = () => {
	const { places, basemap } = loadContent();
	return new Response(mapPictureSvg(places, basemap), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
