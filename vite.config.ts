import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readStreetRecord } from './src/lib/server/street-tiles';
import { themeStylesheet } from './src/lib/theme';

/**
 * The theme's stylesheet (src/lib/theme.ts) as the module `virtual:theme.css`, which the root
 * layout imports: it is bundled with the app's CSS, so pages need no inline style (a strict
 * Content-Security-Policy allows none).
 */
function theme(): Plugin {
	const id = 'virtual:theme.css';
	const resolved = `\0${id}`;
	return {
		name: 'jiading-atlas-theme',
		resolveId: (source) => (source === id ? resolved : undefined),
		load: (loaded) => (loaded === resolved ? themeStylesheet() : undefined)
	};
}

/**
 * The preview server answers for the site's own origin only: no CORS headers (SvelteKit's plugin
 * turns Vite's CORS middleware on, which allows every origin; this runs after it).
 */
function sameOriginPreview(): Plugin {
	return {
		name: 'jiading-atlas-same-origin-preview',
		config: () => ({ preview: { cors: false } })
	};
}

/**
 * What every page runs besides its own code: the components every page's bars and panels share,
 * and what the root layout reads (the reader's surface, address, colour scheme and offline copy).
 */
const SITE_SHELL = [
	'/src/lib/components/common/',
	'/src/lib/surface.ts',
	'/src/lib/address.svelte.ts',
	'/src/lib/colour-scheme.svelte.ts',
	'/src/lib/offline.svelte.ts',
	'/src/lib/offline-protocol.ts'
];

/** The street tiles' record, when `npm run basemap` has made them (null without). */
const streetRecord = readStreetRecord();

export default defineConfig({
	plugins: [theme(), sveltekit(), sameOriginPreview()],
	// The street tiles' record, and whether the code carries the street style: with street tiles,
	// and in the unit tests (src/lib/geo/street-tiles.ts).
	define: {
		__STREET_TILES__: JSON.stringify(streetRecord),
		__STREET_STYLE__: JSON.stringify(Boolean(process.env.VITEST) || streetRecord !== null)
	},
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	build: {
		rollupOptions: {
			output: {
				// MapLibre in a chunk of its own: cached apart from the app's code, and counted apart
				// from it in the first view's budget (scripts/bench.ts). Svelte's runtime in one too:
				// every page runs most of it, and split by route it came as a dozen small files that
				// compressed apart (4 KB more, and 11 more requests, in the first view); its reactive
				// helpers (svelte/reactivity, the planner's) stay with the pages that use them. The
				// site's shell in one as well (SITE_SHELL, with what it imports that no other chunk
				// holds: the messages, the style, SvelteKit's client): a dozen more small files, 3 KB
				// more.
				manualChunks: (id) =>
					id.includes('/node_modules/maplibre-gl/')
						? 'maplibre-gl'
						: id.includes('/node_modules/svelte/') && !id.includes('/svelte/src/reactivity/')
							? 'svelte'
							: SITE_SHELL.some((path) => id.includes(path))
								? 'site'
								: undefined
			}
		}
	},
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Data tests build the whole atlas from the real seeds and geo files (seconds on 2 cores).
		testTimeout: 20_000,
		expect: { requireAssertions: true }
	}
});
