/**
 * The kiosk's offline copy (src/service-worker.ts) and how a new deployment reaches it.
 */
import { dev } from '$app/environment';
import { resolve } from '$app/paths';
import { updated } from '$app/state';

/** Registers the service worker that caches the app, its data and the basemap. */
export async function keepOffline(): Promise<ServiceWorkerRegistration | null> {
	if (!('serviceWorker' in navigator)) return null;
	try {
		return await navigator.serviceWorker.register(resolve('/') + 'service-worker.js', {
			type: dev ? 'module' : 'classic'
		});
	} catch (error) {
		console.error('kiosk: the offline copy could not be set up:', error);
		return null;
	}
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
		incoming.addEventListener('statechange', () => {
			if (incoming.state === 'activated' || incoming.state === 'redundant') {
				clearTimeout(timer);
				done(incoming.state === 'activated');
			}
		});
	});
}

/**
 * Outside the kiosk nothing is served from an offline copy: a browser that once ran the kiosk
 * drops its service worker when it opens the ordinary site, so readers always get the deployed
 * pages and data.
 */
export async function dropOfflineCopy(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const registrations = await navigator.serviceWorker.getRegistrations();
	await Promise.all(registrations.map((r) => r.unregister()));
}
