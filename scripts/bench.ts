/**
 * `npm run bench`: builds the site, serves it with gzip from a local server, and prints
 * - for `/` and a place page, the median of cold loads: bytes (gzip), all and the app's own (all
 *   but MapLibre's code, worker and stylesheet), requests, first and largest contentful paint, and
 *   the time to a settled map (MapLibre's first `idle`), set against a bare MapLibre page drawing
 *   the same style and data files, measured in the same run;
 * - the app's own files of the first view of `/`, largest first;
 * - click-to-panel latency over repeated clicks on the map (median and p95);
 * - search latency, from typing a query to the frame after its results are drawn (median and p95).
 * Runs in Debian Chromium with software WebGL, as the tests do.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { bbox } from '@turf/turf';
import { atLeast, type BBox } from '../src/lib/map/camera';
import { atlasStyle, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../src/lib/map/style';
import { FIRST_IDLE_MARK as MARK } from '../src/lib/map/marks';
import {
	clickToPanel,
	coldLoad,
	mapLibrePaths,
	type ColdLoad,
	searchLatencies,
	SEARCH_QUERIES,
	offlineCopyBytes,
	labelTargets,
	launchBrowser,
	median,
	percentile,
	serveBuild,
	timeToIdle,
	TYPES
} from './bench-lib';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The pages whose first view is measured: the home view and a place's page. */
const PAGES = ['/', '/place/malu'];
/** The app's own bytes of a first view (#17), gzip. */
const APP_BUDGET_KB = 100;
const CLICKS = Number(process.env.BENCH_CLICKS ?? 40);
/** Each of SEARCH_QUERIES is typed this many times. */
const SEARCH_ROUNDS = Number(process.env.BENCH_SEARCHES ?? 4);

if (!process.argv.includes('--no-build'))
	execSync('npm run build', {
		stdio: 'inherit',
		// The map's test hooks (project a coordinate to the screen) time the clicks.
		env: { ...process.env, VITE_ATLAS_TEST_HOOKS: '1' }
	});

