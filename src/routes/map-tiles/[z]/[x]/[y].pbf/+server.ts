import { error } from '@sveltejs/kit';
import { tileAddresses } from '$lib/content/map-tiles';
import { loadMapTiles } from '$lib/server/load';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/**
 * Every tile the map may ask for (src/lib/content/map-tiles.ts), empty ones included: known
 * without building the content, so listing the pages to prerender stays quick.
 */
export const entries: EntryGenerator = () =>
	tileAddresses().map(({ z, x, y }) => ({ z: `${z}`, x: `${x}`, y: `${y}` }));

/** One vector tile of the map's places and labels. */
export const GET: RequestHandler = ({ params }) => {
	const tile = loadMapTiles().get(`${params.z}/${params.x}/${params.y}`);
	if (!tile) error(404, `No map tile ${params.z}/${params.x}/${params.y}`);
	return new Response(new Uint8Array(tile.bytes), {
		headers: { 'content-type': 'application/x-protobuf' }
	});
};
