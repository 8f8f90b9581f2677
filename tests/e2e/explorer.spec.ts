import { expect, test } from '@playwright/test';
import { meanColour, watchPage } from './helpers';
import { anchorOf, clickMapAt, mapIdle } from './map';

test('clicking a town on the map opens its story panel', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/');
	const [lng, lat] = await anchorOf(page, 'xuhang');
	await clickMapAt(page, lng, lat);
	const panel = page.getByRole('complementary', { name: 'Xuhang' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Xuhang');
	await expect(page).toHaveURL(/\/place\/xuhang#\d/);
	await expect(panel).toContainText('徐行镇');
	await expect(panel).toContainText('The articles give no figures for this place.');
	await expect(panel.getByText(/Exact/)).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Selected: Xuhang' })).toBeAttached();
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('clicking empty map closes the panel and keeps the view in the URL hash', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/place/xuhang#10/31.36/121.24');
	await expect(page.getByRole('heading', { level: 2, name: 'Xuhang' })).toBeVisible();
	await mapIdle(page);
	// West of the district, in Kunshan: no place of ours is drawn there.
	await clickMapAt(page, 121.06, 31.36);
	await expect(page.getByRole('heading', { level: 2, name: 'Xuhang' })).toHaveCount(0);
	await expect(page).toHaveURL(/\/#\d+(\.\d+)?\/31\.\d+\/121\.\d+/);
	expect(watch.errors).toEqual([]);
});

test('places drawn at one spot are offered together', async ({ page }) => {
	await page.goto('/');
	const [lng, lat] = await anchorOf(page, 'ballard-anting');
	await page.goto(`/#13/${lat}/${lng}`);
	await clickMapAt(page, lng, lat);
	const chooser = page.getByRole('region', { name: 'Several places share this spot' });
	await expect(chooser.getByRole('button')).toHaveCount(3);
	await chooser.getByRole('button', { name: /Ballard Power Systems/ }).click();
	await expect(page).toHaveURL(/\/place\/ballard-anting/);
});

test('/place/shanghai-medvalley shows its figures, each with a quote and a source', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto('/place/shanghai-medvalley');
	const panel = page.getByRole('complementary', { name: 'Shanghai MedValley' });
	await expect(panel).toContainText('上海医谷');
	await expect(panel).toContainText('Two Valleys');
	await expect(panel).toContainText('Schematic');
	const figures = panel.locator('section').filter({ hasText: 'Key figures' });
	await expect(figures).toContainText('2.2 km²');
	await expect(figures).toContainText('With a planned area of 2.2 square kilometers');
	await expect(figures).toContainText('about 10 billion yuan');
	await expect(
		figures.getByRole('link', { name: /Shanghai MedValley strengthens/ }).first()
	).toHaveAttribute(
		'href',
		/\/article\/shanghai-medvalley-strengthens-jiadings-biopharma-sector#fact-/
	);
	await mapIdle(page);
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('a figure’s year stands apart from its value, after a spaced dot', async ({ page }) => {
	await page.goto('/place/jiading-hydrogen-park');
	// Once run together: "(US$13.85 billion)· target 2025".
	await expect(
		page.locator('.story-panel .value', { hasText: 'more than 100 billion yuan' })
	).toHaveText('more than 100 billion yuan (US$13.85 billion) · target 2025');
});

test('a place page is a readable story without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/place/shanghai-medvalley');
	await expect(page.getByRole('heading', { level: 2, name: 'Shanghai MedValley' })).toBeVisible();
	await expect(page.getByText('2.2 km²', { exact: true })).toBeVisible();
	// The map area says what the map needs; nothing claims to be loading, and no control that
	// needs scripts is offered.
	await expect(page.locator('.map-area .noscript')).toBeVisible();
	await expect(page.locator('.map-area .noscript')).toContainText(/^The map needs JavaScript\./);
	await expect(page.getByText(/Loading/).filter({ visible: true })).toHaveCount(0);
	for (const name of ['Switch to Chinese', 'Close', 'All industries', /All places ·/])
		await expect(page.getByRole('button', { name })).toBeHidden();
	await expect(page.getByRole('combobox')).toBeHidden();
	await expect(page.getByRole('checkbox', { name: 'Town' })).toBeHidden();
	// The page carries its own story, not the whole atlas: every other place is a link away.
	await page.getByRole('link', { name: 'Every place, each with its own page' }).first().click();
	await expect(page.getByRole('link', { name: 'Xuhang', exact: true })).toHaveAttribute(
		'href',
		/place\/xuhang$/
	);
	await context.close();
});

for (const [width, height] of [
	[390, 844],
	[1440, 900]
] as const)
	test(`without JavaScript the map's note is seen over the map's picture (${width}×${height})`, async ({
		browser
	}) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width, height }
		});
		const page = await context.newPage();
		await page.goto('/');
		// The picture has drawn (its drawing, a file of its own, has a size).
		await expect
			.poll(() =>
				page
					.locator('.map-picture .scheme-light use')
					.evaluate((use: SVGUseElement) => use.getBBox().width)
			)
			.toBeGreaterThan(1000);
		const note = page.locator('.map-area .noscript');
		await expect(note).toBeVisible();
		// The note's padding as painted is the note's own ground, not the picture under it.
		const box = (await note.boundingBox())!;
		const png = await page.screenshot({
			clip: { x: box.x + 2, y: box.y + 2, width: 6, height: 6 }
		});
		const ground = (await note.evaluate((el) => getComputedStyle(el).backgroundColor))
			.match(/\d+/g)!
			.map(Number);
		const painted = await meanColour(page, png);
		for (const c of [0, 1, 2]) expect(Math.abs(painted[c]! - ground[c]!)).toBeLessThan(3);
		// On a phone it is the way to the places: the list's drawer needs scripts.
		await note.getByRole('link', { name: 'Every place, each with its own page' }).click();
		await expect(page).toHaveURL(/\/places$/);
		await context.close();
	});

