import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page and data file is prerendered; the site is plain files served from one origin.
		// 404.html is an app shell that static hosts serve for unknown paths: it shows the not-found
		// page with search instead of a bare server error.
		adapter: adapter({ strict: true, fallback: '404.html' }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Only the kiosk keeps an offline copy (src/lib/kiosk/offline.ts registers it).
		serviceWorker: { register: false }
	}
};

export default config;
