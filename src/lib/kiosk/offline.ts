/**
 * How a new deployment reaches the kiosk: unattended, with no "Update" to press. The offline
 * copy itself (src/service-worker.ts) is every reader's; the kiosk lets a new one take over by
 * itself and reloads at its next idle reset.
 */
import { dev } from '$app/environment';
import { resolve } from '$app/paths';
import { updated } from '$app/state';
import { registerOffline } from '$lib/offline.svelte';
import { SKIP_WAITING } from '$lib/offline-protocol';

/** Registers the offline copy (the same one every page registers), or null without one. */
export function keepOffline(): Promise<ServiceWorkerRegistration | null> {
	if (dev) return Promise.resolve(null);
	return registerOffline(navigator.serviceWorker, resolve('/') + 'service-worker.js');
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