test('a fact source link lands on its highlighted passage in the article', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/place/shanghai-medvalley');
	const fact = page.locator('#story-fact-medvalley-planned-area');
	await fact.getByRole('link').click();
	await expect(page).toHaveURL(
		/\/article\/shanghai-medvalley-strengthens-jiadings-biopharma-sector#fact-medvalley-planned-area$/
	);
	const target = page.locator('#fact-medvalley-planned-area');
	await expect(target).toBeInViewport();
	await expect(target).toContainText('2.2 square kilometers');
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('articles that disagree are shown side by side with their sources', async ({ page }) => {
	await page.goto('/place/jiading');
	const box = page.locator('section.disagreement').filter({ hasText: 'US dollar amount' });
	await expect(box.locator('li')).toHaveCount(3);
	await expect(box).toContainText('US$13.85 billion');
	await expect(box).toContainText('US$13.8 billion');
	await expect(box).toContainText('US$13.7 billion');
});

test('search finds places in English, by alias and in Chinese', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/');
	await mapIdle(page);
	const search = page.getByRole('combobox', { name: 'Search places and facts' });
	await search.fill('MedValley');
	await expect(page.getByRole('option').first()).toContainText('Shanghai MedValley');
	await search.press('Enter');
	await expect(page).toHaveURL(/\/place\/shanghai-medvalley/);
	await expect(page.getByRole('heading', { level: 2, name: 'Shanghai MedValley' })).toBeFocused();

	await search.fill('联影');
	await expect(page.getByRole('option').first()).toContainText('United Imaging');
	await search.press('ArrowDown');
	await search.press('ArrowUp');
	await search.press('Enter');
	await expect(page).toHaveURL(/\/place\/united-imaging-/);

	await search.fill('安亭');
	await search.press('Enter');
	await expect(page).toHaveURL(/\/place\/anting/);
	expect(watch.errors).toEqual([]);
});

