import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';
import { anchorOf, clickMapAt, mapIdle } from './map';

/** The chapter ids, in order, from the tour's contents list on the page. */
async function chapterIds(page: Page): Promise<string[]> {
	const links = page.locator('.tour-contents a');
	return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map((href) =>
		href!.split('/').at(-1)!
	);
}

const card = (page: Page) => page.locator('.tour-card');

test.use({ viewport: { width: 1440, height: 900 } });

test('the tour goes through every chapter by buttons, each told with sourced facts', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/tour');
	await mapIdle(page);
	const all = await chapterIds(page);
	expect(all).toEqual([
		'layout',
		'one-axis',
		'one-town',
		'two-valleys',
		'two-zones',
		'medical',
		'anting',
		'north-hongqiao',
		'waigang',
		'wisteria'
	]);
	await page.getByRole('button', { name: 'Start the tour' }).click();
	for (const [i, id] of all.entries()) {
		await expect(page).toHaveURL(new RegExp(`/tour/${id}(#|$)`));
		await expect(card(page)).toHaveAttribute('data-chapter', id);
		await expect(card(page)).toContainText(`Chapter ${i + 1} of ${all.length}`);
		// Every fact shown has its quote and a link to its passage in the article.
		const facts = card(page).locator('.facts > li');
		expect(await facts.count()).toBeGreaterThan(0);
		for (const fact of await facts.all()) {
			await expect(fact.locator('blockquote')).not.toBeEmpty();
			await expect(fact.getByRole('link', { name: /Read in the article/ })).toHaveAttribute(
				'href',
				/^\/article\/[a-z0-9-]+#fact-[a-z0-9-]+$/
			);
		}
		await expect(
			page.getByRole('status').filter({ hasText: `Guided tour ${i + 1}/` })
		).toBeAttached();
		if (i < all.length - 1) await card(page).getByRole('link', { name: /Next/ }).click();
	}
	// The last chapter leads back to the start.
	await card(page).getByRole('link', { name: 'Back to the start' }).click();
	await expect(page).toHaveURL(/\/tour\/layout/);
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('the layout chapters quote the articles on each element of the layout', async ({ page }) => {
	await page.goto('/tour/one-axis');
	await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(
		'One Axis: along the Jiamin Line'
	);
	await expect(card(page)).toContainText('runs through the Jiamin (Jiading-Minhang) Line');
	await page.goto('/tour/two-valleys');
	await expect(card(page)).toContainText('Life Element Valley');
	await expect(card(page)).toContainText('Shanghai MedValley');
	// The medical chapter shows that the articles count firms differently.
	await page.goto('/tour/medical');
	await expect(card(page).getByRole('heading', { name: 'The articles disagree' })).toBeVisible();
});

test('arrow keys and a swipe move between chapters; each chapter has its own link', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/tour/two-zones');
	await mapIdle(page);
	await page.locator('body').press('ArrowRight');
	await expect(page).toHaveURL(/\/tour\/medical/);
	await page.locator('body').press('ArrowLeft');
	await page.locator('body').press('ArrowLeft');
	await expect(page).toHaveURL(/\/tour\/two-valleys/);
	// Swipe left on the card: next chapter.
	const box = (await card(page).boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width - 40, y);
	await page.mouse.down();
	await page.mouse.move(box.x + 60, y + 10, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/\/tour\/two-zones/);
	// The contents list links every chapter.
	await card(page).getByText('All chapters').click();
	await card(page).getByRole('link', { name: 'Wisteria in spring' }).click();
	await expect(page).toHaveURL(/\/tour\/wisteria/);
	await expect(card(page).getByRole('link', { name: 'Wisteria in spring' })).toHaveAttribute(
		'aria-current',
		'step'
	);
});

test('the camera shows the chapter clear of the card, and opens its place', async ({ page }) => {
	await page.goto('/tour/waigang');
	await mapIdle(page);
	const [lng, lat] = await anchorOf(page, 'valeo-waigang');
	const [x, y] = await page.evaluate(([a, b]) => window.jiadingAtlas!.project(a!, b!), [lng, lat]);
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const panel = (await card(page).boundingBox())!;
	expect(x).toBeGreaterThan(0);
	expect(y).toBeGreaterThan(0);
	expect(canvas.x + x).toBeLessThan(panel.x);
	expect(y).toBeLessThan(canvas.height);
	await expect(card(page).getByRole('link', { name: /The whole story of Valeo/ })).toBeVisible();
});

type Camera = { center: [number, number]; zoom: number; moving: boolean };
type Recorder = { samples: Camera[]; recording: boolean };

/**
 * Records the camera on every animation frame from just before "Next" is pressed until it has
 * arrived somewhere else and stopped, so a move is seen however slowly the machine draws.
 */
