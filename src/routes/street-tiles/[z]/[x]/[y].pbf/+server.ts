import { error } from '@sveltejs/kit';
import {
	readStreetRecord,
	streetFolder,
	streetTile,
	streetTileAddresses
} from '$lib/server/street-tiles';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every street tile the map may ask for (none when the build has no street tiles). */
export const entries: EntryGenerator = () =>
	streetTileAddresses(readStreetRecord()).map(({ z, x, y }) => ({
		z: `${z}`,
		x: `${x}`,
		y: `${y}`
	}));

/** One vector tile of the street basemap (npm run basemap), as tilemaker made it. */
export const GET: RequestHandler = ({ params }) => {
	const [z, x, y] = [params.z, params.x, params.y].map(Number) as [number, number, number];
	if (![z, x, y].every(Number.isInteger))
		error(404, `No street tile ${params.z}/${params.x}/${params.y}`);
	return new Response(new Uint8Array(streetTile(streetFolder(), z, x, y)), {
		headers: { 'content-type': 'application/x-protobuf' }
	});
};