test('search forgives a slip of the keys and reads pinyin', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/');
	await mapIdle(page);
	const search = page.getByRole('combobox', { name: 'Search places and facts' });
	await search.fill('Medvaley');
	await expect(page.getByRole('option').first()).toContainText('Shanghai MedValley');
	await search.fill('ziteng');
	await expect(page.getByRole('option').first()).toContainText('Jiading Wisteria Park');
	await search.press('Enter');
	await expect(page).toHaveURL(/\/place\/jiading-wisteria-park/);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Jiading Wisteria Park' })
	).toBeFocused();
	expect(watch.errors).toEqual([]);
});

test('the first place chosen after the page opens is framed, even with a view in the address', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	// MapLibre writes the home view into the address as it starts; that is not a view the reader gave.
	await expect(page).toHaveURL(/#\d/);
	const home = await page.evaluate(() => window.jiadingAtlas!.camera());
	const search = page.getByRole('combobox', { name: 'Search places and facts' });
	await search.fill('Shanghai MedValley');
	// The index arrives on the first keystroke; Enter chooses once the result is there.
	await expect(page.getByRole('option').first()).toContainText('Shanghai MedValley');
	await search.press('Enter');
	await expect(page).toHaveURL(/\/place\/shanghai-medvalley/);
	const [lng, lat] = await anchorOf(page, 'shanghai-medvalley');
	await expect
		.poll(async () => {
			const { zoom, center, moving } = await page.evaluate(() => window.jiadingAtlas!.camera());
			return !moving && zoom > home.zoom + 1 && Math.hypot(center[0] - lng, center[1] - lat) < 0.05;
		})
		.toBe(true);
});

test('a station found in search takes the map there and closes the story', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/place/anting');
	await mapIdle(page);
	const search = page.getByRole('combobox', { name: 'Search places and facts' });
	await search.fill('Baiyin Road');
	const option = page.getByRole('option').first();
	await expect(option).toContainText('Station');
	await expect(option).toContainText('Baiyin Road · 白银路 Line 11');
	await search.press('Enter');
	// The story closes and the camera goes to the station, close up (the hash is #zoom/lat/lng).
	await expect(page).toHaveURL(/\/#/);
	await expect(page.getByRole('heading', { level: 2, name: 'Anting' })).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: 'On the map:' })).toHaveText(
		'On the map: Baiyin Road · 白银路'
	);
	await expect
		.poll(async () => {
			const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
			return zoom! >= 13 && Math.abs(lat! - 31.347333) < 0.01 && Math.abs(lng! - 121.240914) < 0.01;
		})
		.toBe(true);
	// Escape clears the ring and the announcement.
	await search.press('Escape');
	await search.press('Escape');
	await expect(page.getByRole('status').filter({ hasText: 'On the map:' })).toHaveCount(0);
	expect(watch.errors).toEqual([]);
});

test('a fact found by search is brought into view in its place story', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const search = page.getByRole('combobox', { name: 'Search places and facts' });
	await search.fill('annual output of membrane electrodes');
	await expect(page.getByRole('option').first()).toContainText(
		'Annual output of membrane electrodes'
	);
	await search.press('Enter');
	await expect(page).toHaveURL(/\/place\/ballard-anting/);
	await expect(page.locator('#story-fact-ballard-membrane-electrode-output')).toBeFocused();
});

