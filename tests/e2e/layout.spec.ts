import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';
import { anchorOf, mapIdle } from './map';

const PHONE = { width: 390, height: 844 };
const LANDSCAPE = { width: 844, height: 390 };

/** The drawer's toggle over the map (phones and tablets). */
const drawerToggle = (page: Page) => page.getByRole('button', { name: 'All places · Layers' });
const drawer = (page: Page) => page.locator('#sidebar');

test('on a phone a filter chosen in the drawer closes it and says what the map now shows', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.setViewportSize(PHONE);
	await page.goto('/');
	await mapIdle(page);
	await drawerToggle(page).click();
	await expect(drawer(page)).toBeVisible();
	// It says what a choice will do before one is made (WCAG 3.2.2).
	await expect(drawer(page).getByText('Each choice here closes this panel')).toBeVisible();
	await expect(page.getByRole('group', { name: 'Industries' })).toHaveAccessibleDescription(
		'Each choice here closes this panel and shows the map.'
	);
	const list = page.getByRole('navigation', { name: /All places/ });
	const total = await list.getByRole('link').count();

	await page.getByRole('button', { name: 'Hydrogen' }).click();
	await expect(drawer(page)).toBeHidden();
	await expect(drawerToggle(page)).toBeFocused();
	const summary = page.getByRole('status').filter({ hasText: 'places on the map' });
	await expect(summary).toBeVisible();
	await expect(summary).toContainText('Hydrogen');
	const [shown, of] = (await summary.locator('strong').innerText()).match(/\d+/g)!.map(Number);
	expect(of).toBe(total);
	// The list in the drawer agrees with the count over the map.
	await drawerToggle(page).click();
	await expect(list.getByRole('link')).toHaveCount(shown!);
	await expect(list.getByRole('link', { name: /Jiading Hydrogen Park/ })).toBeVisible();

	// A layer hidden in the drawer closes it too, and is named over the map.
	await page.getByRole('checkbox', { name: 'Town' }).uncheck();
	await expect(drawer(page)).toBeHidden();
	await expect(summary).toContainText('hidden: Town');

	// "Show all" brings every place back and the summary goes.
	await summary.getByRole('button', { name: 'Show all' }).click();
	await expect(summary).toHaveCount(0);
	await drawerToggle(page).click();
	await expect(list.getByRole('link')).toHaveCount(total);
	await expect(page.getByRole('checkbox', { name: 'Town' })).toBeChecked();
	// Escape closes the drawer and gives the keyboard back to its toggle.
	await page.keyboard.press('Escape');
	await expect(drawer(page)).toBeHidden();
	await expect(drawerToggle(page)).toBeFocused();
	expect(watch.errors).toEqual([]);
});

test('on a phone a place chosen in the drawer closes it, opens its sheet and is in view', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	await mapIdle(page);
	await drawerToggle(page).click();
	await page
		.getByRole('navigation', { name: /All places/ })
		.getByRole('link', { name: /Jiading Hydrogen Park/ })
		.click();
	await expect(drawer(page)).toBeHidden();
	const sheet = page.getByRole('complementary', { name: 'Jiading Hydrogen Park' });
	await expect(sheet.getByRole('heading', { level: 2 })).toBeVisible();
	await expect(page).toHaveURL(/\/place\/jiading-hydrogen-park/);
	// The camera has framed it: its anchor is drawn inside the map, above the sheet.
	await expect
		.poll(() => page.evaluate(() => window.jiadingAtlas!.camera().moving), { timeout: 10_000 })
		.toBe(false);
	const [lng, lat] = await anchorOf(page, 'jiading-hydrogen-park');
	const [x, y] = await page.evaluate(([a, b]) => window.jiadingAtlas!.project(a!, b!), [lng, lat]);
	const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const top = (await sheet.boundingBox())!.y;
	expect(x).toBeGreaterThan(0);
	expect(x).toBeLessThan(map.width);
	expect(y).toBeGreaterThan(0);
	expect(map.y + y).toBeLessThan(top);
});

