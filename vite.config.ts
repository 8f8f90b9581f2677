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
 * The app's own code in a few chunks by the pages that run it (manualChunks), each with what its
 * modules import that no other chunk holds. Left to itself the bundler made a file of every set
 * of modules some pages share: a first view came as two dozen small files, which compress apart
 * (each file's gzip starts with no dictionary) and cost 2–3 KB more and a request each.
 */
const APP_CHUNKS: Record<string, readonly string[]> = {
	// Every page: the root layout and error page (SvelteKit loads both at start), the components
	// every page's bars and panels share, what the root layout reads (the reader's surface,
	// address, colour scheme and offline copy), and the search box and camera the error page
	// offers.
	site: [
		'/src/routes/+layout.',
		'/src/routes/+error.svelte',
		'/src/lib/components/common/',
		'/src/lib/surface.ts',
		'/src/lib/address.svelte.ts',
		'/src/lib/colour-scheme.svelte.ts',
		'/src/lib/offline.svelte.ts',
		'/src/lib/offline-protocol.ts',
		'/src/lib/components/explorer/SearchBox.svelte',
		'/src/lib/map/camera.ts'
	],
	// The map and its picture: the explorer's pages and the planner's.
	'map-view': [
		'/src/lib/components/explorer/MapView.svelte',
		'/src/lib/components/explorer/PlaceChooser.svelte'
	],
	// The explorer's layout and view-model: its home, place, tour and kiosk pages.
	explorer: [
		'/src/routes/(explorer)/+layout.svelte',
		'/src/lib/explorer.svelte.ts',
		'/src/lib/explorer-kit.svelte.ts'
	],
	// A place's story: its page's, and the explorer's once a place is chosen.
	story: [
		'/src/lib/components/story/StoryPanel.svelte',
		'/src/routes/(explorer)/place/[id]/+page.'
	],
	// Facts as listed: in a story, an article and the timeline.
	facts: [
		'/src/lib/components/story/FactItem.svelte',
		'/src/lib/components/story/DisagreementBox.svelte',
		'/src/lib/format.ts'
	]
};
const appChunk = (id: string) =>
	Object.entries(APP_CHUNKS).find(([, paths]) => paths.some((path) => id.includes(path)))?.[0];

/**
 * The browser's code in chunks by who loads it: MapLibre in a chunk of its own, cached apart from
 * the app's code and counted apart from it in the first view's budget (scripts/bench.ts). Svelte's
 * runtime in one too: every page runs most of it, and split by route it came as a dozen small
 * files that compressed apart (4 KB more, and 11 more requests, in the first view); its reactive
 * helpers (svelte/reactivity, the planner's) stay with the pages that use them. The app's own code
 * in APP_CHUNKS. The browser's build only: the server's prerendering needs none of it (given the
 * same chunks, a place's page there took the build-time pipeline into `story`, in a circle with
 * `facts`).
 */
function browserChunks(): Plugin {
	return {
		name: 'jiading-atlas-browser-chunks',
		applyToEnvironment: (environment) => environment.name === 'client',
		outputOptions: (options) => ({
			...options,
			manualChunks: (id) =>
				id.includes('/node_modules/maplibre-gl/')
					? 'maplibre-gl'
					: id.includes('/node_modules/svelte/') && !id.includes('/svelte/src/reactivity/')
						? 'svelte'
						: appChunk(id)
		})
	};
}

/** The street tiles' record, when `npm run basemap` has made them (null without). */
const streetRecord = readStreetRecord();

export default defineConfig({
	plugins: [theme(), sveltekit(), sameOriginPreview(), browserChunks()],
	// The street tiles' record, and whether the code carries the street style: with street tiles,
	// and in the unit tests (src/lib/geo/street-tiles.ts).
	define: {
		__STREET_TILES__: JSON.stringify(streetRecord),
		__STREET_STYLE__: JSON.stringify(Boolean(process.env.VITEST) || streetRecord !== null)
	},
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Data tests build the whole atlas from the real seeds and geo files (seconds on 2 cores).
		testTimeout: 20_000,
		expect: { requireAssertions: true }
	}
});
