/**
 * The Content-Security-Policy every page carries (svelte.config.js): every kind of route loads
 * and works under it, with no violation reported, and the policy allows no inline script or
 * style and no other origin.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { watchPage } from './helpers';
import { anchorOf, clickMapAt, mapIdle } from './map';

/** Violations the page reports, gathered from its first moment (a test-only init script). */
async function watchViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}`)
		);
	});
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) console.push(message.text());
	});
	return async () => [
		...(await page.evaluate(
			() => (window as unknown as { cspViolations: string[] }).cspViolations
		)),
		...console
	];
}

/**
 * The policy a page carries: its <meta> tag (every prerendered page, and 404.html), or for a page
 * the preview server renders on request (an unknown URL) its header.
 */
async function policyOf(page: Page, response: Response): Promise<Record<string, string[]>> {
	const meta = page.locator('meta[http-equiv="content-security-policy"]');
	const content =
		(await meta.count()) > 0
			? await meta.getAttribute('content')
			: response.headers()['content-security-policy'];
	return Object.fromEntries(
		content!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([name, ...values]) => [name!, values])
	);
}

const PAGES: { path: string; map: boolean }[] = [
	{ path: '/', map: true },
	{ path: '/place/shanghai-medvalley', map: true },
	{ path: '/tour', map: true },
	{ path: '/tour/one-axis', map: true },
	{ path: '/kiosk', map: true },
	{ path: '/planner', map: true },
	{ path: '/article/shanghai-medvalley-strengthens-jiadings-biopharma-sector', map: false },
	{ path: '/places', map: false },
	{ path: '/credits', map: false },
	{ path: '/open-data', map: false },
	{ path: '/place/no-such-place', map: false },
	{ path: '/404.html', map: false }
];

for (const { path, map } of PAGES)
	test(`${path} loads under a strict policy with no violation`, async ({ page }) => {
		const violations = await watchViolations(page);
		const watch = watchPage(page);
		const response = (await page.goto(path))!;
		if (map) await mapIdle(page);
		else await expect(page.locator('h1, h2').first()).toBeVisible();
		const policy = await policyOf(page, response);
		// The site is not readable cross-origin.
		expect(response.headers()['access-control-allow-origin']).toBeUndefined();
		expect(policy['script-src']).not.toContain("'unsafe-inline'");
		expect(policy['script-src']).not.toContain("'unsafe-eval'");
		expect(policy['style-src']).toEqual(["'self'"]);
		expect(policy['object-src']).toEqual(["'none'"]);
		expect(policy['base-uri']).toEqual(["'self'"]);
		expect(policy['worker-src']).toEqual(["'self'", 'blob:']);
		// The page as served has no inline style, and the theme's colours arrive from its stylesheet.
		const html = await (await page.request.get(path)).text();
		expect(html).not.toMatch(/\sstyle=|<style/);
		expect(
			await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--ink')
			)
		).toMatch(/^#[0-9a-f]{6}$/);
		expect(await violations()).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

test('picking, the language switch and the exports work under the policy', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto('/');
	const [lng, lat] = await anchorOf(page, 'xuhang');
	await clickMapAt(page, lng, lat);
	await expect(page.getByRole('heading', { level: 2, name: 'Xuhang' })).toBeVisible();
	// Swatches take their industry's colour from the theme's classes (medical equipment: #0a6c94).
	await expect(page.locator('#place-link-shanghai-medvalley .swatch')).toHaveCSS(
		'background-color',
		'rgb(10, 108, 148)'
	);
	await page.getByRole('button', { name: 'Switch to Chinese' }).click();
	await expect(page.locator('#story-heading')).toHaveText(/^徐行/);
	await page.getByRole('button', { name: '切换到英文' }).click();
	await page.goto('/planner');
	await mapIdle(page);
	for (const name of ['Table as CSV', 'Places as GeoJSON', 'Map as PNG']) {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^jiading-atlas-/);
	}
	expect(await violations()).toEqual([]);
});
