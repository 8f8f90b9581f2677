import { expect, type Page } from '@playwright/test';

/**
 * Waits until the map has drawn everything it has to draw: the page's last scene (a filter, a
 * selection) applied and MapLibre idle after it (`settling` in src/lib/map/atlas-map.svelte.ts).
 */
export async function mapIdle(page: Page) {
	await expect(page.locator('[data-map-state="idle"]')).toBeVisible({ timeout: 30_000 });
}

/**
 * After a new `#zoom/lat/lng` in the same page (no reload): the map has jumped there and settled.
 * Its hash handler jumps on `hashchange`, and the map is marked busy only at the jump's first
 * frame, so until then it still reads idle, from the view before.
 */
export async function mapSettledAt(page: Page, zoom: number) {
	await expect
		.poll(() => page.evaluate(() => window.jiadingAtlas!.camera().zoom))
		.toBeCloseTo(zoom, 1);
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	await mapIdle(page);
}

/** Clicks the map where a coordinate is drawn, as a reader would. */
export async function clickMapAt(page: Page, lng: number, lat: number) {
	await mapIdle(page);
	const [x, y] = await page.evaluate(([a, b]) => window.jiadingAtlas!.project(a!, b!), [lng, lat]);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(box.x + x, box.y + y);
}

/** A place's label anchor (a point inside it) from the published map data. */
export async function anchorOf(page: Page, id: string): Promise<[number, number]> {
	const labels = await (await page.request.get('/data/map/labels.geojson')).json();
	const feature = labels.features.find((f: { id: string }) => f.id === id);
	return feature.geometry.coordinates;
}
