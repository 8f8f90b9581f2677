import { expect, test, type Page } from '@playwright/test';
import { mapIdle } from './map';

/**
 * The basemap reaches every part of the map a reader can pan to (#15): the neighbouring districts,
 * expressways and metro are clipped to the view's limits, not to a box around the district. The
 * reference data is Shanghai's districts; to the north-west lies Jiangsu and to the north-east the
 * Yangtze's estuary, which it does not cover, and the map shows there only its "outside" ground.
 */
const SIZES = [
	[390, 844],
	[1440, 900],
	[1920, 1080],
	[1080, 1920]
] as const;

/** Directions to drag the map, so that the view moves towards each corner of its limits. */
const CORNERS = {
	'south-west': [1, -1],
	'south-east': [-1, -1],
	'north-east': [-1, 1],
	'north-west': [1, 1]
} as const;

/** Drags the map as a reader would until the camera stops at its limits. */
async function panTowards(page: Page, [dx, dy]: readonly [number, number]) {
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const [x, y] = [canvas.x + canvas.width / 2, canvas.y + canvas.height / 2];
	const step = Math.min(canvas.width, canvas.height) / 3;
	let before = '';
	for (let i = 0; i < 12; i++) {
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + dx * step, y + dy * step, { steps: 8 });
		await page.mouse.up();
		// MapLibre ends a drag released outside its canvas (over the panel) at the next move.
		await page.mouse.move(x + dx * step + 1, y + dy * step + 1);
		await mapIdle(page);
		const now = JSON.stringify(await page.evaluate(() => window.jiadingAtlas!.camera().center));
		if (now === before) return;
		before = now;
	}
}

for (const [width, height] of SIZES)
	test(`the basemap fills every corner the map can be panned to (${width}×${height})`, async ({
		page
	}) => {
		// Four corners, a few drags to each, every one drawn in software WebGL at up to two
		// million pixels: about 40-55 s here, more than the default budget leaves room for.
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height });
		const failed: string[] = [];
		page.on('response', (r) => {
			if (r.url().includes('/map-tiles/') && r.status() !== 200) failed.push(r.url());
		});
		await page.goto('/');
		await mapIdle(page);
		const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
		for (const [corner, direction] of Object.entries(CORNERS)) {
			await panTowards(page, direction);
			// The canvas's corner on the side the view moved to.
			const x = direction[0] < 0 ? canvas.width - 4 : 4;
			const y = direction[1] < 0 ? canvas.height - 4 : 4;
			const drawn = await page.evaluate(([a, b]) => window.jiadingAtlas!.layersAt(a!, b!), [x, y]);
			if (corner === 'north-west' || corner === 'north-east') {
				// Jiangsu, the estuary: outside the reference data; the view still has Shanghai's
				// districts in it (Jiading, Baoshan, Chongming's shore).
				const grid = [0.1, 0.3, 0.5, 0.7, 0.9].flatMap((u) =>
					[0.1, 0.3, 0.5, 0.7, 0.9].map((v) => [u * canvas.width, v * canvas.height])
				);
				const layers = await page.evaluate(
					(points) => points.flatMap(([a, b]) => window.jiadingAtlas!.layersAt(a!, b!)),
					grid
				);
				expect(
					layers.some((id) => ['neighbours-fill', 'district-fill'].includes(id)),
					`${corner}: Shanghai's districts in view`
				).toBe(true);
			} else {
				expect(
					drawn.some((id) => ['neighbours-fill', 'district-fill', 'water-fill'].includes(id)),
					`${corner} corner at ${width}×${height}: ${drawn.join(', ') || 'nothing drawn'}`
				).toBe(true);
			}
		}
		expect(failed).toEqual([]);
	});