test('the whole flow works by keyboard alone', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/');
	await mapIdle(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the list of places' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const list = page.getByRole('navigation', { name: /All places/ });
	await expect(list.getByRole('link').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const third = list.getByRole('link').nth(2);
	await expect(third).toBeFocused();
	const id = (await third.getAttribute('id'))!.replace('place-link-', '');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/place/${id}`));
	const heading = page.locator('#story-heading');
	await expect(heading).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('#story-heading')).toHaveCount(0);
	await expect(page.locator(`#place-link-${id}`)).toBeFocused();
	expect(watch.errors).toEqual([]);
});

test('on the focused map arrows pan, + zooms, N walks the places in view and Enter opens one', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto('/');
	await mapIdle(page);
	const canvas = page.locator('.maplibregl-canvas');
	await canvas.focus();
	await expect(canvas).toHaveAccessibleName('Map of Jiading District');
	await expect(canvas).toHaveAccessibleDescription(/N goes to the next place in view/);
	await expect(page.getByText(/^Keys on the map:/)).toBeVisible();
	const camera = () => page.evaluate(() => window.jiadingAtlas!.camera());
	// Each key eases the camera; the test waits for the move to end, then reads where it is.
	const still = async () => {
		await expect.poll(async () => (await camera()).moving, { timeout: 10_000 }).toBe(false);
		return camera();
	};
	// Zoomed in first: the home view meets the map's bounds, which stop a pan beyond them.
	const home = await still();
	await page.keyboard.press('+');
	await expect.poll(async () => (await camera()).zoom).toBeGreaterThan(home.zoom);
	const closer = await still();
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await camera()).center[0]).toBeGreaterThan(closer.center[0]);
	await page.keyboard.press('-');
	await expect.poll(async () => (await camera()).zoom).toBeLessThan(closer.zoom);
	await still();

	const cursor = page.getByRole('status').filter({ hasText: /of \d+ in view/ });
	await page.keyboard.press('n');
	await expect(cursor).toContainText(/place 1 of \d+ in view/);
	const first = await cursor.locator('strong').innerText();
	await page.keyboard.press('n');
	await expect(cursor).toContainText('place 2 of');
	await page.keyboard.press('Shift+N');
	await expect(cursor).toContainText('place 1 of');
	await expect(cursor.locator('strong')).toHaveText(first);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 2, name: first })).toBeVisible();
	await expect(page).toHaveURL(/\/place\//);
	await expect(cursor).toHaveCount(0);
	// Escape closes the story and the keyboard is back on the map.
	await page.keyboard.press('Escape');
	await expect(page.getByRole('heading', { level: 2, name: first })).toHaveCount(0);
	await expect(canvas).toBeFocused();
	expect(watch.errors).toEqual([]);
});

