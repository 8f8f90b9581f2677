import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';
import { mapIdle } from './map';

/**
 * Links that carry what the reader sees: the place (path), the language, the legend's choices
 * (query) and the map's view (hash); the Share button; and each page's link preview.
 */
const list = (page: Page) => page.getByRole('navigation', { name: /All places|全部地点/ });

test('the legend and the language are in the address, and a link with them opens as it was', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto('/');
	await mapIdle(page);
	await page.getByRole('button', { name: 'Hydrogen' }).click();
	await page.getByRole('checkbox', { name: 'Town' }).uncheck();
	await expect(page).toHaveURL(/\/\?hide=towns&industry=hydrogen(#|$)/);
	await page.getByRole('button', { name: 'Switch to Chinese' }).click();
	await expect(page).toHaveURL(/\?hide=towns&industry=hydrogen&lang=zh(#|$)/);
	// Choosing a place keeps all of it.
	await list(page)
		.getByRole('link', { name: /嘉定氢能港/ })
		.click();
	await expect(page).toHaveURL(/\/place\/[a-z-]+\?hide=towns&industry=hydrogen&lang=zh#/);
	const link = page.url();

	// Someone else opens the link: a fresh browser, no stored choice.
	const other = await page.context().browser()!.newContext();
	const them = await other.newPage();
	await them.goto(link);
	await mapIdle(them);
	await expect(them.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(them.locator('#story-heading')).toHaveText(/嘉定氢能港/);
	await expect(them.getByRole('button', { name: '氢能' })).toHaveAttribute('aria-pressed', 'true');
	await expect(them.getByRole('checkbox', { name: '镇' })).not.toBeChecked();
	await expect(list(them).getByRole('link', { name: /上海医谷/ })).toHaveCount(0);
	// The map's view came too (MapLibre's hash).
	expect(new URL(them.url()).hash).toBe(new URL(link).hash);
	await other.close();

	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('a link with a value the atlas lacks says so over the map and applies the rest', async ({
	page
}) => {
	await page.goto('/?industry=steel,hydrogen&hide=roads');
	await mapIdle(page);
	const notice = page.getByRole('alert').filter({ hasText: 'This link asks for' });
	await expect(notice).toContainText('“steel” (industry)');
	await expect(notice).toContainText('“roads” (layer)');
	await expect(page.getByRole('button', { name: 'Hydrogen' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// The address is rewritten to what applies.
	await expect(page).toHaveURL(/\/\?industry=hydrogen(#|$)/);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
});

test('Share copies the link and says so where the system has no share sheet', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/place/shanghai-medvalley?lang=zh');
	await mapIdle(page);
	await page.getByRole('button', { name: '分享' }).click();
	await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(page.url());
	expect(copied).toMatch(/\/place\/shanghai-medvalley\?lang=zh#/);
});

test('Share opens the system share sheet where there is one', async ({ page }) => {
	// Chromium on Linux has no share sheet; this stands in for one, as a phone's browser has.
	await page.addInitScript(() => {
		const shared: ShareData[] = [];
		Object.assign(window, { shared });
		Object.defineProperty(navigator, 'share', {
			value: async (data: ShareData) => void shared.push(data)
		});
	});
	await page.goto('/timeline?town=malu');
	// The filters show once the page has hydrated: from then on the button has its handler (a
	// click before that does nothing).
	await expect(page.getByLabel('Town')).toHaveValue('malu');
	await page.getByRole('button', { name: 'Share' }).click();
	const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
	expect(shared).toEqual([{ title: 'Timeline — Jiading Atlas', url: page.url() }]);
	expect(shared[0]!.url).toMatch(/\/timeline\?town=malu$/);
});

test('where copying is refused the link is shown, selected, to copy by hand', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
		});
	});
	await page.goto('/credits');
	const field = page.getByLabel('Copy this link:');
	// A click before the page has hydrated does nothing: click until the field shows.
	await expect(async () => {
		await page.getByRole('button', { name: 'Share' }).click();
		await expect(field).toBeVisible({ timeout: 1000 });
	}).toPass();
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(page.url());
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(field).toHaveCount(0);
});

test('every page has its card: title, description, preview image, and its Chinese alternate', async ({
	page,
	request
}) => {
	for (const [path, title, preview] of [
		['/', /Jiading Atlas/, 'atlas'],
		['/place/shanghai-medvalley', /Shanghai MedValley/, 'shanghai-medvalley'],
		['/timeline', /Timeline/, 'atlas']
	] as const) {
		const html = await (await request.get(path)).text();
		await page.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ''));
		const meta = (key: string) =>
			page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
		expect(await meta('og:title'), path).toMatch(title);
		expect(await meta('twitter:card')).toBe('summary_large_image');
		expect((await meta('og:description'))!.length).toBeGreaterThan(20);
		const image = (await meta('og:image'))!;
		expect(image).toBe(`/previews/${preview}.png`);
		const png = await request.get(image);
		expect(png.headers()['content-type']).toBe('image/png');
		const bytes = await png.body();
		// A PNG of 1200×630 (the IHDR chunk's width and height).
		expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
		const alternate = page.locator('link[rel="alternate"][hreflang="zh-Hans"]');
		await expect(alternate).toHaveAttribute('href', `${path}?lang=zh`);
	}
});
