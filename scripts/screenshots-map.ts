/**
 * The map at every size, scheme and zoom the cartography must hold at (#15), for checking by eye:
 * phone, desktop and both kiosk orientations × light and dark × zoom 10, 13 and 16, over Jiading
 * old town (where the test fixture's streets are). Run against a served build, once with street
 * tiles and once without: `npx tsx scripts/screenshots-map.ts <base-url> <name>`. Images and a
 * page showing them side by side (index.html) go to tests/screenshots/map-<name>/ (not committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:4180', name = 'streets'] = process.argv.slice(2);
const out = `tests/screenshots/map-${name}`;
const SIZES = {
	phone: [390, 844, '/'],
	desktop: [1440, 900, '/'],
	kiosk: [1920, 1080, '/kiosk'],
	'kiosk-portrait': [1080, 1920, '/kiosk']
} as const;
const SCHEMES = ['light', 'dark'] as const;
const ZOOMS = [10, 13, 16];
const CENTRE = '31.3775/121.2470';

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
});
const rows: string[] = [];
for (const [size, [width, height, path]] of Object.entries(SIZES))
	for (const scheme of SCHEMES) {
		const context = await browser.newContext({
			viewport: { width, height },
			colorScheme: scheme,
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		const cells: string[] = [];
		for (const zoom of ZOOMS) {
			await page.goto(`${base}${path}#${zoom}/${CENTRE}`);
			await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
			// The picture shown before the map fades out once the map has drawn: shot after it.
			await page.locator('.map-picture').waitFor({ state: 'hidden' });
			const file = `${size}-${scheme}-z${zoom}.png`;
			await page.screenshot({ path: `${out}/${file}` });
			const shown = await page.evaluate(() => location.hash);
			cells.push(
				`<figure><img src="${file}" alt=""><figcaption>${file} ${shown}</figcaption></figure>`
			);
		}
		rows.push(`<section>${cells.join('')}</section>`);
		await context.close();
	}
await browser.close();
writeFileSync(
	`${out}/index.html`,
	`<!doctype html><meta charset="utf-8"><title>Map screenshots: ${name}</title>` +
		`<style>section{display:flex;gap:8px;margin-bottom:16px}figure{margin:0;width:32%}` +
		`img{width:100%;border:1px solid #999}</style>${rows.join('\n')}`
);
console.log(`${rows.length * ZOOMS.length} screenshots and index.html written to ${out}/`);
