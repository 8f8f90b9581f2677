/**
 * What the benchmarks share (`npm run bench`, `npm run bench:scale`): a local server for a static
 * build that gzips like a real host and counts the bytes it sends, Debian Chromium with software
 * WebGL, and the measures taken in it — time to the map's first complete render, bytes of a first
 * view, click-to-panel latency.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { FIRST_IDLE_MARK as MARK } from '../src/lib/map/marks';

export const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.pbf': 'application/x-protobuf'
};

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const percentile = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/** A response the server makes itself, for paths outside the build (the bench's bare page). */
export type ExtraRoute = (path: string, origin: string) => { body: Buffer; type: string } | null;

export interface BuildServer {
	base: string;
	/** Bytes sent (gzip where the type compresses) since the last reset. */
	readonly bytesSent: number;
	/** Of those, the bytes sent for paths starting with `prefix`. */
	bytesUnder(prefix: string): number;
	/** Of those, the bytes sent for each path, and how many times it was asked for. */
	sent(): Map<string, { bytes: number; requests: number }>;
	resetBytes(): void;
	close(): Promise<void>;
}

/** The file of a static build that answers for a path, as a static host finds it; null if none. */
export function builtFile(path: string, buildDir = 'build'): string | null {
	const clean = decodeURIComponent(path);
	for (const candidate of [
		join(buildDir, clean),
		join(buildDir, `${clean}.html`),
		join(buildDir, clean, 'index.html')
	]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

/** Serves a static build with gzip, as a host would, on a free local port. */
export async function serveBuild(buildDir: string, extra?: ExtraRoute): Promise<BuildServer> {
	let bytesSent = 0;
	let byPath = new Map<string, number>();
	let requests = new Map<string, number>();
	const fileFor = (path: string) => builtFile(path, buildDir);
	const serve = (request: IncomingMessage, response: ServerResponse) => {
		const path = new URL(request.url!, 'http://x').pathname;
		const origin = `http://${request.headers.host}`;
		let body: Buffer;
		let type: string;
		const made = extra?.(path, origin);
		if (made) {
			({ body, type } = made);
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
		// As a web server set up for the atlas compresses: text, JSON and the map's vector tiles.
		const zipped = /text|json|javascript|svg|protobuf/.test(type) ? gzipSync(body) : body;
		bytesSent += zipped.length;
		byPath.set(path, (byPath.get(path) ?? 0) + zipped.length);
		requests.set(path, (requests.get(path) ?? 0) + 1);
		response.writeHead(200, {
			'content-type': type,
			'content-length': zipped.length,
			...(zipped !== body ? { 'content-encoding': 'gzip' } : {})
		});
		response.end(zipped);
	};
	const server = createServer(serve);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return {
		base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		get bytesSent() {
			return bytesSent;
		},
		bytesUnder: (prefix) =>
			[...byPath].reduce((sum, [path, n]) => (path.startsWith(prefix) ? sum + n : sum), 0),
		sent: () =>
			new Map([...byPath].map(([path, bytes]) => [path, { bytes, requests: requests.get(path)! }])),
		resetBytes: () => {
			bytesSent = 0;
			byPath = new Map();
			requests = new Map();
		},
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}

/** Debian Chromium, headless, with software WebGL: the browser the tests use. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
}

export const VIEWPORT = { width: 1440, height: 900 };

/** Milliseconds from navigation to the map's first complete render (the FIRST_IDLE_MARK mark). */
export async function timeToIdle(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, {
		timeout: 120_000
	});
	const ms = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, MARK);
	await context.close();
	return ms;
}

/** Bytes the server sends for a first view of `url`: until the map is idle and the network quiet. */
export async function firstViewBytes(
	browser: Browser,
	server: BuildServer,
	url: string
): Promise<number> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	const page = await context.newPage();
	server.resetBytes();
	await page.goto(url);
	await page.locator('[data-map-state="idle"]').waitFor({ timeout: 120_000 });
	await page.waitForLoadState('networkidle');
	const bytes = server.bytesSent;
	await context.close();
	return bytes;
}

/**
 * Bytes the server sends for the offline copy (src/service-worker.ts), made once the page has
 * loaded: every page and data file of the deployment. Measured apart from the first view, which
 * the other measures take with service workers blocked.
 */
export async function offlineCopyBytes(
	browser: Browser,
	server: BuildServer,
	url: string
): Promise<number> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	await page.goto(url);
	server.resetBytes();
	await page.evaluate(() => navigator.serviceWorker.ready);
	const bytes = server.bytesSent;
	await context.close();
	return bytes;
}

/**
 * The paths of MapLibre's own files in a build (its code, worker and stylesheet), from Vite's
 * manifest: the first view's "app-own" bytes are everything else.
 */
export function mapLibrePaths(
	manifest = '.svelte-kit/output/client/.vite/manifest.json'
): Set<string> {
	const chunks = JSON.parse(readFileSync(manifest, 'utf8')) as Record<
		string,
		{ file: string; name?: string; css?: string[]; assets?: string[] }
	>;
	const paths = new Set<string>();
	for (const [key, chunk] of Object.entries(chunks))
		if (chunk.name === 'maplibre-gl' || key.includes('node_modules/maplibre-gl/'))
			for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])])
				paths.add(`/${file}`);
	if (paths.size === 0) throw new Error(`${manifest}: no MapLibre chunk (vite.config.ts names it)`);
	return paths;
}

/** One cold load of a page: what came over the wire and when it showed. */
export interface ColdLoad {
	/** Bytes sent (gzip where the type compresses), all of them and the app's own (not MapLibre's). */
	bytes: number;
	appBytes: number;
	requests: number;
	/** Milliseconds from navigation: first contentful paint, largest contentful paint, settled map. */
	fcp: number;
	lcp: number;
	settled: number;
	/** The app's own files by bytes, largest first. */
	files: [string, number][];
}

