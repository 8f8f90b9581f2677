/**
 * Screenshots of the main screens at the sizes the product must work at, for checking by eye.
 * Run against a served build: `npm run build && npx vite preview --port 4180 &` then
 * `npx tsx scripts/screenshots.ts [base-url]`. Images go to tests/screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4180';
const sizes = {
	phone: { width: 390, height: 844 },
	tablet: { width: 768, height: 1024 },
	desktop: { width: 1440, height: 900 },
	kiosk: { width: 1920, height: 1080 },
	'kiosk-portrait': { width: 1080, height: 1920 }
};
const screens: { name: string; path: string; click?: string }[] = [
	{ name: 'home', path: '/' },
	{ name: 'medvalley', path: '/place/shanghai-medvalley' },
	{ name: 'jiading', path: '/place/jiading' },
	{ name: 'anting', path: '/place/anting' },
	{ name: 'tour-start', path: '/tour' },
	{ name: 'tour-one-axis', path: '/tour/one-axis' },
	{ name: 'tour-medical', path: '/tour/medical' },
	{ name: 'kiosk-home', path: '/kiosk' },
	{ name: 'kiosk-chapter', path: '/kiosk', click: '.kiosk-home .begin' },
	{ name: 'planner', path: '/planner' }
];

mkdirSync('tests/screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
});
for (const [size, viewport] of Object.entries(sizes)) {
	const page = await browser.newPage({ viewport });
	for (const screen of screens) {
		await page.goto(base + screen.path);
		await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
		if (screen.click) {
			await page.locator(screen.click).click();
			await page.waitForTimeout(500);
			await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
		}
		// Camera moves (a traced line takes a few seconds) end before the picture is taken.
		await page.waitForTimeout(screen.path.startsWith('/tour') ? 9000 : 300);
		await page.locator('[data-map-state="idle"]').waitFor({ timeout: 30_000 });
		await page.screenshot({ path: `tests/screenshots/${screen.name}-${size}.png` });
	}
	await page.close();
}
await browser.close();
console.log('screenshots written to tests/screenshots/');
