import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';
import { anchorOf, mapIdle } from './map';

test.use({ viewport: { width: 1440, height: 900 } });

const rows = (page: Page) => page.locator('.planner-table tbody tr');
const firstRow = (page: Page) => rows(page).first();

test('the table sorts and filters by industry, town and layout role', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/planner');
	await mapIdle(page);
	const total = await rows(page).count();
	expect(total).toBeGreaterThan(15);

	const stated = page.locator('.planner-table').getByRole('columnheader', { name: /Stated area/ });
	await stated.getByRole('button').click();
	await expect(stated).toHaveAttribute('aria-sort', 'ascending');
	await expect(firstRow(page)).toHaveAttribute('data-place', 'valeo-waigang');
	await stated.getByRole('button').click();
	await expect(stated).toHaveAttribute('aria-sort', 'descending');
	await expect(firstRow(page)).toHaveAttribute(
		'data-place',
		'shanghai-international-automobile-city'
	);
	await expect(firstRow(page)).toContainText('100.000');

	await page.locator('.filters').getByLabel('Industry').selectOption('hydrogen');
	await expect(rows(page)).toHaveCount(3);
	await expect(page.getByRole('status').filter({ hasText: `3 / ${total}` })).toBeVisible();
	await page.locator('.filters').getByLabel('Industry').selectOption('');
	await page.locator('.filters').getByLabel('Town').selectOption('anting');
	for (const row of await rows(page).all())
		await expect(row.locator('td').first()).toHaveText('Anting');
	await page.locator('.filters').getByLabel('Town').selectOption('');
	await page.locator('.filters').getByLabel('Layout role').selectOption('two-valleys');
	await expect(rows(page)).toHaveCount(2);
	await expect(page.locator('.planner-table')).toContainText('Shanghai MedValley');
	await expect(page.locator('.planner-table')).toContainText('Life Element Valley');
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('selecting a row selects the place on the map, and the other way round', async ({ page }) => {
	await page.goto('/planner');
	await mapIdle(page);
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const project = (lng: number, lat: number) =>
		page.evaluate(([a, b]) => window.jiadingAtlas!.project(a!, b!), [lng, lat]);

	// Clicking a place on the map selects its row and brings it into view.
	const [mlng, mlat] = await anchorOf(page, 'jiading-new-city');
	const [mx, my] = await project(mlng, mlat);
	await page.mouse.click(canvas.x + mx, canvas.y + my);
	const row = page.locator('#row-jiading-new-city');
	await expect(row).toHaveClass(/selected/);
	await expect(row).toBeInViewport();

	// Choosing a row selects that place on the map, which goes to it.
	await page.locator('#row-valeo-waigang').getByRole('rowheader').getByRole('button').click();
	await expect(page.locator('#row-valeo-waigang')).toHaveClass(/selected/);
	await expect(row).not.toHaveClass(/selected/);
	// Idle once the camera has gone there (the map settles after the scene it was given).
	await mapIdle(page);
	const [lng, lat] = await anchorOf(page, 'valeo-waigang');
	const [x, y] = await project(lng, lat);
	expect(Math.abs(x - canvas.width / 2)).toBeLessThan(40);
	expect(Math.abs(y - canvas.height / 2)).toBeLessThan(40);
});

test('the One Axis corridor lists the places inside and outside its width', async ({ page }) => {
	await page.goto('/planner');
	// The slider is bound once the page has hydrated; the map is drawn after that.
	await mapIdle(page);
	const inside = page.locator('[data-corridor="inside"] li');
	const outside = page.locator('[data-corridor="outside"] li');
	const slider = page.getByRole('slider', { name: /Width either side/ });
	await slider.fill('0');
	await expect(page.locator('#corridor-heading + label')).toContainText('0.5 km');
	const narrow = await inside.count();
	await expect(page.locator('[data-corridor="inside"]')).toContainText('Life Element Valley');
	await expect(page.locator('[data-corridor="outside"]')).toContainText('Valeo');
	await slider.fill('6');
	await expect(page.locator('#corridor-heading + label')).toContainText('5 km');
	expect(await inside.count()).toBeGreaterThan(narrow);
	expect((await inside.count()) + (await outside.count())).toBe(await rows(page).count());
});

test('summaries per town and industry; conflicts and gaps with sources', async ({ page }) => {
	await page.goto('/planner');
	const anting = page.locator('[data-summary="town"] tr[data-key="anting"]');
	await expect(anting.locator('td').first()).toHaveText('3');
	// The design valley lies inside the Automobile City: its 1 km² is not added again.
	await expect(anting.locator('td').last()).toHaveText(/^\s*100\.00\*?\s*$/);
	await expect(page.locator('[data-nested="anting"]')).toContainText(
		'Shanghai Intelligent Mobility Design Valley'
	);
	await expect(page.locator('[data-summary="industry"] tr[data-key="hydrogen"]')).toBeVisible();
	const places = await (await page.request.get('/data/places.geojson')).json();
	const inexact = places.features.filter(
		(f: { properties: { precision: string } }) => f.properties.precision !== 'exact'
	);
	await expect(page.locator('[data-gap]')).toHaveCount(inexact.length);
	const disagreement = page.locator('.disagreement').first();
	await expect(disagreement.getByRole('link').first()).toHaveAttribute(
		'href',
		/\/article\/.+#fact-/
	);
});

/** Great-circle distance in km (turf's Earth radius). */
function km([a, b]: number[], [c, d]: number[]) {
	const rad = Math.PI / 180;
	const h =
		Math.sin(((d! - b!) * rad) / 2) ** 2 +
		Math.cos(b! * rad) * Math.cos(d! * rad) * Math.sin(((c! - a!) * rad) / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

test('measuring a distance and an area on the map', async ({ page }) => {
	await page.goto('/planner');
	await mapIdle(page);
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const clickAt = async (lng: number, lat: number) => {
		const [x, y] = await page.evaluate(
			([a, b]) => window.jiadingAtlas!.project(a!, b!),
			[lng, lat]
		);
		await page.mouse.click(canvas.x + x, canvas.y + y);
	};
	await page.getByRole('button', { name: 'Distance', exact: true }).click();
	await expect(page.getByText('Click the map to add points.')).toBeVisible();
	const a = [121.2, 31.3];
	const b = [121.3, 31.3];
	await clickAt(a[0]!, a[1]!);
	await clickAt(b[0]!, b[1]!);
	const length = page.locator('.measure .result');
	await expect(length).toContainText('Length:');
	const shown = Number((await length.textContent())!.match(/([\d.]+) km/)![1]);
	// Clicks land on whole pixels: allow for a pixel's worth at this zoom.
	expect(Math.abs(shown - km(a, b))).toBeLessThan(0.15);
	// No place was selected by those clicks.
	await expect(page.locator('.planner-table tr.selected')).toHaveCount(0);

	await page.getByRole('button', { name: 'Area', exact: true }).click();
	await clickAt(121.2, 31.3);
	await clickAt(121.3, 31.3);
	await clickAt(121.3, 31.35);
	const area = Number((await length.textContent())!.match(/([\d.]+) km²/)![1]);
	// A right triangle: half of (east–west side × north–south side).
	const expected = (km([121.2, 31.3], [121.3, 31.3]) * km([121.3, 31.3], [121.3, 31.35])) / 2;
	expect(Math.abs(area / expected - 1)).toBeLessThan(0.03);
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(page.getByText('Click the map to add points.')).toBeVisible();
});

test('exports: the table as CSV, the places as GeoJSON, the map as PNG', async ({ page }) => {
	await page.goto('/planner');
	await mapIdle(page);
	await page.locator('.filters').getByLabel('Industry').selectOption('medical-equipment');
	const shown = await rows(page).count();
	const ids = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-place')));

	const [csvDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Table as CSV' }).click()
	]);
	expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
	const csv = readFileSync((await csvDownload.path())!, 'utf8').replace(/^\ufeff/, '');
	const lines = csv.trimEnd().split('\r\n');
	expect(lines[0]).toMatch(/^id,name_en,name_zh,kind,town,industries,/);
	expect(lines).toHaveLength(shown + 1);
	expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(ids);

	const [geoDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Places as GeoJSON' }).click()
	]);
	const collection = JSON.parse(readFileSync((await geoDownload.path())!, 'utf8'));
	expect(collection.type).toBe('FeatureCollection');
	expect(collection.features.map((f: { id: string }) => f.id)).toEqual(ids);
	const medvalley = collection.features.find((f: { id: string }) => f.id === 'shanghai-medvalley');
	expect(medvalley.properties.precision).toBe('schematic');
	expect(medvalley.properties.facts.map((f: { id: string }) => f.id)).toContain(
		'medvalley-planned-area'
	);

	const [pngDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Map as PNG' }).click()
	]);
	expect(pngDownload.suggestedFilename()).toMatch(/^jiading-atlas-map-A4-\d{4}-\d{2}-\d{2}\.png$/);
	const png = readFileSync((await pngDownload.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	// A4 landscape at 300 dpi, the map rendered at that size (not the screen's canvas enlarged).
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3508, 2480]);
	// Not blank: many distinct bytes in the image data.
	expect(new Set(png.subarray(100, 5000)).size).toBeGreaterThan(100);
});

