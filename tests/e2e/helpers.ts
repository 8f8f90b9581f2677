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
