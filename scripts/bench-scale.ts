/**
 * `npm run bench:scale`: how the atlas holds up with more content. For each scale (1×, 10×, 100×
 * the real atlas; `--scales 1,10` for a subset) it
 * - generates a synthetic atlas in the system's temp folder (scripts/scale-atlas.ts) and runs the
 *   real pipeline and builders on it, which must pass with no problem;
 * - builds the site from it (ATLAS_CONTENT_ROOT=<folder> vite build) in a copy of the project made
 *   in the temp folder, so the project's own build/ is never touched;
 * - serves the build with gzip and measures in Debian Chromium with software WebGL, as `npm run
 *   bench` does: bytes of the first view of / and of a place page, load to the map's first
 *   complete render, click-to-panel latency, and search latency (typing a query in #search-input
 *   until its results are drawn).
 * Then prints a table, with the targets for 10× and 100× marked PASS or FAIL. `--keep` keeps the
 * temp folders (atlases, project copy, builds); BENCH_RUNS, BENCH_CLICKS and BENCH_SEARCHES set
 * how many loads, clicks and searches are timed.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdtempSync,
	openSync,
	closeSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	symlinkSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { MAX_ZOOM } from '../src/lib/map/style';
import { TILE_FOLDER } from '../src/lib/geo/tiles';
import {
	clickToPanel,
	firstViewBytes,
	labelTargets,
	launchBrowser,
	median,
	percentile,
	searchLatencies,
	SEARCH_QUERIES,
	serveBuild,
	timeToIdle
} from './bench-lib';
import { checkAtlas, generateScaledAtlas, type AtlasTimings } from './scale-atlas';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 40);
/** Each query below is typed this many times. */
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 4);
/** Real places (copy 0 keeps their ids and names at every scale): the place page and click targets. */
const PLACE_PAGE = 'malu';
const CLICK_TARGETS = ['xuhang', 'huating'];
/** `npm run bench` clicks in this view of the real atlas. */
const CLICK_VIEW = { zoom: 10.4, lat: 31.38, lng: 121.24 };

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const scales = (option('--scales') ?? '1,10,100').split(',').map(Number);
if (scales.some((n) => !Number.isInteger(n) || n < 1))
	throw new Error(`--scales ${option('--scales')}: whole numbers ≥ 1, as in --scales 1,10`);
const keep = args.includes('--keep');
const project = process.cwd();

interface Result {
	scale: number;
	counts: { places: number; articles: number; facts: number };
	pipeline: AtlasTimings;
	buildMs: number;
	buildBytes: number;
	homeBytes: number;
	/** Of the first view of /, the map's tiles (src/lib/content/map-tiles.ts). */
	homeTileBytes: number;
	placeBytes: number;
	/** The place page's own document: its HTML and its data for client-side navigation. */
	placeDocumentBytes: number;
	/** The explorer's index, fetched once and kept. */
	indexBytes: number;
	idle: number[];
	clicks: number[];
	searches: number[];
}

/** Gzip bytes of files in a build. */
function gzipOf(buildDir: string, ...files: string[]): number {
	return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(buildDir, f))).length, 0);
}

