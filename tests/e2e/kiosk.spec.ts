import { spawn } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { ORIGIN, watchPage } from './helpers';
import { anchorOf, clickMapAt, mapIdle } from './map';

const kiosk = (page: Page) => page.locator('.explorer.kiosk');
const state = (page: Page) => kiosk(page).getAttribute('data-kiosk-state');
/** The tour card on show, by its chapter. */
const chapterShown = (page: Page, chapter: string) =>
	expect(page.locator('.tour-card')).toHaveAttribute('data-chapter', chapter);

test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

test('idle starts the attract loop, a tap stops it, walking away resets', async ({ page }) => {
	const watch = watchPage(page);
	await page.clock.install();
	await page.goto('/kiosk?dwell=20');
	await mapIdle(page);
	await expect(kiosk(page)).toHaveAttribute('data-kiosk-state', 'visitor');
	const home = await page.evaluate(() => window.jiadingAtlas!.camera());

	// 90 s without input (the default): home state, then the tour plays on its own.
	// (The clock also runs on its own while the map loads, so the checks keep a margin.)
	await page.clock.fastForward('01:20');
	await expect(kiosk(page)).toHaveAttribute('data-kiosk-state', 'visitor');
	await page.clock.fastForward('00:11');
	await expect(kiosk(page)).toHaveAttribute('data-kiosk-state', 'attract');
	await expect(page.locator('.tour-card')).toHaveCount(0);
	await page.clock.fastForward('00:20');
	await chapterShown(page, 'layout');
	await expect(page.locator('.tour-card')).toContainText('The tour is playing');
	await page.clock.fastForward('00:20');
	await chapterShown(page, 'one-axis');
	// The address stays the kiosk's, so a reload anywhere in the loop is the kiosk again.
	await expect(page).toHaveURL(/\/kiosk\?dwell=20$/);

	// A tap hands the screen to the visitor: the loop stops where it is.
	const tagline = (await page.locator('.tagline').boundingBox())!;
	await page.touchscreen.tap(tagline.x + 20, tagline.y + tagline.height / 2);
	expect(await state(page)).toBe('visitor');
	await page.clock.fastForward('01:00');
	await chapterShown(page, 'one-axis');
	await expect(page.locator('.tour-card')).not.toContainText('The tour is playing');

	// The visitor explores: a place, a filter, a search.
	await page.locator('#place-link-malu').tap();
	await expect(page.getByRole('heading', { level: 2, name: 'Malu' })).toBeVisible();
	await page.getByRole('button', { name: 'Hydrogen' }).click();
	await page.getByRole('checkbox', { name: 'Town' }).uncheck();
	await page.getByRole('combobox').fill('wisteria');
	await page.getByRole('button', { name: 'Switch to Chinese' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '马陆镇' })).toBeVisible();

	// ... and walks away. 80 s later nothing has changed yet; after 90 s the kiosk is home again.
	await page.clock.fastForward('01:20');
	await expect(page.getByRole('heading', { level: 2, name: '马陆镇' })).toBeVisible();
	await page.clock.fastForward('00:11');
	await expect(kiosk(page)).toHaveAttribute('data-kiosk-state', 'attract');
	await expect(page.locator('.story-panel')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2, name: /Explore Jiading/ })).toBeVisible();
	await expect(page.getByRole('combobox')).toHaveValue('');
	await expect(page.getByRole('checkbox', { name: 'Town' })).toBeChecked();
	await expect(page.getByRole('button', { name: 'All industries' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await mapIdle(page);
	const camera = await page.evaluate(() => window.jiadingAtlas!.camera());
	expect(camera.zoom).toBeCloseTo(home.zoom, 1);
	expect(camera.center[0]).toBeCloseTo(home.center[0], 2);
	expect(camera.center[1]).toBeCloseTo(home.center[1], 2);
	await page.clock.fastForward('00:20');
	await chapterShown(page, 'layout');
	await expect(page).toHaveURL(/\/kiosk\?dwell=20$/);
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('the attract loop plays every chapter and comes back home', async ({ page }) => {
	const contents = await page.request.get('/tour').then((r) => r.text());
	const order = [
		...new Set([...contents.matchAll(/href="[^"]*\/tour\/([a-z-]+)"/g)].map((m) => m[1]!))
	];
	expect(order).toHaveLength(10);
	// fastForward jumps like a laptop lid opened: a timer due in the jump fires at its end, and the
	// loop's next step is set from there. So each jump of one dwell brings exactly one step, and
	// each check waits for the view that step must show, however slowly the browser draws.
	await page.clock.install();
	await page.goto('/kiosk?idle=30&dwell=60');
	await mapIdle(page);
	await page.clock.fastForward('01:00');
	await expect(kiosk(page)).toHaveAttribute('data-kiosk-state', 'attract');
	await expect(page.locator('.tour-card')).toHaveCount(0);
	for (const chapter of order) {
		await page.clock.fastForward('01:00');
		await chapterShown(page, chapter);
	}
	await page.clock.fastForward('01:00');
	await expect(page.locator('.tour-card')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2, name: /Explore Jiading/ })).toBeVisible();
	await page.clock.fastForward('01:00');
	await chapterShown(page, 'layout');
	await expect(page).toHaveURL(/\/kiosk\?idle=30&dwell=60$/);
});

for (const viewport of [
	{ width: 1920, height: 1080 },
	{ width: 1080, height: 1920 }
]) {
	test(`the kiosk screen at ${viewport.width}x${viewport.height}: large type, 48 px targets, language switch`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/kiosk');
		await mapIdle(page);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
			'20px'
		);
		// The map's scale and credit line as large as its smallest label.
		const mapText = await page.evaluate(() =>
			[...document.querySelectorAll('.maplibregl-ctrl-scale, .maplibregl-ctrl-attrib')].map((el) =>
				parseFloat(getComputedStyle(el).fontSize)
			)
		);
		expect(mapText).toHaveLength(2);
		for (const px of mapText) expect(px).toBeGreaterThanOrEqual(18);
		await expect(page.getByRole('button', { name: 'Switch to Chinese' })).toBeInViewport();
		await expect(page.getByRole('button', { name: 'Start the tour' })).toBeInViewport();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			viewport.width
		);
		for (const screen of ['home', 'chapter', 'place']) {
			if (screen === 'chapter') await page.getByRole('button', { name: 'Start the tour' }).click();
			if (screen === 'place') await page.goto('/kiosk').then(() => mapIdle(page));
			if (screen === 'place') {
				const [lng, lat] = await anchorOf(page, 'anting');
				await clickMapAt(page, lng, lat);
				await expect(page.locator('.story-panel')).toBeVisible();
			}
			await page.waitForTimeout(300);
			const small = await page.evaluate(() =>
				// A checkbox is touched through its label.
				[...document.querySelectorAll('a[href], button, input, summary')]
					.map((el) => (el.matches('input[type="checkbox"]') ? el.closest('label')! : el))
					.filter((el) => {
						const r = el.getBoundingClientRect();
						const visible =
							r.width > 0 &&
							r.bottom > 0 &&
							r.top < innerHeight &&
							r.right > 0 &&
							r.left < innerWidth;
						const hiddenSkip = el.classList.contains('skip');
						return visible && !hiddenSkip && (r.width < 47.5 || r.height < 47.5);
					})
					.map(
						(el) =>
							`${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`
					)
			);
			expect(small, screen).toEqual([]);
		}
	});
}

