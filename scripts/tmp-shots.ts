import { launchBrowser, serveBuild, settled } from './bench-lib';
const server = await serveBuild('build');
const browser = await launchBrowser();
const sizes = [
	[390, 844],
	[844, 390],
	[1440, 900],
	[1920, 1080],
	[320, 568]
] as const;
const paths = process.argv.slice(2);
for (const p of paths)
	for (const [w, h] of sizes) {
		const page = await browser.newPage({ viewport: { width: w, height: h } });
		await page.goto(server.base + p);
		await settled(page).catch(() => {});
		const name = `/tmp/shots/${p.replace(/\W+/g, '_')}-${w}x${h}.png`;
		await page.screenshot({ path: name });
		console.log(name);
		await page.close();
	}
await browser.close();
server.close();
