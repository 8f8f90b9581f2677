import { expect, test } from '@playwright/test';
import { mapIdle } from './map';

/**
 * The street basemap (#15): the test build serves tiles that `npm run basemap` made from the
 * fixture extract tests/fixtures/streets-jiading.osm (playwright.config.ts), as a deployment does
 * from an OpenStreetMap extract. Its streets, park, building and school lie in Jiading old town,
 * around 121.244–121.253 E, 31.374–31.381 N.
 */
const OLD_TOWN = '#15/31.3775/121.2470';

type Drawn = Record<string, unknown>[];
const drawn = (page: import('@playwright/test').Page, layer: string) =>
	page.evaluate((l) => window.jiadingAtlas!.drawn(l), layer) as Promise<Drawn>;

test('at street zoom the map asks for the street tiles and draws roads, names, park, building and school', async ({
	page
}) => {
	const answers: { path: string; status: number }[] = [];
	page.on('response', (r) => {
		const path = new URL(r.url()).pathname;
		if (path.startsWith('/street-tiles/')) answers.push({ path, status: r.status() });
	});
	await page.goto(`/${OLD_TOWN}`);
	await mapIdle(page);

	// The closest tiles there are (zoom 14), from our own origin, none missing.
	expect(answers.some((a) => a.path.startsWith('/street-tiles/14/'))).toBe(true);
	expect(answers.filter((a) => a.status !== 200)).toEqual([]);

	const roads = await drawn(page, 'street-roads');
	expect(roads).toContainEqual(
		expect.objectContaining({ class: 'primary', name: '示例一路', name_en: 'Example Road One' })
	);
	expect(roads).toContainEqual(expect.objectContaining({ class: 'minor', name: '示例三路' }));
	// Names are placed along the roads (a label MapLibre dropped would not be listed).
	const names = (await drawn(page, 'street-road-names')).map((f) => f.name_en ?? f.name);
	expect(names).toContain('Example Road One');
	expect(await drawn(page, 'street-parks')).toContainEqual(
		expect.objectContaining({ name_en: 'Example Park' })
	);
	expect((await drawn(page, 'street-buildings')).length).toBeGreaterThan(0);
	expect((await drawn(page, 'street-pois')).map((f) => f.name_en)).toContain('Example School');

	// Drawn where the road is: its pixel shows the road (under the thematic layers, if any).
	const [x, y] = await page.evaluate(() => window.jiadingAtlas!.project(121.244, 31.372));
	expect(await page.evaluate(([a, b]) => window.jiadingAtlas!.layersAt(a!, b!), [x, y])).toContain(
		'street-roads'
	);
});

test('at the district view only the wide zoom’s street tiles are asked for', async ({ page }) => {
	const asked: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (path.startsWith('/street-tiles/')) asked.push(path);
	});
	await page.goto('/');
	await mapIdle(page);
	const zooms = new Set(asked.map((p) => Number(p.split('/')[2])));
	expect([...zooms].every((z) => z <= 11)).toBe(true);
	expect(asked.length).toBeLessThanOrEqual(4);
});

test('the credits name the extract, its date, the tool and the licence; the offline copy knows every tile', async ({
	page
}) => {
	await page.goto('/credits');
	const record = page.locator('main .streets');
	await expect(record).toContainText('comes from an OpenStreetMap extract');
	await expect(record.locator('dd').first()).toHaveText('streets-jiading.osm (2026-11-01)');
	await expect(record.locator('dd').nth(1)).toContainText('tilemaker');
	await expect(page.locator('main')).toContainText('Open Database Licence (ODbL)');
	const worker = await (await page.request.get('/service-worker.js')).text();
	expect(worker).toContain('/street-tiles/14/');
});

test('a link closer than the map zooms opens at its closest zoom, in the same place', async ({
	page
}) => {
	await page.goto('/#19/31.3775/121.2470');
	await mapIdle(page);
	const { zoom, center } = await page.evaluate(() => window.jiadingAtlas!.camera());
	expect(zoom).toBe(17);
	expect(Math.hypot(center[0] - 121.247, center[1] - 31.3775)).toBeLessThan(0.0005);
});