const maplibre = (file: string) => join('node_modules/maplibre-gl/dist', file);
const district = JSON.parse(readFileSync('build/data/map/labels.geojson', 'utf8'));
const places = JSON.parse(readFileSync('build/data/places.geojson', 'utf8'));
const BARE_PAGE = (origin: string, bounds: number[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/bench/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div>
<script type="module">
import { Map, setWorkerUrl } from '/bench/maplibre-gl.mjs';
setWorkerUrl('/bench/maplibre-gl-worker.mjs');
const map = new Map({ container: 'map', style: ${JSON.stringify(atlasStyle({ origin, locale: 'en' }))},
  bounds: ${JSON.stringify(bounds)}, fitBoundsOptions: { padding: 24 },
  maxBounds: ${JSON.stringify(MAX_BOUNDS)}, minZoom: ${MIN_ZOOM}, maxZoom: ${MAX_ZOOM} });
map.once('idle', () => performance.mark('${MARK}'));
</script></body></html>`;

/** What a bare page frames: the district's view for `/`, a place's box for its page. */
function boundsFor(page: string): number[] {
	const id = page.match(/^\/place\/(.+)$/)?.[1];
	if (id) return atLeast(bbox(places.features.find((f: { id: string }) => f.id === id)) as BBox);
	const f = district.features.find((x: { id: string }) => x.id === 'jiading');
	const [x, y] = f.geometry.coordinates;
	return [x - 0.15, y - 0.14, x + 0.14, y + 0.14];
}

/** The bare page drawing what `page` draws first. */
const barePath = (page: string) => `/bench/bare${page.replaceAll('/', '-')}.html`;

/** The bench's own files: MapLibre as published, and a bare page drawing the atlas's style. */
function benchFile(path: string, origin: string) {
	const page = PAGES.find((p) => barePath(p) === path);
	if (page) return { body: Buffer.from(BARE_PAGE(origin, boundsFor(page))), type: 'text/html' };
	if (!path.startsWith('/bench/')) return null;
	const file = maplibre(path.slice('/bench/'.length));
	return { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

const server = await serveBuild('build', benchFile);
const { base } = server;
const browser = await launchBrowser();

const mapLibre = mapLibrePaths();
const loads = new Map<string, ColdLoad[]>(PAGES.map((page) => [page, []]));
const bare = new Map<string, number[]>(PAGES.map((page) => [page, []]));
for (let i = 0; i < RUNS; i++)
	for (const page of PAGES) {
		loads.get(page)!.push(await coldLoad(browser, server, base + page, mapLibre));
		bare.get(page)!.push(await timeToIdle(browser, base + barePath(page)));
	}
const offline = await offlineCopyBytes(browser, server, `${base}/`);
const clicks = await clickToPanel(
	browser,
	`${base}/#10.4/31.38/121.24`,
	labelTargets('build', ['xuhang', 'huating']),
	CLICKS
);
const searches = await searchLatencies(browser, `${base}/`, SEARCH_ROUNDS);
await browser.close();
await server.close();

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const row = (label: string, value: string, target: string, ok: boolean) =>
	console.log(
		`${label.padEnd(48)} ${value.padEnd(18)} ${target.padEnd(12)} ${ok ? 'ok' : 'MISSED'}`
	);
console.log(
	`\nJiading Atlas benchmark — ${RUNS} cold loads of each page, ${CLICKS} clicks, ${SEARCH_ROUNDS * SEARCH_QUERIES.length} searches, software WebGL\n`
);
row('measure', 'value', 'target', true);
for (const page of PAGES) {
	const runs = loads.get(page)!;
	const of = (pick: (load: ColdLoad) => number) => median(runs.map(pick));
	const app = of((l) => l.appBytes);
	const ratio = of((l) => l.settled) / median(bare.get(page)!);
	console.log(`\n${page}`);
	row('  transferred, all (gzip KB)', kb(of((l) => l.bytes)), '', true);
	row(
		"  transferred, the app's own (gzip KB)",
		kb(app),
		`≤ ${APP_BUDGET_KB}`,
		app <= APP_BUDGET_KB * 1024
	);
	row('  requests', String(of((l) => l.requests)), '', true);
	row('  first contentful paint (ms)', of((l) => l.fcp).toFixed(0), '', true);
	row('  largest contentful paint (ms)', of((l) => l.lcp).toFixed(0), '', true);
	row('  settled map (ms)', of((l) => l.settled).toFixed(0), '', true);
	row(
		'  bare MapLibre, same style, data and view (ms)',
		median(bare.get(page)!).toFixed(0),
		'',
		true
	);
	row('  settled map ÷ bare MapLibre', ratio.toFixed(2), '≤ 1.05', ratio <= 1.05);
}
console.log('');
row('offline copy, after the first view (gzip KB)', kb(offline), '', true);
row('click-to-panel p50 (ms)', median(clicks).toFixed(1), '', true);
row(
	'click-to-panel p95 (ms)',
	percentile(clicks, 95).toFixed(1),
	'≤ 16',
	percentile(clicks, 95) <= 16
);
row('search median (ms)', median(searches).toFixed(1), '', true);
row('search p95 (ms)', percentile(searches, 95).toFixed(1), '≤ 20', percentile(searches, 95) <= 20);

const home = loads.get('/')!;
console.log(`\nthe app's own files in the first view of / (gzip KB; the median load's):`);
const middle = [...home].sort((a, b) => a.appBytes - b.appBytes)[Math.floor(home.length / 2)]!;
for (const [path, bytes] of middle.files) console.log(`  ${kb(bytes).padStart(6)}  ${path}`);
console.log(
	`\nsettled map, all loads of / (ms): ${home.map((l) => l.settled.toFixed(0)).join(' ')}`
);
console.log(
	`bare MapLibre, all loads (ms): ${bare
		.get('/')!
		.map((x) => x.toFixed(0))
		.join(' ')}`
);