async function cameraAfterNext(page: Page): Promise<Camera[]> {
	const before = await page.evaluate(() => {
		const recorder: Recorder = { samples: [], recording: true };
		(window as unknown as { recorder: Recorder }).recorder = recorder;
		const tick = () => {
			recorder.samples.push(window.jiadingAtlas!.camera());
			if (recorder.recording) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		return window.jiadingAtlas!.camera();
	});
	await card(page).getByRole('link', { name: /Next/ }).click();
	await expect
		.poll(
			() =>
				page.evaluate((from) => {
					const last = (window as unknown as { recorder: Recorder }).recorder.samples.at(-1);
					return !!last && !last.moving && JSON.stringify(last.center) !== JSON.stringify(from);
				}, before.center),
			{ timeout: 15_000 }
		)
		.toBe(true);
	return page.evaluate(() => {
		const { recorder } = window as unknown as { recorder: Recorder };
		recorder.recording = false;
		return recorder.samples;
	});
}

test('camera moves fly, or jump when the reader prefers reduced motion', async ({ page }) => {
	await page.goto('/tour/north-hongqiao');
	await mapIdle(page);
	const flying = await cameraAfterNext(page);
	expect(flying.some((s) => s.moving)).toBe(true);
	await mapIdle(page);

	await page.emulateMedia({ reducedMotion: 'reduce' });
	const jumping = await cameraAfterNext(page);
	// A jump: no frame sees the camera moving, and every frame sees either where it was or where
	// it went.
	expect(jumping.some((s) => s.moving)).toBe(false);
	expect(new Set(jumping.map((s) => JSON.stringify(s.center))).size).toBe(2);
});

test('the One Axis chapter travels along the Jiamin Line from Jiangqiao northwards', async ({
	page
}) => {
	await page.goto('/tour/one-town');
	await mapIdle(page);
	await card(page)
		.getByRole('link', { name: /Previous/ })
		.click();
	await expect(page).toHaveURL(/\/tour\/one-axis/);
	const latitudes: number[] = [];
	for (let i = 0; i < 30; i++) {
		latitudes.push((await page.evaluate(() => window.jiadingAtlas!.camera())).center[1]);
		await page.waitForTimeout(200);
	}
	// The camera first goes down to the line's southern end at Jiangqiao (about 31.23° N), then
	// up along it to the north (in software WebGL frames are slow, so only some positions are seen).
	const south = Math.min(...latitudes);
	const after = latitudes.slice(latitudes.indexOf(south));
	expect(south).toBeLessThan(31.26);
	expect(Math.max(...after)).toBeGreaterThan(south + 0.1);
	await mapIdle(page);
});

test('"explore here" pauses the tour for free exploration and "continue" resumes', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto('/tour/anting');
	await mapIdle(page);
	await card(page).getByRole('button', { name: 'Explore here' }).click();
	await expect(card(page)).toHaveCount(0);
	await expect(page).not.toHaveURL(/\/tour\//);
	const resume = page.getByRole('button', { name: /Continue the tour/ });
	await expect(resume).toContainText('Chapter 7 of 10');
	// Free exploration: open another place from the map.
	const [lng, lat] = await anchorOf(page, 'waigang');
	await clickMapAt(page, lng, lat);
	await expect(page).toHaveURL(/\/place\/waigang/);
	await expect(resume).toBeVisible();
	await resume.click();
	await expect(page).toHaveURL(/\/tour\/anting/);
	await expect(card(page)).toHaveAttribute('data-chapter', 'anting');
	await expect(resume).toHaveCount(0);
	// A tap on empty map during a chapter pauses the tour too. The first chapter fits the whole
	// district inside a margin, so the map's left edge is outside it, where no place is drawn.
	await card(page).getByText('All chapters').click();
	await card(page)
		.getByRole('link', { name: "The layout of Jiading's biopharma industry" })
		.click();
	await expect(card(page)).toHaveAttribute('data-chapter', 'layout');
	await page.waitForTimeout(1000);
	await mapIdle(page);
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(canvas.x + 12, canvas.y + canvas.height / 2);
	await expect(card(page)).toHaveCount(0);
	await expect(resume).toContainText('Chapter 1 of 10');
	await resume.click();
	await expect(card(page)).toHaveAttribute('data-chapter', 'layout');
	// Ending the tour closes it for good.
	await card(page).getByRole('button', { name: 'End the tour' }).click();
	await expect(card(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Continue the tour/ })).toHaveCount(0);
	expect(watch.errors).toEqual([]);
});

test('an unknown chapter is a page not found; the tour start is shown on phones too', async ({
	page
}) => {
	await page.goto('/tour/atlantis');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Page not found');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/tour');
	await expect(page.getByRole('button', { name: 'Start the tour' })).toBeInViewport();
	await expect(page.locator('.tour-contents a')).toHaveCount(10);
});