test('a setting out of range is named on the home card and kept in range', async ({ page }) => {
	await page.clock.install();
	await page.goto('/kiosk?idle=3000000&dwell=0.1');
	const alert = page.locator('.kiosk-home').getByRole('alert');
	await expect(alert).toContainText('idle=3000000 is more than 3600 s; using 3600 s');
	await expect(alert).toContainText('dwell=0.1 is less than 0.5 s; using 0.5 s');
	// A minute on, the visitor's screen is still the visitor's (the timer did not overflow).
	await mapIdle(page);
	await page.clock.fastForward('01:00');
	await expect(kiosk(page)).toHaveAttribute('data-kiosk-state', 'visitor');
});

test('lockdown: no context menu, selection, page zoom, dialogs or links out', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		return dialog.dismiss();
	});
	await page.goto('/kiosk');
	await mapIdle(page);
	const prevented = await page.evaluate(() => {
		const heading = document.querySelector('h2')!;
		const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
		const wheel = new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true });
		const zoomKey = new KeyboardEvent('keydown', {
			key: '+',
			ctrlKey: true,
			bubbles: true,
			cancelable: true
		});
		return {
			menu: !heading.dispatchEvent(menu),
			wheel: !heading.dispatchEvent(wheel),
			zoomKey: !heading.dispatchEvent(zoomKey),
			userSelect: getComputedStyle(heading).userSelect,
			touchAction: getComputedStyle(document.documentElement).touchAction,
			viewport: document.querySelector('meta[name="viewport"]')!.getAttribute('content')
		};
	});
	expect(prevented).toEqual({
		menu: true,
		wheel: true,
		zoomKey: true,
		userSelect: 'none',
		touchAction: 'pan-x pan-y',
		// The page stays scalable for axe and WCAG 1.4.4; touch-action stops the pinch instead.
		viewport: 'width=device-width, initial-scale=1'
	});
	await page.locator('#kiosk-heading').dblclick();
	expect(await page.evaluate(() => getSelection()?.toString())).toBe('');
	await page.evaluate(() => window.alert('nobody is there to press OK'));
	expect(dialogs).toEqual([]);

	// The map still zooms with a pinch or wheel.
	const before = (await page.evaluate(() => window.jiadingAtlas!.camera())).zoom;
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
	await page.mouse.wheel(0, -600);
	await expect
		.poll(async () => (await page.evaluate(() => window.jiadingAtlas!.camera())).zoom)
		.toBeGreaterThan(before + 0.2);

	// No link leaves the map: sources are named, not linked; attribution is plain text.
	const [lng, lat] = await anchorOf(page, 'shanghai-medvalley');
	await mapIdle(page);
	await clickMapAt(page, lng, lat);
	await expect(page.locator('.story-panel')).toContainText('Source:');
	const hrefs = await page.evaluate(() =>
		[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href)
	);
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) {
		expect(href.startsWith(`${ORIGIN}/`)).toBe(true);
		expect(href.slice(ORIGIN.length)).toMatch(/^\/(kiosk|tour\/[\w-]+|place\/[\w-]+)?(#.*)?$/);
	}
	await expect(page.getByText('© OpenStreetMap contributors')).toBeVisible();

	// A link to another place moves the kiosk there; the address stays the kiosk's.
	await page.locator('.story-panel a[href$="/place/malu"]').first().click();
	await expect(page.getByRole('heading', { level: 2, name: 'Malu' })).toBeVisible();
	await expect(page).toHaveURL(/\/kiosk$/);
});

