/**
 * `npm run basemap -- <extract.osm.pbf> [--out <folder>]`: the street basemap from an
 * OpenStreetMap extract (as Geofabrik or BBBike serve them; an `.osm` XML file works too).
 *
 * 1. Debian's tilemaker and osmium-tool, installed when missing (scripts/ensure-tilemaker.sh).
 * 2. The extract clipped to everywhere the map can reach (STREET_TILE_BOUNDS) with `osmium extract`.
 * 3. Vector tiles at STREET_TILE_ZOOMS by tilemaker, with the atlas's own profile
 *    (scripts/street-tiles/process.lua): roads by class with names, railways, water, parks, land
 *    use, buildings from zoom 14, a few named POIs. Uncompressed, so any static host serves them.
 * 4. A record beside them (STREET_RECORD_FILE: source, its date, licence, tool, size) that the
 *    build reads: with it the map draws the streets and the credits name the extract.
 *
 * The tiles go to `street-tiles/` (not in git: an extract's tiles are the deployer's to make);
 * the build serves that folder, or the one named by ATLAS_STREET_TILES, at /street-tiles/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extent } from '../src/lib/geo/extents';
import {
	STREET_LAYERS,
	STREET_RECORD_FILE,
	STREET_TILE_BOUNDS,
	STREET_TILE_ZOOMS,
	type StreetTiles
} from '../src/lib/geo/street-tiles';
import { tileBox } from '../src/lib/geo/tiles';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_STREET_FOLDER = join(root, 'street-tiles');

const run = (command: string, args: string[]) =>
	execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** tilemaker's settings, from the same constants the style reads. */
function tilemakerConfig() {
	const layer = (minzoom: number, simplify = false) => ({
		minzoom,
		maxzoom: STREET_TILE_ZOOMS.max,
		...(simplify ? { simplify_below: 13, simplify_level: 0.0001, simplify_ratio: 2 } : {})
	});
	const layers: Record<(typeof STREET_LAYERS)[number], object> = {
		landuse: layer(11, true),
		park: layer(11, true),
		water: layer(STREET_TILE_ZOOMS.min, true),
		waterway: layer(STREET_TILE_ZOOMS.min, true),
		railway: layer(STREET_TILE_ZOOMS.min, true),
		transportation: layer(STREET_TILE_ZOOMS.min, true),
		building: layer(14),
		poi: layer(14)
	};
	return {
		layers,
		settings: {
			minzoom: STREET_TILE_ZOOMS.min,
			maxzoom: STREET_TILE_ZOOMS.max,
			basezoom: STREET_TILE_ZOOMS.max,
			include_ids: false,
			compress: 'none',
			name: 'Jiading Atlas streets',
			version: '1',
			description: 'Streets, water, parks, land use and buildings from OpenStreetMap'
		}
	};
}

/** The extract's date: its header's timestamp, or else its newest object's. */
function extractDate(file: string): string | null {
	try {
		const info = JSON.parse(run('osmium', ['fileinfo', '-e', '-j', file])) as {
			header?: { option?: Record<string, string> };
			data?: { timestamp?: { last?: string } };
		};
		const stamp =
			info.header?.option?.osmosis_replication_timestamp ??
			info.header?.option?.timestamp ??
			info.data?.timestamp?.last;
		return stamp ? stamp.slice(0, 10) : null;
	} catch {
		return null;
	}
}

function tileFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.pbf'))
		.map((f) => join(folder, f));
}

/**
 * Where the tiles hold something: the box of the highest zoom's tiles. The map asks for tiles
 * only inside it, and the build serves an empty tile for any address inside it with none.
 */
export function dataBounds(folder: string, files: string[], z: number): Extent {
	const boxes = files
		.map((f) =>
			f
				.slice(folder.length + 1)
				.split(/[/\\]/)
				.map((part) => parseInt(part, 10))
		)
		.filter(([tz]) => tz === z)
		.map(([, x, y]) => tileBox(x!, y!, z));
	return [
		Math.min(...boxes.map((b) => b[0])),
		Math.min(...boxes.map((b) => b[1])),
		Math.max(...boxes.map((b) => b[2])),
		Math.max(...boxes.map((b) => b[3]))
	];
}

