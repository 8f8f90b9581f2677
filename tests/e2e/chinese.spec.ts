/**
 * The Chinese interface is Chinese throughout: with 中文 chosen, every page's title is Chinese and
 * no English is left in its text or in the names it gives its controls (aria-label, title, alt,
 * placeholder), except where it is marked as English (`lang="en"`: article text, quotes, titles
 * and names as published) or is a quotation, citation or code.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';
import { mapIdle } from './map';

const ROUTES = [
	'/',
	'/place/shanghai-medvalley',
	'/credits',
	'/open-data',
	'/planner',
	'/tour',
	'/places'
];

/** Two or more English words in a row ("Open data", "Guided tour"); "GeoJSON" or "km" alone is not. */
const ENGLISH_WORDS = String.raw`[A-Za-z][A-Za-z'’]+(?:[\s,.;:–—-]+[A-Za-z][A-Za-z'’]+)+`;
const CHINESE = /\p{Script=Han}/u;

interface Leak {
	/** The English words found. */
	text: string;
	/** Where: the element (tag, id, classes) and, for an attribute, its name. */
	where: string;
}

/**
 * Walks the page's visible text and its elements' accessible names, outside whatever is marked
 * as English (or another non-Chinese language) and outside quotations, citations, code and the
 * map's canvas, and returns every run of English words with the element it is in.
 */
async function englishLeaks(page: Page): Promise<Leak[]> {
	return page.evaluate((pattern) => {
		const english = new RegExp(pattern, 'g');
		const EXEMPT = [
			'[lang]:not([lang^="zh"])',
			'blockquote',
			'cite',
			'code',
			'pre',
			'kbd',
			'script',
			'style',
			'noscript',
			'template',
			'.maplibregl-canvas'
		].join(', ');
		const ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext'];
		const describe = (el: Element) =>
			[
				el.tagName.toLowerCase(),
				el.id ? `#${el.id}` : '',
				...[...el.classList].map((c) => `.${c}`)
			].join('') + (el.parentElement ? ` in ${el.parentElement.tagName.toLowerCase()}` : '');
		const leaks: { text: string; where: string }[] = [];
		const found = (text: string, where: string) => {
			for (const match of text.matchAll(english)) leaks.push({ text: match[0], where });
		};

		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest(EXEMPT)) continue;
			// Text hidden from everyone is not read; visually hidden text for screen readers is.
			if (!parent.checkVisibility({ visibilityProperty: true })) continue;
			found(node.textContent ?? '', describe(parent));
		}
		for (const el of document.body.querySelectorAll('*')) {
			if (el.closest(EXEMPT) || !el.checkVisibility({ visibilityProperty: true })) continue;
			for (const name of ATTRIBUTES) {
				const value = el.getAttribute(name);
				if (value) found(value, `${describe(el)} [${name}]`);
			}
		}
		return leaks;
	}, ENGLISH_WORDS);
}

/** Waits for what a reader waits for: the page in Chinese, its map drawn and its story told. */
async function settled(page: Page, path: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await page.waitForLoadState('load');
	if ((await page.locator('[data-map-state]').count()) > 0) await mapIdle(page);
	// The explorer's list arrives with its index, a place's story with its own file.
	if ((await page.locator('#place-list').count()) > 0)
		await expect(page.locator('#place-list a[data-place]').first()).toBeAttached();
	if (path.startsWith('/place/'))
		await expect(page.locator('.story-panel .loading')).toHaveCount(0);
}

for (const path of ROUTES)
	test(`${path} in Chinese has a Chinese title and no English outside what is marked English`, async ({
		page
	}) => {
		const watch = watchPage(page);
		await page.addInitScript(() => localStorage.setItem('jiading-atlas.locale', 'zh'));
		await page.goto(path);
		await settled(page, path);

		await expect.poll(() => page.title()).toMatch(CHINESE);
		expect(await page.title()).not.toMatch(new RegExp(ENGLISH_WORDS));
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		if (description !== null) expect(description).toMatch(CHINESE);
		expect(await englishLeaks(page)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

test('the map’s credit line keeps OpenStreetMap’s own words in Chinese, marked as English', async ({
	page
}) => {
	await page.addInitScript(() => localStorage.setItem('jiading-atlas.locale', 'zh'));
	await page.goto('/');
	await mapIdle(page);
	const credit = page.locator('.maplibregl-ctrl-attrib');
	await expect(credit.locator('[lang="en"]')).toHaveText('© OpenStreetMap contributors');
	await expect(credit.getByRole('link', { name: '致谢' })).toBeVisible();
	await expect(page.getByRole('button', { name: '放大' })).toBeVisible();
});

test('switching to 中文 on a page turns its title and text Chinese', async ({ page }) => {
	await page.goto('/credits');
	await expect(page).toHaveTitle('Credits and data sources — Jiading Atlas');
	// A click before the page has hydrated does nothing: click again until the language changes.
	await expect(async () => {
		if ((await page.locator('html').getAttribute('lang')) === 'en')
			await page.locator('button.language-switch').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans', { timeout: 1000 });
	}).toPass();
	await expect(page).toHaveTitle('致谢与数据来源 — 嘉定产业地图');
	await expect(page.getByText('地图数据 © OpenStreetMap 贡献者').first()).toBeVisible();
	expect(await englishLeaks(page)).toEqual([]);
});

test('a metro line found in search is named as OpenStreetMap names it in Chinese', async ({
	page
}) => {
	await page.addInitScript(() => localStorage.setItem('jiading-atlas.locale', 'zh'));
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await page.locator('#search-input').fill('11号线');
	const line = page.getByRole('option').filter({ hasText: '上海地铁11号线' });
	await expect(line).toBeVisible();
	await expect(line).not.toContainText('Metro Line');
	await line.click();
	await expect(
		page.getByRole('status').filter({ hasText: /地图上显示.*上海地铁11号线/ })
	).toBeAttached();
});