test('after a day the kiosk reloads itself in a quiet moment; a new deployment too', async ({
	browser
}) => {
	// No service worker here: the version file is answered by the test, standing in for a new
	// deployment on the server.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.clock.install();
	await page.goto('/kiosk?dwell=5');
	await mapIdle(page);
	const loads: string[] = [];
	page.on('load', () => loads.push(page.url()));
	// The day is over while the tour plays; the reload comes at the home view's turn.
	await page.clock.fastForward('24:00:00');
	await page.clock.fastForward('00:05');
	await expect.poll(() => loads.length).toBe(1);
	expect(loads[0]).toMatch(/\/kiosk\?dwell=5$/);
	await mapIdle(page);

	await page.route('**/_app/version.json', (route) =>
		route.fulfill({ json: { version: 'a-newer-deployment' } })
	);
	await page.clock.fastForward('01:31');
	await page.clock.fastForward('00:05');
	await expect.poll(() => loads.length).toBe(2);
	await context.close();
});

test('a lost graphics context comes back without anyone; if it does not, the kiosk reloads', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.clock.install();
	await page.goto('/kiosk');
	await mapIdle(page);
	const lose = (restore: boolean) =>
		page.evaluate((restore) => {
			const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
			const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
			const extension = gl.getExtension('WEBGL_lose_context')!;
			extension.loseContext();
			if (restore) setTimeout(() => extension.restoreContext(), 500);
		}, restore);

	await lose(true);
	await expect(page.locator('[data-map-state="lost"]')).toBeVisible();
	await page.clock.fastForward(1000);
	await mapIdle(page);
	const [lng, lat] = await anchorOf(page, 'waigang');
	await clickMapAt(page, lng, lat);
	await expect(page.getByRole('heading', { level: 2, name: 'Waigang' })).toBeVisible();
	await expect(page).toHaveURL(/\/kiosk$/);

	const loads: string[] = [];
	page.on('load', () => loads.push(page.url()));
	await lose(false);
	await expect(page.locator('[data-map-state="lost"]')).toBeVisible();
	await page.clock.fastForward('00:11');
	await expect.poll(() => loads.length).toBe(1);
	expect(loads[0]).toMatch(/\/kiosk$/);
	await mapIdle(page);
	expect(watch.errors).toEqual([]);
});

