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
 */
import { build, files, prerendered, version } from '$service-worker';
import { SKIP_WAITING } from '$lib/offline-protocol';

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

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			// Straight from the server, not the browser's HTTP cache: unhashed files (the pages, the
			// data) must be this deployment's.
			.then(async (cache) => {
				await cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' })));
				// Some hosts serve the not-found page with its status even when asked for by name.
				const notFound = await fetch(NOT_FOUND, { cache: 'reload' });
				if (notFound.ok || notFound.status === 404) await cache.put(NOT_FOUND, notFound);
			})
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === SKIP_WAITING) void sw.skipWaiting();
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
				return await fetch(event.request);
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
