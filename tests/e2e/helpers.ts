import type { Page } from '@playwright/test';

/**
 * Records page errors and every request that leaves the site's origin, so each test can assert
 * that the page ran cleanly and fully offline.
 */
/** The origin the suite's server listens on (see playwright.config.ts). */
export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

export function watchPage(page: Page, origin = ORIGIN) {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			foreign.push(url);
	});
	return { errors, foreign };
}

/** The mean colour of a PNG, decoded by the browser (no image library needed). */
export async function meanColour(page: Page, png: Buffer): Promise<number[]> {
	return page.evaluate(async (base64) => {
		const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
		const bitmap = await createImageBitmap(blob);
		const canvas = new OffscreenCanvas(32, 32);
		const g = canvas.getContext('2d')!;
		g.drawImage(bitmap, 0, 0, 32, 32);
		const data = g.getImageData(0, 0, 32, 32).data;
		const sum = [0, 0, 0];
		for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
		return sum.map((s) => s / (data.length / 4));
	}, png.toString('base64'));
}
