import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { mapIdle } from './map';

/**
 * The map's labels at the sizes the atlas is used at (#15): no name cut by the edge of the map,
 * and the towns named at the district view (where there is room).
 */
const TOWNS = (
	JSON.parse(readFileSync('geo/places.geojson', 'utf8')) as {
		features: { id: string; properties: { kind: string } }[];
	}
).features
	.filter((f) => f.properties.kind === 'town')
	.map((f) => f.id)
	.sort();

const VIEWS = [
	{ name: 'phone', size: [390, 844], path: '/' },
	{ name: 'desktop', size: [1440, 900], path: '/' },
	{ name: 'kiosk', size: [1920, 1080], path: '/kiosk' },
	{ name: 'portrait kiosk', size: [1080, 1920], path: '/kiosk' }
] as const;

/** The label layers drawn across a strip `depth` px wide along each inside edge of the map. */
async function labelsOnTheEdge(page: Page, depth = 3) {
	const canvas = page.locator('.maplibregl-canvas');
	const [w, h] = await canvas.evaluate((c) => [c.clientWidth, c.clientHeight]);
	const strips: Record<string, [[number, number], [number, number]]> = {
		top: [
			[0, 0],
			[w, depth]
		],
		bottom: [
			[0, h - depth],
			[w, h]
		],
		left: [
			[0, 0],
			[depth, h]
		],
		right: [
			[w - depth, 0],
			[w, h]
		]
	};
	const found: Record<string, string[]> = {};
	for (const [edge, box] of Object.entries(strips)) {
		const layers = await page.evaluate((b) => window.jiadingAtlas!.labelsIn(b), box);
		if (layers.length) found[edge] = layers;
	}
	return found;
}

const townsNamed = async (page: Page) =>
	((await page.evaluate(() => window.jiadingAtlas!.drawn('town-labels'))) as { id?: string }[])
		.map((t) => String(t.id))
		.sort();

for (const view of VIEWS)
	test(`${view.name}: no map label is cut by the map’s edge, at the district view and panned`, async ({
		page
	}) => {
		await page.setViewportSize({ width: view.size[0], height: view.size[1] });
		await page.goto(view.path);
		await mapIdle(page);
		// The measure sees labels: the whole map holds some.
		expect(
			await page.evaluate(() =>
				window.jiadingAtlas!.labelsIn([
					[0, 0],
					[5000, 5000]
				])
			)
		).toContain('town-labels');
		expect(await labelsOnTheEdge(page)).toEqual({});
		// Closer, with places all along the edges (Jiading New City in the middle).
		await page.goto(`${view.path}#12/31.345/121.25`);
		await mapIdle(page);
		expect(await page.evaluate(() => window.jiadingAtlas!.drawn('place-labels'))).not.toEqual([]);
		expect(await labelsOnTheEdge(page)).toEqual({});
	});

test('at the district view of a desktop and a portrait kiosk every town is named; on a landscape kiosk all but one', async ({
	page
}) => {
	expect(TOWNS).toHaveLength(11);
	for (const { size, path, missing } of [
		{ size: [1440, 900], path: '/', missing: 0 },
		{ size: [1080, 1920], path: '/kiosk', missing: 0 },
		{ size: [1920, 1080], path: '/kiosk', missing: 1 }
	] as const) {
		await page.setViewportSize({ width: size[0], height: size[1] });
		await page.goto(path);
		await mapIdle(page);
		const named = await townsNamed(page);
		expect(
			named.every((id) => TOWNS.includes(id)),
			named.join()
		).toBe(true);
		expect(named.length, `${size.join('×')}: ${named.join(', ')}`).toBeGreaterThanOrEqual(
			TOWNS.length - missing
		);
	}
});
