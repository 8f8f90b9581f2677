/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The atlas's offline copy, for every reader: once the app has been opened, every page (places,
 * articles, the tour, the planner, credits), its data, the map's tiles and the basemap are cached
 * and served from the cache first, so a visitor who loses signal keeps the whole atlas. Registered
 * after the page has loaded (src/lib/offline.svelte.ts).
 *
 * One deployment at a time: a new deployment installs a new worker with a new cache, which waits.
 * Readers are told and choose when to switch ("Update", src/lib/components/common/UpdatePrompt);
 * the kiosk switches by itself at its next idle reset (src/lib/kiosk/offline.ts). Either asks
 * the waiting worker to take over with the `SKIP_WAITING` message.
 *
 * Street tiles (npm run basemap) are the exception: a whole extract is tens of megabytes, too much
 * to fetch on every phone that opens a page. A reader's copy keeps the street tiles the map has
 * shown; the kiosk asks for all of them (`KEEP_STREETS`), and the cache records that wish so each
 * new deployment's worker fetches them all before it takes over.
 */
import { build, files, prerendered, version } from '$service-worker';
import { STREET_TILE_FOLDER } from '$lib/geo/street-tiles';
import { KEEP_STREETS, SKIP_WAITING, STREETS_KEPT, type StreetsKept } from '$lib/offline-protocol';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `jiading-atlas-${version}`;

/** What a static host serves for an unknown path: the not-found page, with search. */
const NOT_FOUND = '/404.html';

/**
 * The app's code and files, and every prerendered page and data file of this deployment; not the
 * link previews (/previews/), which only other sites' link cards fetch.
 */
const ASSETS = [...new Set([...build, ...files, ...prerendered])].filter(
	(path) => !path.includes('/previews/')
);
const isStreetTile = (path: string) => path.includes(STREET_TILE_FOLDER);
/** Every street tile of this deployment: cached as seen, or all at once for a kiosk. */
const STREET_TILES = ASSETS.filter(isStreetTile);
/** Put in a cache once a kiosk asked for every street tile; read by the next deployment's worker. */
const KEEP_STREETS_MARK = '/.offline/keep-street-tiles';

/** Straight from the server, not the browser's HTTP cache: unhashed files must be this deployment's. */
const fresh = (paths: string[]) => paths.map((path) => new Request(path, { cache: 'reload' }));

async function keepAllStreetTiles(cache: Cache) {
	// Kept already in this deployment (the kiosk asks each time it starts).
	if (await cache.match(KEEP_STREETS_MARK)) return;
	await cache.addAll(fresh(STREET_TILES));
	await cache.put(KEEP_STREETS_MARK, new Response('every street tile is kept offline'));
}

/** Whether an earlier deployment's copy was asked to keep every street tile. */
async function streetTilesWereKept() {
	for (const key of await caches.keys())
		if (key !== CACHE && (await (await caches.open(key)).match(KEEP_STREETS_MARK))) return true;
	return false;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			await cache.addAll(fresh(ASSETS.filter((path) => !isStreetTile(path))));
			// Some hosts serve the not-found page with its status even when asked for by name.
			const notFound = await fetch(NOT_FOUND, { cache: 'reload' });
			if (notFound.ok || notFound.status === 404) await cache.put(NOT_FOUND, notFound);
			// A kiosk's copy stays whole across deployments: this one is not ready until it is.
			if (await streetTilesWereKept()) await keepAllStreetTiles(cache);
		})
	);
});

sw.addEventListener('message', (event) => {
	// Kept running until it is in charge (the promise settles once it is activating).
	if (event.data?.type === SKIP_WAITING) event.waitUntil(sw.skipWaiting());
	if (event.data?.type === KEEP_STREETS) {
		const [port] = event.ports;
		const answer = (message: StreetsKept) => port?.postMessage(message);
		event.waitUntil(
			caches
				.open(CACHE)
				.then(keepAllStreetTiles)
				.then(
					() => answer({ type: STREETS_KEPT, tiles: STREET_TILES.length }),
					(error: unknown) => answer({ type: STREETS_KEPT, error: String(error) })
				)
		);
	}
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
			if (cached) return cached;
			try {
				const response = await fetch(event.request);
				// A street tile the map has shown stays for the next time offline.
				if (response.ok && isStreetTile(url.pathname))
					await cache.put(url.pathname, response.clone());
				return response;
			} catch (error) {
				// Offline and not in this deployment (a mistyped address): the not-found page.
				const notFound = event.request.mode === 'navigate' && (await cache.match(NOT_FOUND));
				if (notFound)
					return new Response(notFound.body, { status: 404, headers: notFound.headers });
				throw error;
			}
		})()
	);
});