/**
 * A cold load of `url` (new context, no service worker, empty cache) until the map has drawn and
 * the network is quiet.
 */
export async function coldLoad(
	browser: Browser,
	server: BuildServer,
	url: string,
	mapLibre: Set<string>
): Promise<ColdLoad> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	const page = await context.newPage();
	// Written as a string because tsx would wrap named functions in a helper the page does not have.
	await page.addInitScript(`new PerformanceObserver((list) => {
		window.benchLcp = list.getEntries().at(-1).startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });`);
	server.resetBytes();
	await page.goto(url);
	await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, {
		timeout: 120_000
	});
	await page.waitForLoadState('networkidle');
	const times = (await page.evaluate(`({
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
		lcp: window.benchLcp ?? -1,
		settled: performance.getEntriesByName(${JSON.stringify(MARK)})[0].startTime
	})`)) as { fcp: number; lcp: number; settled: number };
	const sent = [...server.sent()];
	await context.close();
	const own = sent.filter(([path]) => !mapLibre.has(path));
	return {
		bytes: sent.reduce((sum, [, s]) => sum + s.bytes, 0),
		appBytes: own.reduce((sum, [, s]) => sum + s.bytes, 0),
		requests: sent.reduce((sum, [, s]) => sum + s.requests, 0),
		...times,
		files: own.map(([path, s]) => [path, s.bytes] as [string, number]).sort((a, b) => b[1] - a[1])
	};
}

/** The map is idle and stays so: the camera move after a selection starts a frame later. */
export async function settled(page: Page) {
	await page.waitForTimeout(300);
	await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 });
}

/** A place to click on the map: where its label stands, and the heading its panel shows. */
export interface ClickTarget {
	id: string;
	name: string;
	at: [number, number];
}

/** Click targets for places of a build, from its map labels (data/map/labels.geojson). */
export function labelTargets(buildDir: string, ids: string[]): ClickTarget[] {
	const labels = JSON.parse(readFileSync(join(buildDir, 'data/map/labels.geojson'), 'utf8')) as {
		features: {
			id: string;
			properties: { name_en: string };
			geometry: { coordinates: [number, number] };
		}[];
	};
	return ids.map((id) => {
		const f = labels.features.find((x) => x.id === id);
		if (!f) throw new Error(`no map label for "${id}" in ${buildDir}`);
		return { id, name: f.properties.name_en, at: f.geometry.coordinates };
	});
}

/**
 * Click-to-panel latency (ms) over `clicks` clicks on the map at `url`, taking the targets in
 * turn: from the pointer press to the next frame after the panel shows the place. Needs a build
 * with the map's test hooks (VITE_ATLAS_TEST_HOOKS=1), which project a coordinate to the screen.
 */
export async function clickToPanel(
	browser: Browser,
	url: string,
	targets: ClickTarget[],
	clicks: number
): Promise<number[]> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	const page = await context.newPage();
	page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
	page.on('framenavigated', (frame) => {
		if (process.env.BENCH_DEBUG) console.warn(`navigated: ${frame.url()}`);
	});
	await page.goto(url);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const latencies: number[] = [];
	for (let i = 0; i < clicks; i++) {
		const target = targets[i % targets.length]!;
		await settled(page);
		const [x, y] = await page.evaluate(
			([lng, lat]) => window.jiadingAtlas!.project(lng!, lat!),
			target.at
		);
		// Written as a string because tsx would wrap named functions in a helper the page does not have.
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

/**
 * What the benchmarks type into search: prefixes, names, words of facts, Chinese, a slip of the
 * keys, pinyin, a station and a line, and a query that finds nothing.
 */
export const SEARCH_QUERIES = [
	'm',
	'ma',
	'malu',
	'anting',
	'hydrogen',
	'medical equipment',
	'park',
	'united imaging',
	'valley',
	'jiading',
	'ruijin hospital',
	'auto',
	'医',
	'Medvaley',
	'ziteng',
	'baiyin road',
	'line 11',
	'no such place'
];

/**
 * Milliseconds from typing a query into the search box to the frame after its results are drawn,
 * each query typed from an empty box (so the result list always changes), `rounds` times over.
 */
export async function searchLatencies(
	browser: Browser,
	url: string,
	rounds: number
): Promise<number[]> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(url);
	await settled(page);
	const input = page.locator('#search-input');
	// The index is fetched on the first keystroke; wait until it answers.
	await input.fill('jiading');
	await page
		.locator('#search-results li[role="option"]:not(.none)')
		.first()
		.waitFor({ timeout: 60_000 });
	const latencies: number[] = [];
	for (let round = 0; round < rounds; round++) {
		for (const query of SEARCH_QUERIES) {
			await input.fill('');
			await page.evaluate('new Promise((done) => requestAnimationFrame(() => done()))');
			// Written as a string because tsx would wrap named functions in a helper the page does not have.
			const ms = await page.evaluate(`new Promise((done) => {
				const input = document.getElementById('search-input');
				const list = document.getElementById('search-results');
				const start = performance.now();
				const observer = new MutationObserver(() => {
					observer.disconnect();
					requestAnimationFrame(() => done(performance.now() - start));
				});
				observer.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
				setTimeout(() => (observer.disconnect(), done(-1)), 10000);
				input.value = ${JSON.stringify(query)};
				input.dispatchEvent(new InputEvent('input', { bubbles: true, data: ${JSON.stringify(query)} }));
			})`);
			if (ms === -1) throw new Error(`searching "${query}" drew no results within 10 s`);
			latencies.push(ms as number);
		}
	}
	await context.close();
	return latencies;
}