test('printed, the planner is the map as drawn for paper, then its table and sections', async ({
	page
}) => {
	await page.goto('/planner');
	await mapIdle(page);
	await page.locator('.filters').getByLabel('Industry').selectOption('hydrogen');
	// The print dialog stood in for: a promise kept when the page asks for it.
	await page.evaluate(() => {
		const asked = new Promise<void>((done) => (window.print = () => done()));
		Object.assign(window, { printAsked: asked });
	});
	// The map for paper is drawn from the tiles again: held back, the drawing is seen to be said.
	let release = () => {};
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/map-tiles/**', async (route) => {
		await held;
		await route.continue();
	});
	const print = page.getByRole('button', { name: 'Print' });
	await print.click();
	const drawing = page.getByRole('status').filter({ hasText: 'Drawing the map at paper size' });
	await expect(drawing).toBeVisible();
	await expect(print).toHaveAttribute('aria-disabled', 'true');
	release();
	// Drawn, the page is printed (however long the drawing took), and the drawing no longer said.
	await page.evaluate(() => (window as unknown as { printAsked: Promise<void> }).printAsked);
	await expect(drawing).toHaveCount(0);
	await expect(print).toHaveAttribute('aria-disabled', 'false');
	await page.emulateMedia({ media: 'print' });
	const map = page.locator('.print-map img');
	await expect(map).toBeVisible();
	expect(await map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2246);
	await expect(page.locator('.print-map figcaption')).toContainText('Industry: Hydrogen');
	await expect(page.locator('.map-pane')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Table as CSV' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Conflicts and gaps' })).toBeVisible();
	// Saved as PDF (the print dialog's way), the pages hold the map's picture and the table.
	const pdf = await page.pdf({ format: 'A4', landscape: true });
	const text = pdf.toString('latin1');
	expect(text.startsWith('%PDF')).toBe(true);
	expect(text).toMatch(/\/Subtype\s*\/Image/);
	expect(text.match(/\/Type\s*\/Page\b/g)!.length).toBeGreaterThan(1);
});

test('the map draws what the table’s filters leave: town and layout role as well as industry', async ({
	page
}) => {
	await page.goto('/planner');
	await mapIdle(page);
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const clickPlace = async (id: string) => {
		const [lng, lat] = await anchorOf(page, id);
		const [x, y] = await page.evaluate(
			([a, b]) => window.jiadingAtlas!.project(a!, b!),
			[lng, lat]
		);
		await page.mouse.click(canvas.x + x, canvas.y + y);
	};
	// Anting only: a Malu place is not on the map, so a click where it was drawn picks nothing
	// (had it picked the place, its row would show as selected once the filter is off).
	const town = page.locator('.filters').getByLabel('Town');
	const role = page.locator('.filters').getByLabel('Layout role');
	const newCity = page.locator('#row-jiading-new-city');
	await town.selectOption('anting');
	await expect(newCity).toHaveCount(0);
	await mapIdle(page);
	await clickPlace('jiading-new-city');
	await town.selectOption('');
	await expect(newCity).toBeVisible();
	await expect(page.locator('.planner-table tr.selected')).toHaveCount(0);
	// Drawn again, the same click selects it.
	await mapIdle(page);
	await clickPlace('jiading-new-city');
	await expect(newCity).toHaveClass(/selected/);
	// A layout role it does not have takes it off the map too: a click there now picks nothing,
	// which lets the selection go.
	await role.selectOption('two-zones');
	await expect(newCity).toHaveCount(0);
	await mapIdle(page);
	await clickPlace('jiading-new-city');
	await role.selectOption('');
	await expect(newCity).not.toHaveClass(/selected/);
});

/** The columns every reader sees, by their headers' names in English. */
const CORE_HEADERS = [
	'Place',
	'Town',
	'Industries',
	'Stated area (km²)',
	'Mapped area (km²)',
	'Mapped ÷ stated',
	'To the One Axis (km)',
	'Nearest station'
];

for (const language of ['en', 'zh'] as const)
	test(`at 1440×900 the table fits its pane: every core column in view, no sideways scrolling (${language})`, async ({
		page
	}) => {
		if (language === 'zh')
			await page.addInitScript(() => localStorage.setItem('jiading-atlas.locale', 'zh'));
		await page.goto('/planner');
		await mapIdle(page);
		const table = page.locator('.planner-table');
		await expect(table).toBeVisible();
		await expect(page.locator('.planner-cards')).toBeHidden();
		const scroller = table.locator('xpath=..');
		// The scroller's inner box (inside its border), where its content shows.
		const fit = await scroller.evaluate((el) => ({
			scrollWidth: el.scrollWidth,
			clientWidth: el.clientWidth,
			left: el.getBoundingClientRect().left + el.clientLeft
		}));
		expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
		// Nor does the page itself scroll: the table scrolls in its pane, beside the map.
		expect(
			await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
		).toBeLessThanOrEqual(0);
		const headers = table.locator('thead th');
		// The core columns and the details column; the optional ones are not shown at first.
		await expect(headers).toHaveCount(CORE_HEADERS.length + 1);
		if (language === 'en')
			for (const [i, name] of CORE_HEADERS.entries())
				await expect(headers.nth(i)).toHaveAccessibleName(name);
		for (const header of await headers.all()) {
			const box = (await header.boundingBox())!;
			// Within half a pixel: the columns' widths are fractional.
			expect(box.x).toBeGreaterThanOrEqual(fit.left - 0.5);
			expect(box.x + box.width).toBeLessThanOrEqual(fit.left + fit.clientWidth + 0.5);
			expect(box.x + box.width).toBeLessThanOrEqual(1440);
		}
		// Compact rows: a place's name, its measures and a mark, with the long content folded away
		// (the longest name takes four lines).
		const heights = await rows(page).evaluateAll((trs) =>
			trs.map((tr) => tr.getBoundingClientRect().height).sort((a, b) => a - b)
		);
		expect(heights.at(-1)).toBeLessThanOrEqual(120);
		expect(heights[Math.floor(heights.length / 2)]).toBeLessThanOrEqual(90);
	});

test('optional columns: layout role and the number of key figures, each sortable', async ({
	page
}) => {
	await page.goto('/planner');
	await mapIdle(page);
	const table = page.locator('.planner-table');
	await page.getByRole('checkbox', { name: 'Layout role' }).check();
	await page.getByRole('checkbox', { name: 'Key figures' }).check();
	const figures = table.getByRole('columnheader', { name: 'Key figures' });
	await figures.getByRole('button').click();
	await figures.getByRole('button').click();
	await expect(figures).toHaveAttribute('aria-sort', 'descending');
	await expect(firstRow(page)).toHaveAttribute('data-place', 'north-hongqiao');
	const role = table.getByRole('columnheader', { name: 'Layout role' });
	await role.getByRole('button').click();
	await expect(role).toHaveAttribute('aria-sort', 'ascending');
	await expect(figures).not.toHaveAttribute('aria-sort');
	await page.getByRole('checkbox', { name: 'Key figures' }).uncheck();
	await expect(table.getByRole('columnheader', { name: 'Key figures' })).toHaveCount(0);
});

test('a row’s details show its key figures with their sources; the keyboard opens and closes them', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto('/planner');
	await mapIdle(page);
	const facts: { id: string; article: string }[] = await (
		await page.request.get('/data/facts.json')
	).json();
	const toggle = page
		.locator('#row-valeo-waigang')
		.getByRole('button', { name: /^Details of Valeo/ });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(toggle).toHaveAttribute('aria-controls', 'details-valeo-waigang');
	const details = page.locator('#details-valeo-waigang');
	await expect(details).toBeVisible();
	await expect(details).toContainText('Area of the Valeo base');
	await expect(details).toContainText('Line 11');
	// The stated area's quotation and every key figure link to their fact in their article.
	const links = details.getByRole('link');
	await expect(links.first()).toContainText('45 mu');
	expect(await links.count()).toBeGreaterThan(2);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		const [, article, fact] = href.match(/\/article\/([^#]+)#fact-(.+)$/)!;
		expect(facts.find((f) => f.id === fact)?.article).toBe(article);
	}
	// The details row sits under its row and spans the whole table.
	await expect(page.locator('#row-valeo-waigang + tr')).toHaveId('details-valeo-waigang');
	await page.keyboard.press('Space');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(details).toHaveCount(0);

	// The header's button opens every row's details, and closes them again.
	const every = page.locator('.planner-table thead').getByRole('button', { name: 'Details' });
	await every.click();
	await expect(page.locator('.planner-table tr[id^="details-"]')).toHaveCount(
		await page.locator('.planner-table tbody tr[data-place]').count()
	);
	await expect(every).toHaveAttribute('aria-expanded', 'true');
	// Sorting still works with details open, each staying under its own row.
	const axis = page.locator('.planner-table').getByRole('columnheader', { name: /One Axis/ });
	await axis.getByRole('button').click();
	await expect(axis).toHaveAttribute('aria-sort', 'ascending');
	const order = await page
		.locator('.planner-table tbody tr')
		.evaluateAll((trs) => trs.map((tr) => tr.id));
	for (let i = 0; i < order.length; i += 2)
		expect(order[i + 1]).toBe(order[i]!.replace(/^row-/, 'details-'));
	const distances = await page
		.locator('.planner-table tbody tr[data-place] td.numeric:nth-of-type(6)')
		.allTextContents();
	expect(distances.map(Number)).toEqual(distances.map(Number).sort((a, b) => a - b));
	await every.click();
	await expect(page.locator('.planner-table tr[id^="details-"]')).toHaveCount(0);
	expect(watch.errors).toEqual([]);
});

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 320, height: 568 }
])
	for (const language of ['en', 'zh'] as const)
		test(`on a ${viewport.width} px phone the places are cards and nothing scrolls sideways (${language})`, async ({
			page
		}) => {
			const watch = watchPage(page);
			await page.setViewportSize(viewport);
			if (language === 'zh')
				await page.addInitScript(() => localStorage.setItem('jiading-atlas.locale', 'zh'));
			await page.goto('/planner');
			await mapIdle(page);
			const sideways = () =>
				page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			await expect(page.locator('.planner-table')).toBeHidden();
			const cards = page.locator('.planner-cards li[data-place]');
			await expect(cards.first()).toBeVisible();
			await expect(cards).toHaveCount(await rows(page).count());
			expect(await sideways()).toBeLessThanOrEqual(0);

			// Each card lists the measures as label and value.
			const valeo = page.locator('#card-valeo-waigang');
			await expect(valeo.locator('dt')).toHaveText(
				language === 'en'
					? [
							'Town',
							'Industries',
							'Stated area (km²)',
							'Mapped area (km²)',
							'Mapped ÷ stated',
							'To the One Axis (km)',
							'Nearest station',
							'Layout role'
						]
					: [
							'镇街',
							'产业',
							'文章所述面积（平方公里）',
							'图上面积（平方公里）',
							'图上 ÷ 所述',
							'距一轴（公里）',
							'最近车站',
							'布局角色'
						]
			);
			await expect(valeo.locator('dd').nth(2)).toHaveText('0.030');
			for (const button of await valeo.getByRole('button').all()) {
				const box = (await button.boundingBox())!;
				expect(box.height).toBeGreaterThanOrEqual(44);
			}

			// A card's details: its figures with their sources, and still nothing sideways.
			const more = valeo.locator('button.more');
			await more.click();
			await expect(more).toHaveAttribute('aria-expanded', 'true');
			await expect(valeo.locator('.figures a').first()).toHaveAttribute('href', /#fact-/);
			await page
				.locator('#card-shanghai-international-automobile-city, #card-north-hongqiao')
				.locator('button.more')
				.evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
			await expect(page.locator('.planner-cards [id^="card-details-"]')).toHaveCount(3);
			expect(await sideways()).toBeLessThanOrEqual(0);

			// Choosing a card selects its place; the cards sort and filter as the table does.
			await valeo.locator('.place').click();
			await expect(valeo).toHaveClass(/selected/);
			await expect(valeo.locator('.place')).toHaveAttribute('aria-pressed', 'true');
			await page.locator('#cards-sort').selectOption('statedArea');
			await page.locator('.planner-cards select').nth(1).selectOption('descending');
			await expect(cards.first()).toHaveAttribute(
				'data-place',
				'shanghai-international-automobile-city'
			);
			await page.locator('#filter-industry').selectOption('hydrogen');
			await expect(cards).toHaveCount(3);
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			expect(await sideways()).toBeLessThanOrEqual(0);
			expect(watch.errors).toEqual([]);
		});

test('the planner map’s legend names what it draws, and an industry in it filters the table and the map', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto('/planner');
	await mapIdle(page);
	const legend = page.locator('.planner-legend');
	// Open beside the wide map: the industries of the table, the One Axis, the corridor, precision.
	await expect(legend).toHaveAttribute('open', '');
	// Every industry the table's filter offers (its first option is All).
	const industries = legend.getByRole('group', { name: /Industries/ }).getByRole('button');
	const options = page.locator('.filters').getByLabel('Industry').locator('option');
	await expect(industries).toHaveCount((await options.count()) - 1);
	await expect(industries).toHaveText((await options.allTextContents()).slice(1));
	for (const name of [
		'One Axis',
		'One Axis corridor, 2 km either side',
		'Exact (surveyed or OpenStreetMap outline)',
		'Schematic (for orientation only)'
	])
		await expect(legend.getByText(name, { exact: true })).toBeVisible();

	const select = page.locator('.filters').getByLabel('Industry');
	const all = await rows(page).count();
	const hydrogen = legend.getByRole('button', { name: 'Hydrogen' });
	await hydrogen.click();
	await expect(hydrogen).toHaveAttribute('aria-pressed', 'true');
	await expect(select).toHaveValue('hydrogen');
	await expect(page.locator('#row-ballard-anting')).toBeVisible();
	await expect(page.locator('#row-shanghai-medvalley')).toHaveCount(0);
	// The table's own filter and the legend say the same: chosen there, pressed here.
	await select.selectOption('auto');
	await expect(hydrogen).toHaveAttribute('aria-pressed', 'false');
	await expect(legend.getByRole('button', { name: 'Automobiles' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// Pressed again, the industry lets go: every place is back.
	await legend.getByRole('button', { name: 'Automobiles' }).click();
	await expect(select).toHaveValue('');
	await expect(rows(page)).toHaveCount(all);
	// The corridor's width in the legend follows the slider.
	await page.getByRole('slider', { name: /Width either side/ }).fill('6');
	await expect(legend.getByText('One Axis corridor, 5 km either side')).toBeVisible();
	expect(watch.errors).toEqual([]);
});

test('places drawn at one spot of the planner map are offered to choose from', async ({ page }) => {
	await page.goto('/planner');
	const [lng, lat] = await anchorOf(page, 'ballard-anting');
	await page.goto(`/planner#13/${lat}/${lng}`);
	await mapIdle(page);
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const [x, y] = await page.evaluate(([a, b]) => window.jiadingAtlas!.project(a!, b!), [lng, lat]);
	await page.mouse.click(canvas.x + x, canvas.y + y);
	const chooser = page.getByRole('region', { name: 'Several places share this spot' });
	// The town around them is context on the planner's map, not a row to choose.
	await expect(chooser.getByRole('button', { name: /Anting Town/ })).toHaveCount(0);
	await expect(chooser.getByRole('button', { name: /Ballard Power Systems/ })).toBeVisible();
	await expect(chooser.getByRole('button', { name: /Hydrogen/ }).first()).toBeVisible();
	await expect(chooser.getByRole('heading')).toBeFocused();
	await expect(page.locator('.planner-table tr.selected')).toHaveCount(0);
	await chooser.getByRole('button', { name: /Ballard Power Systems/ }).click();
	await expect(chooser).toHaveCount(0);
	const row = page.locator('#row-ballard-anting');
	await expect(row).toHaveClass(/selected/);
	await expect(row).toBeInViewport();
	await expect(page.locator('.maplibregl-canvas')).toBeFocused();
	// Escape, or the close button, ends a choice with nothing chosen.
	await page.mouse.click(canvas.x + x, canvas.y + y);
	await expect(chooser.getByRole('heading')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(chooser).toHaveCount(0);
	await expect(page.locator('.maplibregl-canvas')).toBeFocused();
	await page.mouse.click(canvas.x + x, canvas.y + y);
	await chooser.getByRole('button', { name: 'Close' }).click();
	await expect(chooser).toHaveCount(0);
	await expect(row).toHaveClass(/selected/);
});
