/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the kiosk working when its server goes away: the app, its data and the basemap are
 * cached when the kiosk starts and served from the cache first. Registered by the kiosk only
 * (src/lib/kiosk/offline.ts), and dropped again by any page that starts outside kiosk mode, so
 * ordinary readers load the pages as deployed.
 *
 * A new deployment installs a new worker with a new cache; it takes over at once and the kiosk
 * reloads at its next idle reset (see the Kiosk's `updateAvailable`).
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `jiading-atlas-${version}`;

/**
 * The kiosk's page, every data file (map layers, places, search), the explorer's index, the map's
 * tiles, and the data the router fetches when moving between places and chapters. Other pages
 * (articles, credits) are not reachable from the kiosk.
 */
const PAGES = prerendered.filter(
	(path) =>
		path === '/kiosk' ||
		path.startsWith('/data/') ||
		path.startsWith('/explorer-index/') ||
		path.startsWith('/map-tiles/') ||
		path.endsWith('/__data.json')
);
const ASSETS = [...new Set([...build, ...files, ...PAGES])];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			// Straight from the server, not the browser's HTTP cache: unhashed files (the page, the
			// data) must be this deployment's.
			.then((cache) => cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' }))))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	// The version file says whether a new deployment is out: always ask the server.
	if (url.pathname.endsWith('/_app/version.json')) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Data requests carry router flags in the query; the cached file is the same.
			const cached = await cache.match(url.pathname);
			return cached ?? fetch(event.request);
		})()
	);
});
