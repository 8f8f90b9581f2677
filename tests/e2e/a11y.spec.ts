/**
 * axe-core (the engine behind most accessibility checkers) on every route, at phone and desktop
 * sizes, in English and in Chinese: no violation of WCAG 2.1 A/AA or of axe's best practices.
 * Map text, which axe cannot read on a canvas, is checked in src/lib/map/style.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mapIdle } from './map';

const ROUTES = [
	'/',
	'/place/shanghai-medvalley',
	'/place/malu',
	'/tour',
	'/tour/layout',
	'/kiosk',
	'/article/ambitious-plans-unveiled-at-precision-medicine-forum',
	'/places',
	'/planner',
	'/credits',
	'/open-data',
	'/place/no-such-place'
];

const SIZES = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1440, height: 900 }
};

/** Waits for what a reader would wait for: a map drawn, or the page loaded. */
async function settled(page: Page) {
	await page.waitForLoadState('load');
	if ((await page.locator('[data-map-state]').count()) > 0) await mapIdle(page);
}

for (const language of ['en', 'zh'] as const)
	for (const [size, viewport] of Object.entries(SIZES))
		test(`axe finds no violation on any route (${language}, ${size})`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.setViewportSize(viewport);
			if (language === 'zh')
				await page.addInitScript(() => localStorage.setItem('jiading-atlas.locale', 'zh'));
			const found: string[] = [];
			for (const route of ROUTES) {
				const path = route === '/kiosk' && language === 'zh' ? '/kiosk?lang=zh' : route;
				await page.goto(path);
				await settled(page);
				await expect(page.locator('html')).toHaveAttribute(
					'lang',
					language === 'zh' ? 'zh-Hans' : 'en'
				);
				const { violations } = await new AxeBuilder({ page }).analyze();
				for (const v of violations)
					found.push(
						`${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
							.slice(0, 4)
							.map((n) => n.target.join(' '))
							.join(', ')}`
					);
			}
			expect(found).toEqual([]);
		});
