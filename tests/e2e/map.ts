import { expect, type Page } from '@playwright/test';

/**
 * Waits until the map has drawn everything it has to draw: the page's last scene (a filter, a
 * selection) applied and MapLibre idle after it (`settling` in src/lib/map/atlas-map.svelte.ts).
 */
export async function mapIdle(page: Page) {
	await expect(page.locator('[data-map-state="idle"]')).toBeVisible({ timeout: 30_000 });
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
