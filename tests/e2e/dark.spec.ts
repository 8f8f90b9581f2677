import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { meanColour } from './helpers';
import { mapIdle } from './map';

/**
 * Light and dark (#15): the page follows the system's `prefers-color-scheme`, or the reader's
 * choice with the switch, in the interface, the map and the picture before the map; paper stays
 * light. Colours are read from what Chromium painted.
 */

/** Relative luminance (WCAG) of an sRGB colour given as 0–255 channels. */
function luminance([r, g, b]: number[]): number {
	const lin = (c: number) =>
		c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
	return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** How light the map is where it shows only ground (the top right of its canvas), 0–1. */
async function mapLightness(page: Page): Promise<number> {
	await mapIdle(page);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const png = await page.screenshot({
		clip: { x: box.x + box.width - 60, y: box.y + 120, width: 40, height: 40 }
	});
	return luminance(await meanColour(page, png));
}

/** The page's ground colour, as 0–255 channels. */
const pageColour = async (page: Page) =>
	(await page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor))
		.match(/[\d.]+/g)!
		.map(Number);
/** The picture's drawings, by scheme: which one the page shows (its CSS, whatever the fade). */
const pictureShown = (page: Page) =>
	page
		.locator('.map-picture svg')
		.evaluateAll((svgs) =>
			svgs.filter((svg) => getComputedStyle(svg).display !== 'none').map((svg) => svg.classList[0])
		);
const switchButton = (page: Page) => page.getByRole('button', { name: 'Dark theme' });

test('a system that prefers dark gets the dark interface, picture and map', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	expect(await pictureShown(page)).toEqual(['scheme-dark']);
	expect(luminance(await pageColour(page))).toBeLessThan(0.02);
	expect(await mapLightness(page)).toBeLessThan(0.05);
	// Made dark, not made light and turned dark while the reader watched.
	const ground = await page.evaluate(() => window.jiadingAtlas!.background());
	expect(ground.first).toBe(ground.now);
	await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'true');
	// The system turns light: so does the page, map and all, with no choice made.
	await page.emulateMedia({ colorScheme: 'light' });
	await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'false');
	expect(await mapLightness(page)).toBeGreaterThan(0.6);
});

test('the switch chooses dark over a light system, kept from the first paint of the next page, and lets go when light is chosen again', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/place/malu');
	expect(await mapLightness(page)).toBeGreaterThan(0.6);
	expect(luminance(await pageColour(page))).toBeGreaterThan(0.9);
	await switchButton(page).click();
	await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
	expect(luminance(await pageColour(page))).toBeLessThan(0.02);
	expect(await mapLightness(page)).toBeLessThan(0.05);
	// The next page is dark before any of the app's code has run (the head's script).
	// (Only the head's script sets the attribute; the app's code reads it, never writes it unasked.)
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
	expect(await pictureShown(page)).toEqual(['scheme-dark']);
	expect(luminance(await pageColour(page))).toBeLessThan(0.02);
	expect(await mapLightness(page)).toBeLessThan(0.05);
	// Other pages have the switch too; choosing light, the system's, lets go of the choice.
	await page.goto('/credits');
	await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'true');
	await switchButton(page).click();
	await expect(page.locator('html')).not.toHaveAttribute('data-scheme', /./);
	expect(await page.evaluate(() => localStorage.getItem('jiading-atlas.scheme'))).toBe('system');
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'true');
});

test('on a dark screen the planner’s PNG is drawn light, as paper is', async ({ page }) => {
	test.setTimeout(60_000);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/planner');
	expect(await mapLightness(page)).toBeLessThan(0.05);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Map as PNG' }).click()
	]);
	const png = readFileSync((await download.path())!);
	expect(luminance(await meanColour(page, png))).toBeGreaterThan(0.5);
});
