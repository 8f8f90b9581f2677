/**
 * The street tiles a build serves (made by `npm run basemap`, scripts/basemap.ts): read from
 * `street-tiles/`, or the folder ATLAS_STREET_TILES names (the browser tests' fixture). Build time
 * only; vite.config.ts reads the record through here to tell the style, and the route
 * src/routes/street-tiles serves the tiles. No `$lib` imports: vite.config.ts loads this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { STREET_RECORD_FILE, type StreetTiles } from '../geo/street-tiles';
import { tilesCovering } from '../geo/tiles';

/** The folder the build takes street tiles from. */
export function streetFolder(env: Record<string, string | undefined> = process.env): string {
	return resolve(env.ATLAS_STREET_TILES || 'street-tiles');
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const zoom = z.int().min(0).max(22);
const RECORD = z.strictObject({
	source: z.string().min(1),
	sourceDate: day.nullable(),
	made: day,
	licence: z.literal('ODbL 1.0'),
	attribution: z.literal('© OpenStreetMap contributors'),
	tool: z.string().min(1),
	zooms: z.strictObject({ min: zoom, max: zoom }).refine((zs) => zs.min <= zs.max, 'min above max'),
	bounds: z
		.tuple([z.number(), z.number(), z.number(), z.number()])
		.refine(([w, s, e, n]) => w < e && s < n, 'west below east and south below north'),
	tiles: z.int().positive(),
	bytes: z.int().nonnegative()
});

/**
 * The record of the street tiles in `folder`, or null when it holds none. A record that is not
 * what `npm run basemap` writes is an error naming the file and the field.
 */
export function readStreetRecord(folder = streetFolder()): StreetTiles | null {
	const file = join(folder, STREET_RECORD_FILE);
	if (!existsSync(file)) return null;
	const name = relative(process.cwd(), file) || file;
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		throw new Error(`${name}: not JSON (${(e as Error).message}); run npm run basemap again`);
	}
	const parsed = RECORD.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new Error(
			`${name}: field "${issue.path.join('.') || '(record)'}": ${issue.message}; run npm run basemap again`
		);
	}
	return parsed.data as StreetTiles;
}

/**
 * Every tile address the map may ask for: inside the record's bounds at each of its zooms, which
 * the map only asks for. Addresses without a file are served empty, so no request fails.
 */
export function streetTileAddresses(record: StreetTiles | null) {
	if (!record) return [];
	const addresses: { z: number; x: number; y: number }[] = [];
	for (let zz = record.zooms.min; zz <= record.zooms.max; zz++)
		for (const [x, y] of tilesCovering(record.bounds, zz)) addresses.push({ z: zz, x, y });
	return addresses;
}

/** One tile's bytes, empty where the extract has nothing. */
export function streetTile(folder: string, z: number, x: number, y: number): Uint8Array {
	const file = join(folder, `${z}`, `${x}`, `${y}.pbf`);
	return existsSync(file) ? new Uint8Array(readFileSync(file)) : new Uint8Array();
}
