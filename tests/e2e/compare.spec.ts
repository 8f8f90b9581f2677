import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';

/** The planner's comparison: two to four places side by side, from a link or chosen by hand. */
const LINK = '/planner/compare?places=shanghai-medvalley,united-imaging-town,jiading-hydrogen-park';

test('three places from a link: measures, positions and figures side by side', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto(LINK);
	const columns = page.locator('.compare-table thead th');
	await expect(columns).toHaveCount(3);
	await expect(columns.nth(0)).toContainText('Shanghai MedValley');
	await expect(columns.nth(1)).toContainText('United Imaging Town');
	await expect(columns.nth(2)).toContainText('Jiading Hydrogen Park');
	// The stated area with its passage, as the planner's table gives it.
	const stated = page.locator('tr[data-measure="stated"] td').first();
	await expect(stated).toContainText('2.200');
	await expect(stated.getByRole('link')).toHaveAttribute('href', /#fact-medvalley-planned-area$/);
	// Each place is marked on the sketch, and their distances apart are given.
	await expect(page.getByRole('img', { name: /Sketch of Jiading District/ })).toBeVisible();
	await expect(page.locator('svg .mark')).toHaveCount(3);
	await expect(
		page.getByText(/Shanghai MedValley – United Imaging Town: \d+\.\d km/)
	).toBeVisible();
	// Figures keep their quotes and sources; a place without one says so.
	const medvalley = page.locator('section[data-place="shanghai-medvalley"]');
	await expect(medvalley.locator('blockquote').first()).toBeVisible();
	await expect(medvalley.getByRole('link', { name: /Read in the article/ }).first()).toBeVisible();
	await expect(page.locator('section[data-place="jiading-hydrogen-park"]')).toContainText(
		'The articles give no figure for this place.'
	);
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('choosing and removing places keeps the link; at most four; exported as CSV', async ({
	page
}) => {
	await page.goto('/planner/compare');
	await expect(page.getByText('Choose at least two places to compare.')).toBeVisible();
	const add = page.getByLabel('Add a place');
	await add.selectOption('shanghai-medvalley');
	await add.selectOption('valeo-waigang');
	await expect(page).toHaveURL(/\/planner\/compare\?places=shanghai-medvalley,valeo-waigang$/);
	await expect(page.locator('.compare-table thead th')).toHaveCount(2);
	await add.selectOption('united-imaging-town');
	await add.selectOption('jiading-hydrogen-park');
	await expect(add).toBeDisabled();
	await expect(page.getByText('Four places is the most')).toBeVisible();
	await page.getByRole('button', { name: 'Remove Valeo' }).click();
	await expect(add).toBeEnabled();
	await expect(add).toBeFocused();
	await expect(page).toHaveURL(
		/\?places=shanghai-medvalley,united-imaging-town,jiading-hydrogen-park$/
	);

	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Comparison as CSV' }).click()
	]);
	expect(file.suggestedFilename()).toMatch(/^jiading-atlas-compare-\d{4}-\d{2}-\d{2}\.csv$/);
	const lines = readFileSync((await file.path())!, 'utf8')
		.replace(/^\ufeff/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
		'shanghai-medvalley',
		'united-imaging-town',
		'jiading-hydrogen-park'
	]);
});

test('a link naming what cannot be compared says so and compares the rest', async ({ page }) => {
	await page.goto('/planner/compare?places=shanghai-medvalley,nowhere,united-imaging-town');
	await expect(page.getByRole('alert')).toContainText('“nowhere” is not a place of the planner');
	await expect(page.locator('.compare-table thead th')).toHaveCount(2);
	await expect(page).toHaveURL(/\?places=shanghai-medvalley,united-imaging-town$/);
});

test('the planner links to the comparison; in Chinese it reads in Chinese', async ({ page }) => {
	await page.goto('/planner');
	await page.getByRole('link', { name: 'Compare places' }).click();
	await expect(page).toHaveURL(/\/planner\/compare$/);
	await page.goto(`${LINK}&lang=zh`);
	await expect(page.getByRole('heading', { level: 1, name: '地点对比' })).toBeVisible();
	await expect(page.locator('.compare-table thead th').first()).toContainText('上海医谷');
	await expect(page.getByRole('button', { name: '对比表（CSV）' })).toBeVisible();
});

test('on a phone the page does not scroll sideways; the measures scroll in their own box', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(LINK);
	await expect(page.locator('.compare-table thead th')).toHaveCount(3);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
