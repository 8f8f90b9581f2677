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
	await page.locator('#row-valeo-waigang').getByRole('button').click();
	await expect(page.locator('#row-valeo-waigang')).toHaveClass(/selected/);
	await expect(row).not.toHaveClass(/selected/);
	await page.waitForTimeout(1000);
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
	const png = readFileSync((await pngDownload.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	expect(width).toBe(Math.round(canvas.width));
	// The map plus a band for the legend, the scale and the attribution.
	expect(height).toBeGreaterThan(Math.round(canvas.height));
	// Not blank: many distinct bytes in the image data.
	expect(new Set(png.subarray(100, 5000)).size).toBeGreaterThan(100);
});

test('printed, the planner is its table and sections without the map or buttons', async ({
	page
}) => {
	await page.goto('/planner');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.map-pane')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Table as CSV' })).toBeHidden();
	await expect(page.locator('.planner-table')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Conflicts and gaps' })).toBeVisible();
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
