/**
 * The kiosk's offline copy: every reader's (src/service-worker.ts), plus every street tile, so a
 * hall without a network can still zoom to any street; and how a new deployment reaches the
 * kiosk, unattended, with no "Update" to press: it lets a new one take over by itself and reloads
 * at its next idle reset.
 */
import { dev } from '$app/environment';
import { resolve } from '$app/paths';
import { updated } from '$app/state';
import { registerOffline } from '$lib/offline.svelte';
import { KEEP_STREETS, SKIP_WAITING, STREETS_KEPT, type StreetsKept } from '$lib/offline-protocol';

/** Registers the offline copy (the same one every page registers), or null without one. */
export function keepOffline(): Promise<ServiceWorkerRegistration | null> {
	if (dev) return Promise.resolve(null);
	return registerOffline(navigator.serviceWorker, resolve('/') + 'service-worker.js');
}

/**
 * Asks the offline copy in charge to keep every street tile, now and in later deployments;
 * resolves with the worker's answer (how many tiles it holds), or null without a worker.
 */
export async function keepStreetTiles(
	registration: ServiceWorkerRegistration | null
): Promise<StreetsKept | null> {
	if (!registration) return null;
	const worker = (await navigator.serviceWorker.ready).active;
	if (!worker) return null;
	const channel = new MessageChannel();
	const answer = new Promise<StreetsKept>((done) => {
		channel.port1.onmessage = (event: MessageEvent<StreetsKept>) => {
			if (event.data?.type === STREETS_KEPT) done(event.data);
		};
	});
	worker.postMessage({ type: KEEP_STREETS }, [channel.port2]);
	const kept = await answer;
	channel.port1.close();
	if ('error' in kept) console.error('kiosk: street tiles not kept offline:', kept.error);
	return kept;
}

/** How long a new worker may take to cache a new deployment before the kiosk reloads anyway. */
const INSTALL_WAIT_MS = 60_000;

/**
 * True when a newer deployment is on the server and its offline copy is in charge, so a reload
 * shows it. False offline, when nothing changed, or when the new copy could not be made (yet):
 * the kiosk then keeps running the version it has and asks again at its next quiet moment.
 */
export async function newDeploymentReady(
	registration: ServiceWorkerRegistration | null
): Promise<boolean> {
	if (!(await updated.check())) return false;
	if (!registration) return true;
	await registration.update();
	const incoming = registration.installing ?? registration.waiting;
	if (!incoming) return registration.active?.state === 'activated';
	return new Promise<boolean>((done) => {
		const timer = setTimeout(() => done(false), INSTALL_WAIT_MS);
		// Cached and waiting: the kiosk, with nobody to ask, tells it to take over.
		const step = () => {
			if (incoming.state === 'installed') incoming.postMessage({ type: SKIP_WAITING });
			else if (incoming.state === 'activated' || incoming.state === 'redundant') {
				clearTimeout(timer);
				done(incoming.state === 'activated');
			}
		};
		incoming.addEventListener('statechange', step);
		step();
	});
}
