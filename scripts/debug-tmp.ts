import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 768, height: 1024 } });
page.on('console', (m) => { if (!m.text().includes('GL Driver')) console.log('console', m.type(), m.text()); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('requestfailed', (r) => console.log('failed', r.url()));
await page.goto('http://127.0.0.1:4180/kiosk');
await page.locator('[data-map-state="idle"]').waitFor();
await page.goto('http://127.0.0.1:4180/kiosk');
await page.locator('[data-map-state="idle"]').waitFor();
console.log('sw', await page.evaluate(() => !!navigator.serviceWorker.controller));
await page.locator('.kiosk-home .begin').click();
for (let i = 0; i < 10; i++) {
	await page.waitForTimeout(1000);
	console.log(i, await page.locator('[data-map-state]').getAttribute('data-map-state'), page.url());
}
await browser.close();
