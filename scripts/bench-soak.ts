/**
 * `npm run bench:soak`: runs the kiosk's attract loop, accelerated, for at least SOAK_CHANGES
 * chapter changes (default 300) and prints the JS heap and DOM counts at the start and the end,
 * measured on the same chapter after a garbage collection. Target: heap growth under 5 MB and
 * no DOM growth. Runs the production build in Debian Chromium with software WebGL.
 *
 * Settings (environment): SOAK_CHANGES (300), SOAK_DWELL seconds per chapter (1; the camera's
 * moves, the One Axis journey among them, are cut short by the next chapter, as a visitor would),
 * SOAK_MOTION `full` (camera flies, the default) or `reduce` (camera jumps).
 * `--no-build` serves the existing build/.
 */
import { execSync, spawn } from 'node:child_process';
import { chromium, type CDPSession, type Page } from '@playwright/test';

const CHANGES = Number(process.env.SOAK_CHANGES ?? 300);
const DWELL = Number(process.env.SOAK_DWELL ?? 1);
const MOTION = process.env.SOAK_MOTION === 'reduce' ? 'reduce' : 'no-preference';
const PORT = 4175;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FIRST = 'layout';
/** Seconds without input before the loop starts again after a measurement (see `measure`). */
const IDLE = 5;

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	{ detached: true, stdio: 'ignore' }
);
const stopServer = () => {
	try {
		process.kill(-server.pid!);
	} catch {
		// already gone
	}
};
process.on('exit', stopServer);

async function until(test: () => Promise<boolean>, timeoutMs: number, what: string) {
	const end = Date.now() + timeoutMs;
	while (!(await test())) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

interface Sample {
	heapMB: number;
	nodes: number;
	listeners: number;
	documents: number;
}

async function sample(cdp: CDPSession): Promise<Sample> {
	for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
	const heap = await cdp.send('Runtime.getHeapUsage');
	const dom = await cdp.send('Memory.getDOMCounters');
	return {
		heapMB: heap.usedSize / 2 ** 20,
		nodes: dom.nodes,
		listeners: dom.jsEventListeners,
		documents: dom.documents
	};
}

const chapterOf = (page: Page) =>
	page.evaluate(() => document.querySelector('.tour-card')?.getAttribute('data-chapter') ?? null);

await until(
	() =>
		fetch(`${ORIGIN}/kiosk`).then(
			(r) => r.ok,
			() => false
		),
	60_000,
	'the preview server'
);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
});
const context = await browser.newContext({
	viewport: { width: 1920, height: 1080 },
	reducedMotion: MOTION
});
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
const cdp = await context.newCDPSession(page);
await page.goto(`${ORIGIN}/kiosk?idle=${IDLE}&dwell=${DWELL}`);
await until(
	async () => (await page.locator('[data-map-state="idle"]').count()) > 0,
	60_000,
	'the map'
);

let changes = 0;
let last: string | null = null;
const started = Date.now();
/** Follows the loop, counting chapter changes, until `target` changes and chapter `at`. */
async function follow(target: number, at: string) {
	for (;;) {
		const now = await chapterOf(page);
		if (now && now !== last) changes++;
		last = now;
		if (changes >= target && now === at) return;
		if (Date.now() - started > 60 * 60_000) throw new Error('the soak took over an hour');
		await new Promise((r) => setTimeout(r, 50));
	}
}

/**
 * Measures on the first chapter with the loop held still: a touch stops it (as a visitor's would),
 * so nothing changes while the counters are read; IDLE seconds later the loop starts again.
 */
async function measure(): Promise<Sample> {
	await page.evaluate(() => window.dispatchEvent(new PointerEvent('pointerdown')));
	await new Promise((r) => setTimeout(r, 300));
	return sample(cdp);
}

// Warm up for one loop, then measure on the first chapter.
await follow(1, FIRST);
await follow(11, FIRST);
const start = await measure();
const startChanges = changes;
await follow(startChanges + CHANGES, FIRST);
const end = await measure();
const seconds = (Date.now() - started) / 1000;
await browser.close();
stopServer();

const row = (name: string, a: number, b: number, unit = '') =>
	console.log(
		`${name.padEnd(20)} ${a.toFixed(unit === 'MB' ? 2 : 0).padStart(10)} ${b.toFixed(unit === 'MB' ? 2 : 0).padStart(10)} ${(b - a >= 0 ? '+' : '') + (b - a).toFixed(unit === 'MB' ? 2 : 0)} ${unit}`
	);
console.log(
	`\nkiosk soak: ${changes - startChanges} chapter changes measured (${changes} in all), dwell ${DWELL} s, motion ${MOTION}, ${seconds.toFixed(0)} s`
);
console.log(`${''.padEnd(20)} ${'start'.padStart(10)} ${'end'.padStart(10)} change`);
row('JS heap used', start.heapMB, end.heapMB, 'MB');
row('DOM nodes', start.nodes, end.nodes);
row('JS event listeners', start.listeners, end.listeners);
row('documents', start.documents, end.documents);
const heapOk = end.heapMB - start.heapMB < 5;
const domOk = end.nodes <= start.nodes;
console.log(
	`target: heap growth < 5 MB ${heapOk ? '✓' : '✗'}; no DOM growth ${domOk ? '✓' : '✗'}; page errors: ${errors.length}`
);
for (const error of errors) console.log(`  page error: ${error}`);
process.exit(heapOk && domOk && errors.length === 0 ? 0 : 1);
