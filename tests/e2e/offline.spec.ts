/**
 * The installable offline app, for every reader: once a page has been opened, the whole atlas
 * works without a network, and a new deployment is offered with "Update" rather than served
 * silently. (Other specs block service workers so that no cached copy stands between a test
 * and the page it routes; this one lets them run.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { serveBuild } from '../../scripts/bench-lib';
import { ORIGIN, watchPage } from './helpers';
import { mapIdle } from './map';

test.use({ serviceWorkers: 'allow' });

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
