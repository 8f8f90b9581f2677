/**
 * Storage that fails: blocked (reading `localStorage` throws, as with some privacy settings) or
 * full (every write throws). The language switch still works for the visit, the map loads,
 * nothing throws, and the kiosk's loop runs.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';
import { mapIdle } from './map';

const FAILURES = {
	blocked: () => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	},
	full: () => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	}
};

async function switchLanguage(page: Page) {
	await page.getByRole('button', { name: 'Switch to Chinese' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.locator('#story-heading')).toHaveText('马陆镇');
	await page.getByRole('button', { name: '切换到英文' }).click();
	await expect(page.locator('#story-heading')).toHaveText('Malu');
}

for (const [name, fail] of Object.entries(FAILURES)) {
	test(`storage ${name}: the language switch works for the visit, the map loads`, async ({
		page
	}) => {
		const watch = watchPage(page);
		await page.addInitScript(fail);
		await page.goto('/place/malu');
		await mapIdle(page);
		await expect(page.getByText('Loading the map')).toHaveCount(0);
		await switchLanguage(page);
		expect(watch.errors).toEqual([]);
	});

	test(`storage ${name}: the kiosk starts its loop and its language`, async ({ page }) => {
		const watch = watchPage(page);
		await page.addInitScript(fail);
		await page.clock.install();
		await page.goto('/kiosk?idle=30&dwell=20&lang=zh');
		await mapIdle(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		await expect(page.locator('.explorer.kiosk')).toHaveAttribute('data-kiosk-state', 'visitor');
		await page.clock.fastForward('00:31');
		await expect(page.locator('.explorer.kiosk')).toHaveAttribute('data-kiosk-state', 'attract');
		await page.clock.fastForward('00:20');
		await expect(page.locator('.tour-card')).toHaveAttribute('data-chapter', 'layout');
		expect(watch.errors).toEqual([]);
	});
}