test('a phone held sideways keeps the map the full height beside the story', async ({ page }) => {
	await page.setViewportSize(LANDSCAPE);
	await page.goto('/place/shanghai-medvalley');
	await mapIdle(page);
	const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const sheet = (await page
		.getByRole('complementary', { name: 'Shanghai MedValley' })
		.boundingBox())!;
	expect(map.height).toBeGreaterThan(LANDSCAPE.height / 2);
	expect(sheet.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
	expect(sheet.height).toBeGreaterThan(LANDSCAPE.height / 2);
	// The drawer opens from the side, and the map stays visible beside it.
	await drawerToggle(page).click();
	const side = (await drawer(page).boundingBox())!;
	expect(side.width).toBeLessThan(LANDSCAPE.width * 0.65);
	expect(side.height).toBeGreaterThan(LANDSCAPE.height * 0.9);
});

/**
 * Every control on screen, as the reader sees it: its box cut to the scrolling areas around it
 * and the window; controls inside another (a link in the credits line) count as one.
 */
function visibleControls(page: Page) {
	return page.evaluate(() => {
		const selector =
			'a[href], button, input, select, textarea, [role="button"], .maplibregl-ctrl-attrib, .maplibregl-ctrl-scale';
		const found: { name: string; box: [number, number, number, number]; el: Element }[] = [];
		for (const el of document.querySelectorAll(selector)) {
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden' || style.display === 'none') continue;
			const r = el.getBoundingClientRect();
			let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
			for (let up = el.parentElement; up; up = up.parentElement) {
				const s = getComputedStyle(up);
				if (s.display === 'none') left = right;
				if (s.overflow !== 'visible' || s.clipPath !== 'none') {
					const c = up.getBoundingClientRect();
					[left, top, right, bottom] = [
						Math.max(left, c.left),
						Math.max(top, c.top),
						Math.min(right, c.right),
						Math.min(bottom, c.bottom)
					];
				}
			}
			[left, top, right, bottom] = [
				Math.max(left, 0),
				Math.max(top, 0),
				Math.min(right, innerWidth),
				Math.min(bottom, innerHeight)
			];
			if (right - left <= 1 || bottom - top <= 1) continue;
			const name = (el.getAttribute('aria-label') || el.textContent || el.className)
				.trim()
				.slice(0, 40);
			found.push({ name, box: [left, top, right, bottom], el });
		}
		const overlaps: string[] = [];
		for (const [i, a] of found.entries())
			for (const b of found.slice(i + 1)) {
				if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
				const w = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
				const h = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
				if (w > 0.5 && h > 0.5) overlaps.push(`"${a.name}" and "${b.name}" (${w}×${h} px)`);
			}
		return { count: found.length, overlaps };
	});
}

const SIZES = [
	[320, 568],
	[390, 844],
	[568, 320],
	[844, 390],
	[768, 1024],
	[1024, 768],
	[1440, 900],
	[1920, 1080]
] as const;

for (const [width, height] of SIZES)
	test(`no control covers another at ${width}×${height}, with and without a story open`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		for (const path of ['/', '/place/shanghai-medvalley']) {
			await page.goto(path);
			await mapIdle(page);
			const { count, overlaps } = await visibleControls(page);
			expect(count, `${path}: controls found`).toBeGreaterThan(4);
			expect(overlaps, path).toEqual([]);
		}
		// A filter's summary over the map (phones and tablets) stays clear of the rest too.
		await page.goto('/');
		await mapIdle(page);
		const toggle = drawerToggle(page);
		if (await toggle.isVisible()) await toggle.click();
		await page.getByRole('button', { name: 'Hydrogen' }).click();
		await mapIdle(page);
		expect((await visibleControls(page)).overlaps, 'filtered').toEqual([]);
	});

/** The lines an element's text is set in: the distinct tops of its text's boxes. */
const linesOf = (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => {
		const tops = new Set<number>();
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		while (walker.nextNode()) {
			const range = document.createRange();
			range.selectNodeContents(walker.currentNode);
			for (const box of range.getClientRects()) tops.add(Math.round(box.top));
		}
		return tops.size;
	});

for (const [width, height] of [
	[1024, 768],
	[1440, 900]
] as const)
	test(`beside the map at ${width}×${height}, the title keeps to one line and the tagline to two, in both languages`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		for (const path of ['/', '/?lang=zh']) {
			await page.goto(path);
			await expect(page.locator('.masthead .tagline')).toBeVisible();
			// Once the share, scheme and language buttons stood beside them: 嘉定产业地 / 图, and a
			// tagline in five lines.
			expect(await linesOf(page, '.masthead h1'), `${path}: title`).toBe(1);
			expect(await linesOf(page, '.masthead .tagline'), `${path}: tagline`).toBeLessThanOrEqual(2);
		}
	});
