/**
 * axe-core (the engine behind most accessibility checkers) on every route, at phone and desktop
 * sizes, in English and in Chinese: no violation of WCAG 2.1 A/AA or of axe's best practices.
 * Map text, which axe cannot read on a canvas, is checked in src/lib/map/style.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { anchorOf, clickMapAt, mapIdle } from './map';

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
	'/timeline',
	'/planner/compare?places=shanghai-medvalley,united-imaging-town,jiading-hydrogen-park',
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

/** Both languages at both sizes in light; dark (#15) in English on the desktop, Chinese on the phone. */
const RUNS = [
	...(['en', 'zh'] as const).flatMap((language) =>
		(['phone', 'desktop'] as const).map((size) => ({ language, size, scheme: 'light' as const }))
	),
	{ language: 'en', size: 'desktop', scheme: 'dark' },
	{ language: 'zh', size: 'phone', scheme: 'dark' }
] as const;

for (const { language, size, scheme } of RUNS)
	test(`axe finds no violation on any route (${language}, ${size}${scheme === 'dark' ? ', dark' : ''})`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.setViewportSize(SIZES[size]);
		await page.emulateMedia({ colorScheme: scheme });
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

/** Runs axe on the page as it is now; returns each violation in one line. */
async function violations(page: Page, state: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map(
		(v) => `${state}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

test('axe finds no violation in the explorer’s open states: drawer, filter, search, map keys, chooser', async ({
	page
}) => {
	test.setTimeout(120_000);
	const found: string[] = [];
	await page.setViewportSize(SIZES.phone);
	await page.goto('/');
	await settled(page);
	await page.getByRole('button', { name: 'All places · Layers' }).click();
	found.push(...(await violations(page, 'phone, drawer open')));
	await page.getByRole('button', { name: 'Hydrogen' }).click();
	await expect(page.getByText(/places on the map/)).toBeVisible();
	found.push(...(await violations(page, 'phone, filtered')));

	await page.setViewportSize(SIZES.desktop);
	await page.goto('/');
	await settled(page);
	await page.getByRole('combobox', { name: 'Search places and facts' }).fill('medvalley');
	await expect(page.getByRole('option').first()).toBeVisible();
	found.push(...(await violations(page, 'desktop, search results')));
	await page.locator('.maplibregl-canvas').focus();
	await page.keyboard.press('n');
	await expect(page.getByText(/place 1 of \d+ in view/)).toBeVisible();
	found.push(...(await violations(page, 'desktop, map keys')));

	const [lng, lat] = await anchorOf(page, 'ballard-anting');
	await page.goto(`/#13/${lat}/${lng}`);
	await clickMapAt(page, lng, lat);
	await expect(page.getByRole('region', { name: 'Several places share this spot' })).toBeVisible();
	found.push(...(await violations(page, 'desktop, chooser')));
	expect(found).toEqual([]);
});

test('the keyboard is always visible, never trapped, and N moves only on the map (2.4.7, 2.1.2, 2.1.4)', async ({
	page
}) => {
	await page.setViewportSize(SIZES.desktop);
	await page.goto('/place/shanghai-medvalley');
	await settled(page);
	// Tab through the sidebar to the map and 20 stops past it (the story panel): each stop shows a
	// ring at least 2 px wide.
	const stops: string[] = [];
	const map = () => stops.indexOf('canvas.maplibregl-canvas');
	while (stops.length < 150 && (map() === -1 || stops.length < map() + 20)) {
		await page.keyboard.press('Tab');
		stops.push(
			await page.evaluate(() => {
				const el = document.activeElement!;
				const style = getComputedStyle(el);
				const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
				const name = `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`;
				return ring ? name : `${name} (no ring)`;
			})
		);
	}
	expect(stops.filter((s) => s.endsWith('(no ring)'))).toEqual([]);
	expect(stops).toContain('canvas.maplibregl-canvas');

	// Tab leaves the map as it entered it.
	const canvas = page.locator('.maplibregl-canvas');
	await canvas.focus();
	await page.keyboard.press('Tab');
	await expect(canvas).not.toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(canvas).toBeFocused();

	// N is a letter like any other in the search box.
	const search = page.getByRole('combobox', { name: 'Search places and facts' });
	await search.focus();
	await page.keyboard.type('n');
	await expect(search).toHaveValue('n');
	await expect(page.getByText(/in view; Enter opens it/)).toHaveCount(0);
});

test('every control on a phone is a 44 px target, but for links inside sentences (2.5.5)', async ({
	page
}) => {
	await page.setViewportSize(SIZES.phone);
	const small: string[] = [];
	for (const route of ['/', '/place/shanghai-medvalley', '/tour/layout', '/planner']) {
		await page.goto(route);
		await settled(page);
		small.push(
			...(await page.evaluate((route) => {
				const found: string[] = [];
				const controls = document.querySelectorAll(
					'a[href], button, input:not([type="checkbox"]), select, summary'
				);
				for (const el of controls) {
					const r = el.getBoundingClientRect();
					if (r.width < 2 || r.height < 2) continue;
					if (r.width >= 44 && r.height >= 44) continue;
					// A link in running text is exempt: its sentence sets its size.
					const style = getComputedStyle(el);
					const text = (el.textContent ?? '').trim();
					const around = (el.parentElement?.textContent ?? '').trim();
					if (style.display === 'inline' && around.length > text.length + 3) continue;
					found.push(`${route}: ${el.tagName} "${text.slice(0, 30)}" ${r.width}×${r.height}`);
				}
				return found;
			}, route))
		);
	}
	expect(small).toEqual([]);
});
