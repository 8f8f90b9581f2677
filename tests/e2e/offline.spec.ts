/**
 * The installable offline app, for every reader: once a page has been opened, the whole atlas
 * works without a network, and a new deployment is offered with "Update" rather than served
 * silently. (Other specs block service workers so that no cached copy stands between a test
 * and the page it routes; this one lets them run.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { serveBuild } from '../../scripts/bench-lib';
import { ORIGIN, watchPage } from './helpers';
import { mapIdle } from './map';

test.use({ serviceWorkers: 'allow' });

/** The street tiles the test build serves (made from the fixture extract, playwright.config.ts). */
const STREET_TILES = readdirSync('build/street-tiles', { recursive: true }).filter((f) =>
	String(f).endsWith('.pbf')
).length;
/** Jiading old town at street zoom, where the fixture's streets are (see streets.spec.ts). */
const OLD_TOWN = '#15/31.3775/121.2470';

/** Street tiles in each of the page's offline caches, by cache name; and whether a kiosk asked. */
function streetCaches(page: Page) {
	return page.evaluate(async () => {
		const found: Record<string, { tiles: string[]; keepAll: boolean }> = {};
		for (const name of await caches.keys()) {
			const keys = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
			found[name] = {
				tiles: keys.filter((k) => k.startsWith('/street-tiles/')).sort(),
				keepAll: keys.includes('/.offline/keep-street-tiles')
			};
		}
		return found;
	});
}