/** Bytes of the files under a folder. */
function sizeOf(dir: string): number {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

/** A copy of the project to build in: its sources, with the project's node_modules linked. */
function copyProject(to: string) {
	const skip = new Set(['node_modules', 'build', '.svelte-kit', 'test-results', '.git']);
	cpSync(project, to, {
		recursive: true,
		filter: (source) => {
			const rel = source.slice(project.length + 1).split('/')[0]!;
			return !skip.has(rel) && !rel.startsWith('playwright-report');
		}
	});
	symlinkSync(join(project, 'node_modules'), join(to, 'node_modules'));
}

function build(site: string, content: string, log: string): number {
	const out = openSync(log, 'w');
	const start = performance.now();
	const run = spawnSync('npx', ['vite', 'build'], {
		cwd: site,
		stdio: ['ignore', out, out],
		// The map's test hooks (project a coordinate to the screen) time the clicks.
		env: { ...process.env, ATLAS_CONTENT_ROOT: content, VITE_ATLAS_TEST_HOOKS: '1' }
	});
	const ms = performance.now() - start;
	closeSync(out);
	if (run.status !== 0) {
		const tail = readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
		throw new Error(`vite build failed (log: ${log}):\n${tail}`);
	}
	return ms;
}

async function measure(
	buildDir: string,
	real: { scale: number; move: (p: number[]) => number[] }
): Promise<
	Pick<Result, 'homeBytes' | 'homeTileBytes' | 'placeBytes' | 'idle' | 'clicks' | 'searches'>
> {
	const server = await serveBuild(buildDir);
	const browser = await launchBrowser();
	try {
		const { base } = server;
		const idle: number[] = [];
		for (let i = 0; i < RUNS; i++) idle.push(await timeToIdle(browser, `${base}/`));
		const homeBytes = await firstViewBytes(browser, server, `${base}/`);
		const homeTileBytes = server.bytesUnder(TILE_FOLDER);
		const placeBytes = await firstViewBytes(browser, server, `${base}/place/${PLACE_PAGE}`);
		// The view `npm run bench` clicks in, moved and zoomed with the real atlas's copy.
		const [lng, lat] = real.move([CLICK_VIEW.lng, CLICK_VIEW.lat]);
		const zoom = Math.min(MAX_ZOOM, CLICK_VIEW.zoom + Math.log2(1 / real.scale));
		const clicks = await clickToPanel(
			browser,
			`${base}/#${zoom.toFixed(2)}/${lat!.toFixed(5)}/${lng!.toFixed(5)}`,
			labelTargets(buildDir, CLICK_TARGETS),
			CLICKS
		);
		const searches = await searchLatencies(browser, `${base}/`, SEARCHES);
		return { homeBytes, homeTileBytes, placeBytes, idle, clicks, searches };
	} finally {
		await browser.close();
		await server.close();
	}
}

const work = mkdtempSync(join(tmpdir(), 'atlas-bench-scale-'));
const results: Result[] = [];
try {
	const site = join(work, 'site');
	copyProject(site);
	for (const scale of scales) {
		const step = (what: string) => console.log(`[${scale}×] ${what}`);
		step('generating the synthetic atlas');
		const atlas = generateScaledAtlas(scale, { root: project, out: join(work, `atlas-${scale}x`) });
		step(
			`checking it with the pipeline (${atlas.counts.places} places, ${atlas.counts.facts} facts)`
		);
		const checked = checkAtlas(atlas.dir);
		const counts = {
			places: checked.content.places.length,
			articles: checked.content.articles.length,
			facts: checked.content.facts.length
		};
		step(`building the site (log: ${join(work, `build-${scale}x.log`)})`);
		const buildMs = build(site, atlas.dir, join(work, `build-${scale}x.log`));
		const buildDir = join(work, `build-${scale}x`);
		renameSync(join(site, 'build'), buildDir);
		const published = JSON.parse(readFileSync(join(buildDir, 'data/places.geojson'), 'utf8')) as {
			features: unknown[];
		};
		if (published.features.length !== counts.places)
			throw new Error(
				`the ${scale}× build publishes ${published.features.length} places, not ${counts.places}: ` +
					'do the loaders read ATLAS_CONTENT_ROOT?'
			);
		step('measuring in Chromium');
		const measured = await measure(buildDir, atlas.real);
		results.push({
			scale,
			counts,
			pipeline: checked.timings,
			buildMs,
			buildBytes: sizeOf(buildDir),
			placeDocumentBytes: gzipOf(
				buildDir,
				`place/${PLACE_PAGE}.html`,
				`place/${PLACE_PAGE}/__data.json`
			),
			indexBytes: gzipOf(
				buildDir,
				...readdirSync(join(buildDir, 'explorer-index')).map((f) => `explorer-index/${f}`)
			),
			...measured
		});
	}
} finally {
	if (keep) console.log(`\nkept: ${work}`);
	else rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// The table

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) =>
	ms >= 60_000
		? `${Math.floor(ms / 60_000)} min ${((ms % 60_000) / 1000).toFixed(0)} s`
		: `${(ms / 1000).toFixed(1)} s`;
const at = (scale: number) => results.find((r) => r.scale === scale);

const rows: [string, (r: Result) => string][] = [
	[
		'places / articles / facts',
		(r) => `${r.counts.places} / ${r.counts.articles} / ${r.counts.facts}`
	],
	[
		'pipeline: content + atlas + planner',
		(r) =>
			[r.pipeline.buildContent, r.pipeline.buildAtlas, r.pipeline.buildPlanner]
				.map(seconds)
				.join(' + ')
	],
	['build time', (r) => seconds(r.buildMs)],
	['build size (bytes on disk)', (r) => mb(r.buildBytes)],
	['first view / (gzip)', (r) => kb(r.homeBytes)],
	[`first view /place/${PLACE_PAGE} (gzip)`, (r) => kb(r.placeBytes)],
	[`  its page: HTML + data (gzip)`, (r) => kb(r.placeDocumentBytes)],
	['  explorer index, fetched once (gzip)', (r) => kb(r.indexBytes)],
	['  map tiles in the first view of / (gzip)', (r) => kb(r.homeTileBytes)],
	['load to settled map (median ms)', (r) => median(r.idle).toFixed(0)],
	[
		'click-to-panel p50 / p95 (ms)',
		(r) => `${median(r.clicks).toFixed(1)} / ${percentile(r.clicks, 95).toFixed(1)}`
	],
	[
		'search p50 / p95 (ms)',
		(r) => `${median(r.searches).toFixed(1)} / ${percentile(r.searches, 95).toFixed(1)}`
	]
];
const width = 44;
const cell = 30;
console.log(
	`\nJiading Atlas at scale — software WebGL; ${RUNS} loads, ${CLICKS} clicks, ${SEARCHES * SEARCH_QUERIES.length} searches per scale\n`
);
console.log('measure'.padEnd(width) + results.map((r) => `${r.scale}×`.padEnd(cell)).join(''));
for (const [label, value] of rows)
	console.log(label.padEnd(width) + results.map((r) => value(r).padEnd(cell)).join(''));

interface Target {
	label: string;
	value: string;
	limit: string;
	ok: boolean | null;
}
const targets: Target[] = [];
const one = at(1);
const ten = at(10);
const hundred = at(100);
if (ten) {
	targets.push({
		label: '10×: first view of / ≤ 1.3 × the 1× figure',
		value: kb(ten.homeBytes),
		limit: one ? `≤ ${kb(1.3 * one.homeBytes)}` : 'needs 1× in the run',
		ok: one ? ten.homeBytes <= 1.3 * one.homeBytes : null
	});
	targets.push({
		label: `10×: place page (/place/${PLACE_PAGE}) no larger than at 1×`,
		value: kb(ten.placeBytes),
		limit: one ? `≤ ${kb(one.placeBytes)}` : 'needs 1× in the run',
		ok: one ? ten.placeBytes <= one.placeBytes : null
	});
	targets.push({
		label: `10×: its page (HTML + data) no larger than at 1×`,
		value: kb(ten.placeDocumentBytes),
		limit: one ? `≤ ${kb(one.placeDocumentBytes)}` : 'needs 1× in the run',
		ok: one ? ten.placeDocumentBytes <= one.placeDocumentBytes : null
	});
}
if (hundred) {
	targets.push({
		label: '100×: build time',
		value: seconds(hundred.buildMs),
		limit: '≤ 10 min',
		ok: hundred.buildMs <= 10 * 60_000
	});
	const click = percentile(hundred.clicks, 95);
	targets.push({
		label: '100×: click-to-panel p95',
		value: `${click.toFixed(1)} ms`,
		limit: '≤ 100 ms',
		ok: click <= 100
	});
	const search = percentile(hundred.searches, 95);
	targets.push({
		label: '100×: search p95',
		value: `${search.toFixed(1)} ms`,
		limit: '≤ 50 ms',
		ok: search <= 50
	});
}
if (targets.length > 0) {
	const tw = 54;
	console.log('\n' + 'target'.padEnd(tw) + 'value'.padEnd(16) + 'limit'.padEnd(22) + 'result');
	for (const t of targets)
		console.log(
			t.label.padEnd(tw) +
				t.value.padEnd(16) +
				t.limit.padEnd(22) +
				(t.ok === null ? '—' : t.ok ? 'PASS' : 'FAIL')
		);
}
