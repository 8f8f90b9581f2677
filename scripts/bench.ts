/**
 * `npm run bench`: builds the site, serves it with gzip from a local server, and prints
 * - time from navigation to the map's first complete render (MapLibre `idle`), for the app and
 *   for a bare MapLibre page drawing the same style and data files, measured in the same run;
 * - bytes transferred (gzip) for the first view of the app;
 * - click-to-panel latency over repeated clicks on the map (median and p95);
 * - search latency, from typing a query to the frame after its results are drawn (median and p95).
 * Runs in Debian Chromium with software WebGL, as the tests do.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { atlasStyle, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../src/lib/map/style';
import { FIRST_IDLE_MARK as MARK } from '../src/lib/map/marks';
import {
	clickToPanel,
	searchLatencies,
	SEARCH_QUERIES,
	firstViewBytes,
	offlineCopyBytes,
	labelTargets,
	launchBrowser,
	median,
	percentile,
	serveBuild,
	timeToIdle,
	TYPES
} from './bench-lib';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
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
const BARE_PAGE = (origin: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/bench/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div>
<script type="module">
import { Map, setWorkerUrl } from '/bench/maplibre-gl.mjs';
setWorkerUrl('/bench/maplibre-gl-worker.mjs');
const map = new Map({ container: 'map', style: ${JSON.stringify(atlasStyle({ origin, locale: 'en' }))},
  bounds: ${JSON.stringify(bboxOf('jiading'))}, fitBoundsOptions: { padding: 24 },
  maxBounds: ${JSON.stringify(MAX_BOUNDS)}, minZoom: ${MIN_ZOOM}, maxZoom: ${MAX_ZOOM} });
map.once('idle', () => performance.mark('${MARK}'));
</script></body></html>`;

function bboxOf(id: string) {
	const f = district.features.find((x: { id: string }) => x.id === id);
	const [x, y] = f.geometry.coordinates;
	return [x - 0.15, y - 0.14, x + 0.14, y + 0.14];
}

/** The bench's own files: MapLibre as published, and a bare page drawing the atlas's style. */
function benchFile(path: string, origin: string) {
	if (path === '/bench/bare.html')
		return { body: Buffer.from(BARE_PAGE(origin)), type: 'text/html' };
	if (!path.startsWith('/bench/')) return null;
	const file = maplibre(path.slice('/bench/'.length));
	return { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

const server = await serveBuild('build', benchFile);
const { base } = server;
const browser = await launchBrowser();

const app: number[] = [];
const bare: number[] = [];
for (let i = 0; i < RUNS; i++) {
	app.push(await timeToIdle(browser, `${base}/`));
	bare.push(await timeToIdle(browser, `${base}/bench/bare.html`));
}
const bytes = await firstViewBytes(browser, server, `${base}/`);
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

const ratio = median(app) / median(bare);
const row = (label: string, value: string, target: string, ok: boolean) =>
	console.log(
		`${label.padEnd(44)} ${value.padEnd(22)} ${target.padEnd(16)} ${ok ? 'ok' : 'MISSED'}`
	);
console.log(
	`\nJiading Atlas benchmark — ${RUNS} loads each, ${CLICKS} clicks, ${SEARCH_ROUNDS * SEARCH_QUERIES.length} searches, software WebGL\n`
);
row('measure', 'value', 'target', true);
row('first complete render, app (median ms)', median(app).toFixed(0), '', true);
row('first complete render, bare MapLibre (median)', median(bare).toFixed(0), '', true);
row('app / bare', ratio.toFixed(2), '≤ 1.20', ratio <= 1.2);
row('first view transferred (gzip, KB)', (bytes / 1024).toFixed(0), '< 650', bytes / 1024 < 650);
row('offline copy, after the first view (gzip, KB)', (offline / 1024).toFixed(0), '', true);
row('click-to-panel median (ms)', median(clicks).toFixed(1), '', true);
row(
	'click-to-panel p95 (ms)',
	percentile(clicks, 95).toFixed(1),
	'< 100',
	percentile(clicks, 95) < 100
);
row('search median (ms)', median(searches).toFixed(1), '', true);
row('search p95 (ms)', percentile(searches, 95).toFixed(1), '≤ 20', percentile(searches, 95) <= 20);
console.log(`\nall loads, app (ms): ${app.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`all loads, bare (ms): ${bare.map((x) => x.toFixed(0)).join(' ')}`);
