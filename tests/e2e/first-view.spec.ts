import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { builtFile, mapLibrePaths } from '../../scripts/bench-lib';
import { mapIdle } from './map';

/** Where a point is drawn on screen: by the map (its test hook) and by the picture (its SVG). */
async function drawnAt(page: Page, [lng, lat]: [number, number]) {
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const [x, y] = await page.evaluate(([a, b]) => window.jiadingAtlas!.project(a!, b!), [lng, lat]);
	const picture = await page.locator('.map-picture svg.scheme-light').evaluate(
		(svg: SVGSVGElement, [a, b]) => {
			// src/lib/geo/picture.ts: Web Mercator in units of 1/2,500 degree from 120.9° E, 31.65° N.
			const y = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
			const point = new DOMPoint(
				(a! - 120.9) * 2_500,
				(((y(31.65) - y(b!)) * 180) / Math.PI) * 2_500
			).matrixTransform(svg.getScreenCTM()!);
			return [point.x, point.y];
		},
		[lng, lat]
	);
	return { map: [canvas.x + x, canvas.y + y], picture };
}

/** Points of the district's outline and inside it. */
const POINTS: [number, number][] = [
	[121.102126, 31.36],
	[121.376, 31.3],
	[121.25, 31.498649],
	[121.25, 31.229095]
];

for (const [size, path] of [
	['1440×900', '/'],
	['390×844', '/'],
	['1440×900', '/place/malu']
] as const)
	test(`before the map has drawn, its picture shows the same view (${path} at ${size})`, async ({
		page
	}) => {
		const [width, height] = size.split('×').map(Number);
		await page.setViewportSize({ width: width!, height: height! });
		await page.goto(path);
		// The picture's drawing is one file, shown with <use>: loaded, it has a size.
		const drawing = page.locator('.map-picture .scheme-light use');
		await expect
			.poll(() => drawing.evaluate((use: SVGUseElement) => use.getBBox().width))
			.toBeGreaterThan(1000);
		await mapIdle(page);
		for (const point of POINTS) {
			const { map, picture } = await drawnAt(page, point);
			expect(Math.abs(map[0]! - picture[0]!), `x of ${point}`).toBeLessThan(1.5);
			expect(Math.abs(map[1]! - picture[1]!), `y of ${point}`).toBeLessThan(1.5);
		}
		// Once the map has drawn, the picture goes.
		await expect(page.locator('.map-picture')).toBeHidden();
	});

test.describe('without scripts', () => {
	test.use({ javaScriptEnabled: false });
	test('the map area shows the picture of the district, framed clear of the panel', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		const svg = page.waitForResponse((r) => r.url().endsWith('/map-picture.svg'));
		await page.goto('/');
		const response = await svg;
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('image/svg+xml');
		const picture = page.locator('.map-picture');
		await expect(picture).toBeVisible();
		await expect(picture).toHaveAttribute('aria-hidden', 'true');
		// The district (the first view's box) is fitted beside the panel, not under it.
		const frame = (await picture.locator('svg.scheme-light').boundingBox())!;
		const panel = (await page.locator('.panel').boundingBox())!;
		expect(frame.x + frame.width).toBeLessThanOrEqual(panel.x);
		const drawing = await picture
			.locator('.scheme-light use')
			.evaluate((use: SVGUseElement) => use.getBBox().width);
		expect(drawing).toBeGreaterThan(1000);
		await expect(picture.locator('.scheme-dark')).toBeHidden();
	});

	test('on a dark screen the picture is the dark drawing, from the same file', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		const files: string[] = [];
		page.on('request', (r) => files.push(new URL(r.url()).pathname));
		await page.goto('/');
		const picture = page.locator('.map-picture');
		await expect(picture.locator('.scheme-dark')).toBeVisible();
		await expect(picture.locator('.scheme-light')).toBeHidden();
		await expect
			.poll(() =>
				picture.locator('.scheme-dark use').evaluate((use: SVGUseElement) => use.getBBox().width)
			)
			.toBeGreaterThan(1000);
		expect(files.filter((f) => f.startsWith('/map-picture'))).toEqual(['/map-picture.svg']);
	});
});

/**
 * The app's own bytes of a first view (gzip; everything but MapLibre's code, worker and
 * stylesheet) may not pass these. #17's target is 100 KB on both. Measured with the fixture's
 * street tiles, `/` is 103.59 KB and a place's page 115.18 KB (it opens with its story: its code
 * and its data). Builds of one source differ by up to 0.04 KB: each stamps its own version, which
 * changes the files' hashed names, and the names compress differently (seven builds of one commit
 * measured 112.32–112.34 and 125.68–125.72). So each ceiling is the measure plus that 0.04, and a
 * margin of MARGIN_KB. The ceilings hold what has been reached and come down as the work towards
 * 100 lands (`npm run bench` prints the figures and the files that make them; git's history of
 * this line, what each step cost or saved).
 */
const MARGIN_KB = 0.1;
const APP_FIRST_VIEW_CEILING_KB: Record<string, number> = {
	'/': 103.63 + MARGIN_KB,
	'/place/malu': 115.22 + MARGIN_KB
};
for (const path of ['/', '/place/malu'])
	test(`the first view of ${path} keeps the app's own bytes under the ceiling`, async ({
		page,
		baseURL
	}) => {
		// Service workers are blocked (playwright.config.ts): what is counted is the first view alone.
		const paths = new Set<string>();
		page.on('requestfinished', (request) => {
			const url = new URL(request.url());
			if (url.origin === new URL(baseURL!).origin) paths.add(url.pathname);
		});
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(path);
		await mapIdle(page);
		await page.waitForLoadState('networkidle');
		const mapLibre = mapLibrePaths();
		let own = 0;
		for (const served of paths) {
			if (mapLibre.has(served)) continue;
			const file = builtFile(served);
			expect(file, `a file in build/ for ${served}`).not.toBeNull();
			own += gzipSync(readFileSync(file!)).length;
		}
		// Every file the map needs was asked for: MapLibre's code and worker, tiles, the picture.
		expect([...paths].filter((p) => mapLibre.has(p)).length).toBeGreaterThanOrEqual(2);
		expect([...paths].some((p) => p.startsWith('/map-tiles/'))).toBe(true);
		expect(paths).toContain('/map-picture.svg');
		test.info().annotations.push({ type: 'app-own KB', description: (own / 1024).toFixed(2) });
		expect(own / 1024).toBeLessThanOrEqual(APP_FIRST_VIEW_CEILING_KB[path]!);
	});
