import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { builtFile, mapLibrePaths } from '../../scripts/bench-lib';
import { VIEW_EXTENT } from '../../src/lib/geo/extents';
import { mapIdle } from './map';

/** Where the map draws a point on screen (its test hook). */
async function mapDraws(page: Page, [lng, lat]: [number, number]) {
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const [x, y] = await page.evaluate(([a, b]) => window.jiadingAtlas!.project(a!, b!), [lng, lat]);
	return [canvas.x + x, canvas.y + y];
}

/** Where the picture draws a point on screen (its SVG). */
function pictureDraws(page: Page, [lng, lat]: [number, number]) {
	const [west, , , north] = VIEW_EXTENT;
	return page.locator('.map-picture svg.scheme-light').evaluate(
		(svg: SVGSVGElement, [a, b, west, north]) => {
			// src/lib/geo/picture.ts: Web Mercator in units of 1/2,500 degree from the view extent's
			// north-west corner.
			const y = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
			const point = new DOMPoint(
				(a! - west!) * 2_500,
				(((y(north!) - y(b!)) * 180) / Math.PI) * 2_500
			).matrixTransform(svg.getScreenCTM()!);
			return [point.x, point.y];
		},
		[lng, lat, west, north]
	);
}

/** Points of the district's outline and inside it. */
const POINTS: [number, number][] = [
	[121.102126, 31.36],
	[121.376, 31.3],
	[121.25, 31.498649],
	[121.25, 31.229095]
];

/**
 * Points round Shanghai MedValley (a schematic disc about 1.7 km across) and at its middle, and
 * round Jiading New City (a point).
 */
const MEDVALLEY: [number, number][] = [
	[121.254483, 31.337447],
	[121.23, 31.32],
	[121.28, 31.35]
];
const NEW_CITY: [number, number][] = [
	[121.2452, 31.3533],
	[121.22, 31.33],
	[121.27, 31.37]
];

for (const [size, path, points] of [
	['1440×900', '/', POINTS],
	['390×844', '/', POINTS],
	['1440×900', '/place/malu', POINTS],
	// A place smaller than the smallest view opens with its surroundings, on a phone too.
	['390×844', '/place/shanghai-medvalley', MEDVALLEY],
	['1440×900', '/place/shanghai-medvalley', MEDVALLEY],
	['390×844', '/place/jiading-new-city', NEW_CITY]
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
		for (const point of points) {
			const [map, picture] = [await mapDraws(page, point), await pictureDraws(page, point)];
			expect(Math.abs(map[0]! - picture[0]!), `x of ${point}`).toBeLessThan(1.5);
			expect(Math.abs(map[1]! - picture[1]!), `y of ${point}`).toBeLessThan(1.5);
		}
		// Once the map has drawn, the picture goes.
		await expect(page.locator('.map-picture')).toBeHidden();
	});

/**
 * Windows where the home page's card and the district do not fit side by side at the scale the
 * district takes below the card (1024×768, 1280×1024), where they do (1280×800, 1366×768), and
 * the usual desktop (1440×900).
 */
const CARD_SIZES = ['1024×768', '1280×1024', '1280×800', '1366×768', '1440×900'] as const;

for (const size of CARD_SIZES)
	test(`the home view shows the whole district clear of the home page's card (${size})`, async ({
		page
	}) => {
		const [width, height] = size.split('×').map(Number);
		await page.setViewportSize({ width: width!, height: height! });
		await page.goto('/');
		await mapIdle(page);
		const card = (await page.locator('.panel').boundingBox())!;
		const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
		for (const point of POINTS) {
			const [x, y] = await mapDraws(page, point);
			const where = `${point} drawn at ${x!.toFixed(0)}, ${y!.toFixed(0)}`;
			expect(x! > canvas.x && x! < canvas.x + canvas.width, `${where}: on the map`).toBe(true);
			expect(y! > canvas.y && y! < canvas.y + canvas.height, `${where}: on the map`).toBe(true);
			const underCard =
				x! > card.x && x! < card.x + card.width && y! > card.y && y! < card.y + card.height;
			expect(underCard, `${where}: under the card`).toBe(false);
		}
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

	for (const size of CARD_SIZES)
		test(`the picture frames the district as the map's first view does (${size})`, async ({
			page,
			browser
		}) => {
			const [width, height] = size.split('×').map(Number);
			await page.setViewportSize({ width: width!, height: height! });
			await page.goto('/');
			await expect(page.locator('.map-picture svg.scheme-light')).toBeVisible();
			// The same page with scripts: where its map draws the district once it has drawn.
			const withScripts = await browser.newPage({
				javaScriptEnabled: true,
				viewport: { width: width!, height: height! }
			});
			await withScripts.goto('/');
			await mapIdle(withScripts);
			for (const point of POINTS) {
				const [map, picture] = [
					await mapDraws(withScripts, point),
					await pictureDraws(page, point)
				];
				expect(Math.abs(map[0]! - picture[0]!), `x of ${point}`).toBeLessThan(1.5);
				expect(Math.abs(map[1]! - picture[1]!), `y of ${point}`).toBeLessThan(1.5);
			}
			await withScripts.close();
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
 * street tiles, `/` is 103.61 KB and a place's page 115.21 KB (it opens with its story: its code
 * and its data). Builds of one source differ by up to 0.04 KB: each stamps its own version, which
 * changes the files' hashed names, and the names compress differently (seven builds of one commit
 * measured 112.32–112.34 and 125.68–125.72). So each ceiling is the measure plus that 0.04, and a
 * margin of MARGIN_KB. The ceilings hold what has been reached and come down as the work towards
 * 100 lands (`npm run bench` prints the figures and the files that make them; git's history of
 * this line, what each step cost or saved).
 */
const MARGIN_KB = 0.1;
const APP_FIRST_VIEW_CEILING_KB: Record<string, number> = {
	'/': 103.65 + MARGIN_KB,
	'/place/malu': 115.25 + MARGIN_KB
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
