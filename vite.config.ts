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
				// compressed apart (4 KB more, and 11 more requests, in the first view).
				manualChunks: (id) =>
					id.includes('/node_modules/maplibre-gl/')
						? 'maplibre-gl'
						: id.includes('/node_modules/svelte/')
							? 'svelte'
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