export interface BasemapOptions {
	input: string;
	out?: string;
	/** Today, as YYYY-MM-DD (tests fix it). */
	today?: string;
}

/** Makes the street tiles and their record; returns the record. */
export function makeStreetTiles({
	input,
	out = DEFAULT_STREET_FOLDER,
	today = new Date().toISOString().slice(0, 10)
}: BasemapOptions): StreetTiles {
	if (!existsSync(input)) throw new Error(`basemap: ${input}: no such file`);
	if (!/\.osm(\.pbf)?$/.test(input))
		throw new Error(`basemap: ${input}: not an OpenStreetMap extract (.osm.pbf or .osm)`);
	execFileSync('bash', [join(root, 'scripts/ensure-tilemaker.sh')], { stdio: 'inherit' });

	const work = mkdtempSync(join(tmpdir(), 'atlas-basemap-'));
	try {
		const clipped = join(work, 'clipped.osm.pbf');
		const [west, south, east, north] = STREET_TILE_BOUNDS;
		run('osmium', [
			'extract',
			'--bbox',
			`${west},${south},${east},${north}`,
			'--set-bounds',
			'--overwrite',
			'-o',
			clipped,
			input
		]);
		const config = join(work, 'config.json');
		writeFileSync(config, JSON.stringify(tilemakerConfig(), null, '\t'));
		rmSync(out, { recursive: true, force: true });
		try {
			run('tilemaker', [
				'--input',
				clipped,
				'--output',
				out,
				'--config',
				config,
				'--process',
				join(root, 'scripts/street-tiles/process.lua')
			]);
		} catch (e) {
			const stderr = (e as { stderr?: string }).stderr ?? '';
			throw new Error(`basemap: tilemaker failed on ${input}:\n${stderr.trim()}`);
		}
		// tilemaker's own metadata repeats the config; the record below replaces it.
		rmSync(join(out, 'metadata.json'), { force: true });
		const files = tileFiles(out);
		if (files.length === 0)
			throw new Error(`basemap: ${input}: no tiles made (nothing in the map's reach?)`);
		const version = run('tilemaker', ['--help']).split('\n')[0]!.trim();
		const record: StreetTiles = {
			source: basename(input),
			sourceDate: extractDate(input),
			made: today,
			licence: 'ODbL 1.0',
			attribution: '© OpenStreetMap contributors',
			tool: version,
			zooms: { ...STREET_TILE_ZOOMS },
			bounds: dataBounds(out, files, STREET_TILE_ZOOMS.max),
			tiles: files.length,
			bytes: files.reduce((sum, f) => sum + statSync(f).size, 0)
		};
		writeFileSync(join(out, STREET_RECORD_FILE), JSON.stringify(record, null, '\t') + '\n');
		return record;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

function main() {
	const args = process.argv.slice(2);
	const at = args.indexOf('--out');
	const out = at >= 0 ? args[at + 1] : undefined;
	const input = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
	if (!input || (at >= 0 && !out)) {
		console.error('Usage: npm run basemap -- <extract.osm.pbf> [--out <folder>]');
		process.exit(2);
	}
	try {
		const record = makeStreetTiles({ input: resolve(input), out: out ? resolve(out) : undefined });
		console.log(
			`${record.tiles} street tiles, ${(record.bytes / 1024).toFixed(1)} KB, zooms ${record.zooms.min}–${record.zooms.max}, from ${record.source} (${record.sourceDate ?? 'date unknown'}) → ${out ?? 'street-tiles/'}`
		);
		console.log('Build the app (npm run build) to serve them; the credits name the extract.');
	} catch (e) {
		console.error((e as Error).message);
		process.exit(1);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
