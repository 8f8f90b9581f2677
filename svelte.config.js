import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The one inline style the policy lets through, by its hash: SvelteKit's own route announcer (a
 * visually hidden live region in its generated root component) carries a style attribute
 * (sveltejs/kit#11993). `'unsafe-hashes'` with this hash allows exactly that attribute value and
 * no other; tests/e2e/csp.spec.ts fails if SvelteKit changes it.
 */
const ANNOUNCER_STYLE = "'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='";

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Every component in runes mode, also those that read no props or state (a bar, a key). One of
	// them compiled in legacy mode brings Svelte's legacy runtime to every page (0.5 KB gzip).
	compilerOptions: { runes: true },
	kit: {
		// Every page and data file is prerendered; the site is plain files served from one origin.
		// 404.html is an app shell that static hosts serve for unknown paths: it shows the not-found
		// page with search instead of a bare server error.
		adapter: adapter({ strict: true, fallback: '404.html' }),
		// Pages name the app's files from the root: the offline copy serves a cached page (the
		// not-found page among them) at any depth of path, where relative names would miss.
		paths: { relative: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The street tiles' route has no pages when the build has no street tiles (npm run
			// basemap makes them; src/lib/server/street-tiles.ts): only that route may go unseen.
			handleUnseenRoutes: ({ routes }) => {
				const unseen = routes.filter((route) => route !== '/street-tiles/[z]/[x]/[y].pbf');
				if (unseen.length > 0)
					throw new Error(`Prerenderable routes not prerendered: ${unseen.join(', ')}`);
			}
		},
		// Every page registers the offline copy once it has loaded (src/routes/+layout.svelte).
		serviceWorker: { register: false },
		// A strict Content-Security-Policy, which prerendered pages carry as a <meta> tag: scripts
		// and styles only from the site's own files (SvelteKit's inline start-up script by its
		// hash), no inline style attribute but the announcer's, nothing from elsewhere. MapLibre's worker is a file of
		// the site; the map's canvas exports (PNG) and downloads (CSV, GeoJSON) are blob: and
		// data: URLs. A host should also send it as a header, with the directives a <meta> tag
		// cannot carry (README, "Serving the site").
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
