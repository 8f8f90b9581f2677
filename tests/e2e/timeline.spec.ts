import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';

/** The timeline's entries (facts), as the page lists them. */
const entries = (page: Page) => page.locator('main li.fact');
const group = (page: Page, heading: string) =>
	page.getByRole('region', { name: heading, exact: true });

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole timeline is readable: years in order, then the yearless and the undated', async ({
		page
	}) => {
		await page.goto('/timeline');
		await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
		const headings = await page.locator('main h2').allInnerTexts();
		expect(headings.slice(0, 4)).toEqual(['2018', '2021', '2022', '2025']);
		expect(headings.slice(-2)).toEqual(['Year not stated', 'Not dated']);
		expect(await entries(page).count()).toBeGreaterThanOrEqual(23);
		// No filter that could not work without scripts.
		await expect(page.getByLabel('Industry')).toHaveCount(0);
		// A month and day printed without a year stays without one.
		const forum = group(page, 'Year not stated').locator('#story-fact-medical-cluster-forum-held');
		await expect(forum.locator('.when')).toHaveText('26 September (year not stated)');
		// A target is shown as one.
		const ballard = group(page, '2025').locator('#story-fact-ballard-operation-start');
		await expect(ballard.locator('.when')).toContainText('Target');
		await expect(ballard.getByRole('link', { name: /Ballard/ })).toHaveAttribute(
			'href',
			'/place/ballard-anting'
		);
	});
});

test('filters by industry and town narrow the list, live in the address and survive a reload', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto('/timeline');
	const status = page.getByRole('status').filter({ hasText: /entries|条/ });
	const total = await entries(page).count();
	await expect(status).toHaveText(`${total} of ${total} entries`);

	await page.getByLabel('Industry').selectOption({ label: 'Hydrogen' });
	await expect(page).toHaveURL(/\/timeline\?industry=hydrogen$/);
	const hydrogen = await entries(page).count();
	expect(hydrogen).toBeGreaterThan(0);
	expect(hydrogen).toBeLessThan(total);
	await expect(status).toContainText(`${hydrogen} of ${total} entries`);
	await expect(page.locator('#story-fact-hydrogen-output-target')).toBeVisible();
	await expect(page.locator('#story-fact-medvalley-opening')).toHaveCount(0);

	await page.getByLabel('Industry').selectOption('');
	await page.getByLabel('Town').selectOption({ label: 'Malu' });
	await expect(page).toHaveURL(/\/timeline\?town=malu$/);
	await expect(page.locator('#story-fact-medvalley-opening')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Town')).toHaveValue('malu');
	await expect(page.locator('#story-fact-hydrogen-output-target')).toHaveCount(0);
	await page.getByRole('button', { name: 'Show all' }).click();
	await expect(page).toHaveURL(/\/timeline$/);
	await expect(entries(page)).toHaveCount(total);
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('a link asking for a filter the timeline lacks says so and shows everything', async ({
	page
}) => {
	await page.goto('/timeline?industry=steel');
	await expect(page.getByRole('alert')).toContainText('“steel”');
	const total = await entries(page).count();
	await expect(page.getByRole('status').filter({ hasText: /entries|条/ })).toHaveText(
		`${total} of ${total} entries`
	);
});

test('an entry opens its place on the map and its passage in the article', async ({ page }) => {
	await page.goto('/timeline');
	const opening = page.locator('#story-fact-medvalley-opening');
	await opening.getByRole('link', { name: 'Read in the article' }).click();
	await expect(page).toHaveURL(/\/article\/[a-z0-9-]+#fact-medvalley-opening$/);
	await expect(page.locator('#fact-medvalley-opening')).toBeInViewport();
	await page.goBack();
	await page
		.locator('#story-fact-medvalley-opening')
		.getByRole('link', { name: 'Shanghai MedValley', exact: true })
		.click();
	await expect(page).toHaveURL(/\/place\/shanghai-medvalley(#|$)/);
	await expect(page.getByRole('heading', { level: 2, name: /Shanghai MedValley/ })).toBeVisible();
});

test('the explorer and the tour link to the timeline', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'More of the atlas' })
		.getByRole('link', { name: 'Timeline' })
		.click();
	await expect(page).toHaveURL(/\/timeline$/);
	await page.goto('/tour');
	await page.getByRole('main').getByRole('link', { name: 'Timeline' }).click();
	await expect(page).toHaveURL(/\/timeline$/);
});

test('in Chinese the timeline reads in Chinese, dates in Chinese order', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('jiading-atlas.locale', 'zh'));
	await page.goto('/timeline');
	await expect(page.getByRole('heading', { level: 1, name: '时间线' })).toBeVisible();
	await expect(page).toHaveTitle(/^时间线/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.locator('#story-fact-medical-cluster-forum-held .when')).toHaveText(
		'9月26日（未注明年份）'
	);
	await expect(page.locator('#story-fact-ballard-operation-start .when')).toHaveText(
		/^2025年\s*目标$/
	);
	await page.getByLabel('产业').selectOption({ label: '氢能' });
	await expect(page.getByRole('status').filter({ hasText: /entries|条/ })).toContainText(
		/显示\d+条，共\d+条/
	);
});

test('a place’s dates link to the timeline of its town', async ({ page }) => {
	await page.goto('/place/shanghai-medvalley');
	await page.getByRole('link', { name: 'Every date in Malu on the timeline' }).click();
	await expect(page).toHaveURL(/\/timeline\?town=malu$/);
	await expect(page.getByLabel('Town')).toHaveValue('malu');
	await expect(page.locator('#story-fact-medvalley-opening')).toBeVisible();
	await expect(page.locator('#story-fact-hydrogen-output-target')).toHaveCount(0);
});
