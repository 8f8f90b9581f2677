/**
 * `npm run bench`: builds the site, serves it with gzip from a local server, and prints
 * - time from navigation to the map's first complete render (MapLibre `idle`), for the app and
 *   for a bare MapLibre page drawing the same style and data files, measured in the same run;
 * - bytes transferred (gzip) for the first view of the app;
 * - click-to-panel latency over repeated clicks on the map (median and p95).
 * Runs in Debian Chromium with software WebGL, as the tests do.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { FIRST_IDLE_MARK as MARK } from '../src/lib/map/marks';
import { atlasStyle, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../src/lib/map/style';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 40);
const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml'
};

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

let bytesSent = 0;

function fileFor(path: string): string | null {
	if (path.startsWith('/bench/')) return maplibre(path.slice('/bench/'.length));
	const clean = decodeURIComponent(path);
	for (const candidate of [
		join('build', clean),
		join('build', `${clean}.html`),
		join('build', clean, 'index.html')
	]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

function serve(request: IncomingMessage, response: ServerResponse) {
	const path = new URL(request.url!, 'http://x').pathname;
	const origin = `http://${request.headers.host}`;
	let body: Buffer;
	let type: string;
	if (path === '/bench/bare.html') {
		body = Buffer.from(BARE_PAGE(origin));
		type = 'text/html';
	} else {
		const file = fileFor(path);
		if (!file) {
			console.warn(`bench server: 404 ${path}`);
			response.writeHead(404).end();
			return;
		}
		body = readFileSync(file);
		type = TYPES[extname(file)] ?? 'application/octet-stream';
	}
	const zipped = /text|json|javascript|svg/.test(type) ? gzipSync(body) : body;
	bytesSent += zipped.length;
	response.writeHead(200, {
		'content-type': type,
		'content-length': zipped.length,
		...(zipped !== body ? { 'content-encoding': 'gzip' } : {})
	});
	response.end(zipped);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

async function timeToIdle(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, {
		timeout: 60_000
	});
	const ms = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, MARK);
	await context.close();
	return ms;
}

async function firstViewBytes(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	bytesSent = 0;
	await page.goto(url);
	await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	const bytes = bytesSent;
	await context.close();
	return bytes;
}

/** The map is idle and stays so: the camera move after a selection starts a frame later. */
async function settled(page: Page) {
	await page.waitForTimeout(300);
	await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 });
}

async function clickToPanel(browser: Browser, base: string): Promise<number[]> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
	page.on('framenavigated', (frame) => {
		if (process.env.BENCH_DEBUG) console.warn(`navigated: ${frame.url()}`);
	});
	await page.goto(`${base}/#10.4/31.38/121.24`);
	const targets = ['xuhang', 'huating'].map((id) => {
		const f = district.features.find((x: { id: string }) => x.id === id);
		return { id, name: f.properties.name_en as string, at: f.geometry.coordinates as number[] };
	});
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const latencies: number[] = [];
	for (let i = 0; i < CLICKS; i++) {
		const target = targets[i % targets.length]!;
		await settled(page);
		const [x, y] = await page.evaluate(
			([lng, lat]) => window.jiadingAtlas!.project(lng!, lat!),
			target.at
		);
		// Times from the pointer press to the next frame after the panel shows the place. Written
		// as a string because tsx would wrap named functions in a helper the page does not have.
		await page.evaluate(`void (window.latency = new Promise((done) => {
			let start = 0;
			addEventListener('mousedown', () => (start = performance.now()), { capture: true, once: true });
			const observer = new MutationObserver(() => {
				const heading = document.getElementById('story-heading');
				if (start && heading && heading.textContent.trim() === ${JSON.stringify(target.name)}) {
					observer.disconnect();
					requestAnimationFrame(() => done(performance.now() - start));
				}
			});
			observer.observe(document.body, { subtree: true, childList: true, characterData: true });
		}))`);
		// A reader points, then clicks: the hover highlight is drawn before the press.
		await page.mouse.move(box.x + x, box.y + y);
		await settled(page);
		await page.mouse.down();
		await page.mouse.up();
		const latency = await page.evaluate(`Promise.race([window.latency,
			new Promise((done) => setTimeout(() => done(-1), 10000))])`);
		if (latency === -1)
			throw new Error(
				`clicking ${target.id} at ${x},${y} opened no panel (at ${page.url()}, heading ${await page
					.locator('#story-heading')
					.textContent()
					.catch(() => 'none')})`
			);
		latencies.push(latency as number);
	}
	await context.close();
	return latencies;
}

const server = createServer(serve);
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
});

const app: number[] = [];
const bare: number[] = [];
for (let i = 0; i < RUNS; i++) {
	app.push(await timeToIdle(browser, `${base}/`));
	bare.push(await timeToIdle(browser, `${base}/bench/bare.html`));
}
const bytes = await firstViewBytes(browser, `${base}/`);
const clicks = await clickToPanel(browser, base);
await browser.close();
server.close();

const ratio = median(app) / median(bare);
const row = (label: string, value: string, target: string, ok: boolean) =>
	console.log(
		`${label.padEnd(44)} ${value.padEnd(22)} ${target.padEnd(16)} ${ok ? 'ok' : 'MISSED'}`
	);
console.log(`\nJiading Atlas benchmark — ${RUNS} loads each, ${CLICKS} clicks, software WebGL\n`);
row('measure', 'value', 'target', true);
row('first complete render, app (median ms)', median(app).toFixed(0), '', true);
row('first complete render, bare MapLibre (median)', median(bare).toFixed(0), '', true);
row('app / bare', ratio.toFixed(2), '≤ 1.20', ratio <= 1.2);
row('first view transferred (gzip, KB)', (bytes / 1024).toFixed(0), '< 650', bytes / 1024 < 650);
row('click-to-panel median (ms)', median(clicks).toFixed(1), '', true);
row(
	'click-to-panel p95 (ms)',
	percentile(clicks, 95).toFixed(1),
	'< 100',
	percentile(clicks, 95) < 100
);
console.log(`\nall loads, app (ms): ${app.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`all loads, bare (ms): ${bare.map((x) => x.toFixed(0)).join(' ')}`);