test('the legend filters the map and the list by industry and layer', async ({ page }) => {
	await page.goto('/');
	// The map is drawn after hydration, so the controls are live by then.
	await mapIdle(page);
	const list = page.getByRole('navigation', { name: /All places/ });
	const all = await list.getByRole('link').count();
	await page.getByRole('button', { name: 'Hydrogen' }).click();
	await expect(page.getByRole('button', { name: 'Hydrogen' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(list.getByRole('link', { name: /Jiading Hydrogen Park/ })).toBeVisible();
	await expect(list.getByRole('link', { name: /Shanghai MedValley/ })).toHaveCount(0);
	await expect(list.getByRole('link', { name: /Anting/ }).first()).toBeVisible();
	await page.getByRole('checkbox', { name: 'Town' }).uncheck();
	await expect(list.getByRole('link', { name: /^Anting/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'All industries' }).click();
	await page.getByRole('checkbox', { name: 'Town' }).check();
	await expect(list.getByRole('link')).toHaveCount(all);
	await mapIdle(page);
});

test('English / 中文 switches the interface and place names', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/place/shanghai-medvalley');
	await mapIdle(page);
	await page.getByRole('button', { name: 'Switch to Chinese' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.locator('#story-heading')).toHaveText('上海医谷');
	await expect(page.getByText('关键数字')).toBeVisible();
	await expect(page.getByText('约100亿元')).toBeVisible();
	// A related place whose Chinese name is the atlas's own says so there too.
	await expect(page.locator('.story-panel a[href$="/place/one-axis"]')).toHaveText(
		'一轴（嘉闵线）（本图译名）'
	);
	await page.reload();
	await expect(page.locator('#story-heading')).toHaveText('上海医谷');
	await mapIdle(page);
	await page.getByRole('button', { name: '切换到英文' }).click();
	await expect(page.locator('#story-heading')).toHaveText('Shanghai MedValley');
	expect(watch.errors).toEqual([]);
});

test('a Chinese name that is the atlas’s own translation says so, in both languages', async ({
	page
}) => {
	await page.goto('/place/north-hongqiao');
	await mapIdle(page);
	// English: the Chinese name under the heading carries the mark, seen and read out.
	await expect(page.locator('.story-panel .other-name')).toHaveText(
		'虹桥北（北虹桥商务区） (the atlas’s translation)'
	);
	const list = page.getByRole('navigation', { name: /places/i });
	await expect(
		list.getByRole('link', { name: /North Hongqiao Business District/ })
	).toHaveAccessibleName(/虹桥北（北虹桥商务区） \(the atlas’s translation\)/);
	// A published name has no mark.
	await expect(list.getByRole('link', { name: /^Anting\s*安亭镇$/ })).toBeVisible();
	const search = page.getByRole('combobox', { name: 'Search places and facts' });
	await search.fill('hongqiao business');
	await expect(
		page.getByRole('option', { name: /North Hongqiao Business District ·/ })
	).toContainText('(the atlas’s translation)');
	await search.fill('');

	await page.getByRole('button', { name: 'Switch to Chinese' }).click();
	await expect(page.locator('#story-heading')).toHaveText('虹桥北（北虹桥商务区）（本图译名）');
	await page.goto('/place/united-imaging-town');
	await expect(page.locator('#story-heading')).toHaveText('联影小镇');
});

test('a figure the article gives for the whole district shows on its park as the district’s', async ({
	page
}) => {
	await page.goto('/place/jiading-hydrogen-park');
	await mapIdle(page);
	const section = page.locator('.story-panel section', { hasText: 'For all of Jiading' });
	await expect(section).toContainText('The articles give these for the whole district');
	await expect(section).toContainText('Total output of hydrogen energy and fuel cell vehicles');
	await expect(page.locator('.story-panel section', { hasText: 'Key figures' })).not.toContainText(
		'Total output of hydrogen energy'
	);
});

test('a schematic shape that spills beyond its town says so in the panel, in both languages', async ({
	page
}) => {
	await page.goto('/place/united-imaging-town');
	await mapIdle(page);
	const geometry = page.locator('.story-panel .geometry');
	await expect(geometry).toContainText('Beyond its town');
	await expect(geometry).toContainText('About a quarter of the drawn area lies outside Loutang.');
	await page.getByRole('button', { name: 'Switch to Chinese' }).click();
	await expect(geometry).toContainText('所绘范围约四分之一位于娄塘镇以外。');
	await page.getByRole('button', { name: '切换到英文' }).click();
	// A shape inside its town says nothing of the kind.
	await page.goto('/place/shanghai-medvalley');
	await expect(page.locator('.story-panel .geometry')).not.toContainText('Beyond its town');
});

test('an unknown place id gets a not-found page with search', async ({ page }) => {
	const response = await page.goto('/place/no-such-park');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByText('no-such-park')).toBeVisible();
	const search = page.getByRole('combobox', { name: 'Search places and facts' });
	await search.fill('MedValley');
	await expect(page.getByRole('option').first()).toContainText('Shanghai MedValley');
	await search.press('Enter');
	await expect(page).toHaveURL(/\/place\/shanghai-medvalley/);
});

test('a shared view opens where it was left', async ({ page }) => {
	await page.goto('/place/anting#12.5/31.3/121.2');
	await mapIdle(page);
	await expect(page).toHaveURL(/#12\.5\/31\.3\/121\.2$/);
	await expect(page.locator('#story-heading')).toHaveText('Anting');
});

test('text typed in search before the page has loaded its code still finds results', async ({
	page
}) => {
	// A slow connection: the app's code arrives 2 s after the page.
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await new Promise((done) => setTimeout(done, 2000));
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'commit' });
	const search = page.getByRole('combobox', { name: 'Search places and facts' });
	await search.fill('MedValley');
	await expect(page.getByRole('option').first()).toContainText('Shanghai MedValley', {
		timeout: 15_000
	});
	await expect(search).toHaveValue('MedValley');
});

test('a place page carries its own story; the whole index comes once, as one hashed file', async ({
	page,
	request
}) => {
	const html = await (await request.get('/place/xuhang')).text();
	const href = /<link rel="preload" href="(\/explorer-index\/[0-9a-f]{16}\.json)"/.exec(html)?.[1];
	expect(href, 'the page asks for the index early').toBeTruthy();
	const index = (await (await request.get(href!)).json()) as {
		places: { id: string; name_en: string }[];
	};
	// Most places are named neither in the page nor in its data: it does not carry the atlas.
	const data = await (await request.get('/place/xuhang/__data.json')).text();
	const absent = index.places.filter((p) => !html.includes(p.name_en) && !data.includes(p.id));
	expect(absent.length).toBeGreaterThan(index.places.length / 2);

	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/explorer-index/')) fetched.push(r.url());
	});
	const watch = watchPage(page);
	await page.goto('/place/xuhang');
	const list = page.getByRole('navigation', { name: /All places/ });
	await expect(list.getByRole('link')).toHaveCount(index.places.length);
	await list.locator('[data-place="anting"]').click();
	await expect(page.getByRole('heading', { level: 2, name: 'Anting' })).toBeVisible();
	await list.locator('[data-place="malu"]').click();
	await expect(page.getByRole('heading', { level: 2, name: 'Malu' })).toBeVisible();
	expect(fetched.map((u) => new URL(u).pathname)).toEqual([href]);
	expect(watch.errors).toEqual([]);
});