/** Waits until the offline copy is made and in charge of the page. */
async function offlineCopyReady(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('opened once, the atlas works offline: places, the map, articles, the tour, unknown paths', async ({
	page,
	context
}) => {
	const watch = watchPage(page);
	await page.goto('/');
	await mapIdle(page);
	await offlineCopyReady(page);
	await context.setOffline(true);

	await page.goto('/place/malu');
	await expect(page.getByRole('heading', { level: 2, name: 'Malu' })).toBeVisible();
	await mapIdle(page);
	await expect(page.getByText('The map stopped drawing')).toHaveCount(0);
	// Another place from the list, through the router: its data comes from the copy too.
	await page.locator('#place-link-anting').click();
	await expect(page.getByRole('heading', { level: 2, name: 'Anting' })).toBeVisible();
	await expect(page.locator('.story-panel')).toContainText('Key figures');
	// Search loads its index from the copy.
	await page.getByRole('combobox', { name: 'Search places and facts' }).fill('medvalley');
	await expect(page.getByRole('option').first()).toContainText('Shanghai MedValley');

	await page.goto('/article/ambitious-plans-unveiled-at-precision-medicine-forum');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(/precision medicine/i);
	await page.goto('/tour/layout');
	await expect(page.locator('.tour-card')).toHaveAttribute('data-chapter', 'layout');
	await page.goto('/planner');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Planner view');
	await page.goto('/place/no-such-place');
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('the atlas is installable: a manifest with icons Chromium accepts', async ({ page }) => {
	test.setTimeout(120_000);
	const manifest = await (await page.request.get('/manifest.webmanifest')).json();
	expect(manifest).toMatchObject({ name: 'Jiading Atlas', start_url: '/', display: 'standalone' });
	for (const icon of manifest.icons) {
		const response = await page.request.get(icon.src);
		expect(response.status(), icon.src).toBe(200);
		expect(response.headers()['content-type'], icon.src).toContain(icon.type);
	}
	// Chromium's own verdict, in a browser with a profile (it never offers to install from an
	// incognito one, which Playwright's contexts are).
	const profile = mkdtempSync(join(tmpdir(), 'atlas-install-profile-'));
	const browser = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
	});
	try {
		const installed = browser.pages()[0] ?? (await browser.newPage());
		await installed.goto(`${ORIGIN}/`);
		await mapIdle(installed);
		await offlineCopyReady(installed);
		const cdp = await browser.newCDPSession(installed);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await browser.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('a new deployment is offered with "Update", and taken only when the reader asks', async ({
	page
}) => {
	// A server of its own, which can stand in for a new deployment: a worker that differs from
	// the one in charge (as every deployment's does, by its version).
	let deployed = false;
	const worker = readFileSync('build/service-worker.js');
	const server = await serveBuild('build', (path) =>
		path === '/service-worker.js' && deployed
			? {
					body: Buffer.concat([worker, Buffer.from('\n// the next deployment\n')]),
					type: 'text/javascript'
				}
			: null
	);
	try {
		await page.goto(`${server.base}/place/malu`);
		await mapIdle(page);
		await offlineCopyReady(page);
		const prompt = page
			.getByRole('status')
			.filter({ hasText: 'A new version of the atlas is out' });
		await expect(prompt).toHaveCount(0);

		deployed = true;
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await expect(prompt).toBeVisible({ timeout: 30_000 });
		// This deployment stays until the reader asks; "Later" puts the prompt away.
		await prompt.getByRole('button', { name: 'Later' }).click();
		await expect(prompt).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 2, name: 'Malu' })).toBeVisible();

		// Opened again, the page offers it at once; Update reloads into it.
		await page.reload();
		await expect(prompt).toBeVisible();
		const reloaded = page.waitForEvent('load');
		await prompt.getByRole('button', { name: 'Update' }).click();
		await reloaded;
		await expect(page.getByRole('heading', { level: 2, name: 'Malu' })).toBeVisible();
		await expect(prompt).toHaveCount(0);
		const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
		expect(script).toBe(`${server.base}/service-worker.js`);
		expect(
			await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
		).toBe(false);
	} finally {
		await server.close();
	}
});

test('a reader’s copy keeps the street tiles the map has shown; offline, unseen streets are simply not drawn', async ({
	page,
	context
}) => {
	const watch = watchPage(page);
	const failure = page.getByText('The map could not load');
	await page.goto(`/${OLD_TOWN}`);
	await mapIdle(page);
	await offlineCopyReady(page);
	// Installed without any street tile: a whole extract is too much for every phone.
	expect(Object.values(await streetCaches(page)).flatMap((c) => c.tiles)).toEqual([]);

	// Shown again under the copy: the tiles drawn are kept, and only those.
	await page.reload();
	await mapIdle(page);
	const [kept] = Object.values(await streetCaches(page));
	expect(kept!.tiles.length).toBeGreaterThan(0);
	expect(kept!.tiles.every((t) => t.startsWith('/street-tiles/14/'))).toBe(true);
	expect(kept!.keepAll).toBe(false);

	await context.setOffline(true);
	await page.reload();
	await mapIdle(page);
	const roads = await page.evaluate(() => window.jiadingAtlas!.drawn('street-roads'));
	expect(roads).toContainEqual(expect.objectContaining({ name_en: 'Example Road One' }));
	// A zoom whose tiles were never shown, in a new page (the last one's tiles are gone with it):
	// the thematic map draws, without streets or an error, and the console says why.
	const warnings: string[] = [];
	page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
	await page.goto('about:blank');
	await page.goto(`/#12/31.3775/121.2470`);
	await mapIdle(page);
	expect(warnings.join('\n')).toContain('a street tile could not be loaded');
	expect(await page.evaluate(() => window.jiadingAtlas!.drawn('street-roads'))).toEqual([]);
	expect(await page.evaluate(() => window.jiadingAtlas!.drawn('town-labels'))).not.toEqual([]);
	await expect(failure).toHaveCount(0);
	expect(watch.errors).toEqual([]);
});

test('the kiosk’s copy keeps every street tile, and a new deployment’s copy fetches them all before it takes over', async ({
	page
}) => {
	let deployed = false;
	const worker = readFileSync('build/service-worker.js', 'utf8');
	const version = /"(\d{10,})"/.exec(worker)?.[1];
	expect(version, 'the deployment version in the worker').toBeTruthy();
	const server = await serveBuild('build', (path) =>
		path === '/service-worker.js' && deployed
			? { body: Buffer.from(worker.replaceAll(version!, `${version}1`)), type: 'text/javascript' }
			: null
	);
	try {
		await page.goto(`${server.base}/kiosk`);
		await offlineCopyReady(page);
		// Every tile, asked for by the kiosk, without the map having shown them.
		await expect
			.poll(async () => Object.values(await streetCaches(page)).map((c) => c.tiles.length))
			.toEqual([STREET_TILES]);

		deployed = true;
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await expect
			.poll(() =>
				page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
			)
			.toBe(true);
		// Installed (waiting to take over) only with every street tile in its own cache.
		const copies = await streetCaches(page);
		expect(Object.keys(copies)).toHaveLength(2);
		const incoming = copies[`jiading-atlas-${version}1`];
		expect(incoming?.tiles).toHaveLength(STREET_TILES);
		expect(incoming?.keepAll).toBe(true);
	} finally {
		await server.close();
	}
});