test('offline: with its server stopped, the kiosk reloads and keeps working', async ({
	browser
}) => {
	// A server of its own, so stopping it leaves the other tests' server alone.
	const port = Number(process.env.E2E_PORT ?? 4173) + 1;
	const server = spawn(
		'npx',
		['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ detached: true, stdio: 'ignore' }
	);
	const origin = `http://127.0.0.1:${port}`;
	try {
		await expect
			.poll(
				() =>
					fetch(`${origin}/kiosk`).then(
						(r) => r.status,
						() => 0
					),
				{ timeout: 30_000 }
			)
			.toBe(200);
		// The offline copy must run here (the suite blocks service workers elsewhere).
		const context = await browser.newContext({
			viewport: { width: 1920, height: 1080 },
			serviceWorkers: 'allow'
		});
		const page = await context.newPage();
		const watch = watchPage(page, origin);
		await page.goto(`${origin}/kiosk`);
		await mapIdle(page);
		// The offline copy is made when the kiosk starts; wait until it is in charge.
		await page.evaluate(() => navigator.serviceWorker.ready);
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		// The loop is under way when the server goes and the browser reloads.
		await page.getByRole('button', { name: 'Start the tour' }).click();
		await chapterShown(page, 'layout');

		process.kill(-server.pid!);
		await expect
			.poll(() =>
				fetch(`${origin}/kiosk`).then(
					(r) => r.status,
					() => 0
				)
			)
			.toBe(0);

		await page.reload();
		await mapIdle(page);
		// Still the kiosk, offline: its page, its lockdown and its rhythm.
		await expect(page).toHaveURL(`${origin}/kiosk`);
		await expect(kiosk(page)).toHaveAttribute('data-kiosk-state', 'visitor');
		await expect(page.locator('html.kiosk')).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 2, name: /Explore Jiading/ })).toBeVisible();
		await page.locator('#place-link-anting').click();
		await expect(page.getByRole('heading', { level: 2, name: 'Anting' })).toBeVisible();
		await expect(page.locator('.story-panel')).toContainText('Key figures');
		await page.goto(`${origin}/kiosk`);
		await mapIdle(page);
		await page.getByRole('button', { name: 'Start the tour' }).click();
		await expect(page.locator('.tour-card')).toHaveAttribute('data-chapter', 'layout');
		await mapIdle(page);
		expect(watch.errors).toEqual([]);
		expect(watch.foreign).toEqual([]);
		await context.close();
	} finally {
		try {
			process.kill(-server.pid!);
		} catch {
			// already stopped
		}
	}
});