test('without JavaScript the explorer points to a page listing every place', async ({
	browser,
	request
}) => {
	const html = await (await request.get('/')).text();
	const href = /<link rel="preload" href="(\/explorer-index\/[0-9a-f]{16}\.json)"/.exec(html)![1]!;
	const index = (await (await request.get(href)).json()) as { places: { id: string }[] };
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await page
		.getByRole('navigation', { name: /All places/ })
		.getByRole('link', { name: 'Every place, each with its own page' })
		.click();
	await expect(page).toHaveURL(/\/places$/);
	const links = page.getByRole('main').getByRole('link', { name: /./ });
	const hrefs = await links.evaluateAll((as) =>
		as.map((a) => a.getAttribute('href')).filter((h) => h?.includes('/place/'))
	);
	expect(hrefs.map((h) => h!.split('/place/')[1])).toEqual(
		expect.arrayContaining(index.places.map((p) => p.id))
	);
	expect(hrefs).toHaveLength(index.places.length);
	await page.getByRole('link', { name: 'Xuhang', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Xuhang' })).toBeVisible();
	await context.close();
});

test('the map loads its places as tiles of the view it shows, not the whole atlas', async ({
	page
}) => {
	const asked: string[] = [];
	page.on('request', (r) => asked.push(new URL(r.url()).pathname));
	const watch = watchPage(page);
	await page.goto('/');
	await mapIdle(page);
	const tiles = () => asked.filter((p) => p.startsWith('/map-tiles/'));
	const zooms = () => new Set(tiles().map((p) => Number(p.split('/')[2])));
	// The district view: a handful of tiles at one zoom, and no whole-atlas file.
	expect(tiles().length).toBeGreaterThan(0);
	expect(tiles().length).toBeLessThanOrEqual(6);
	expect(zooms().size).toBe(1);
	expect(asked.filter((p) => p.startsWith('/data/map/'))).toEqual([]);
	const start = Math.max(...zooms());
	// A park's page shows it closer: the map asks for closer tiles, and a click on a place drawn
	// from them opens that place.
	await page.goto('/place/nanshuiguan-park');
	await mapIdle(page);
	expect(Math.max(...zooms())).toBeGreaterThan(start);
	const [lng, lat] = await anchorOf(page, 'jiading-wisteria-park');
	await clickMapAt(page, lng, lat);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Jiading Wisteria Park' })
	).toBeVisible();
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});
