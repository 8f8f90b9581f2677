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
 * True when a newer deployment is on the server and its offline copy is ready (or could not be
 * made in time): the kiosk may reload into it. False offline or when nothing changed.
 */
export async function newDeploymentReady(
	registration: ServiceWorkerRegistration | null
): Promise<boolean> {
	if (!(await updated.check())) return false;
	if (!registration) return true;
	await registration.update();
	const incoming = registration.installing ?? registration.waiting;
	if (!incoming) return true;
	await new Promise<void>((done) => {
		const timer = setTimeout(done, INSTALL_WAIT_MS);
		incoming.addEventListener('statechange', () => {
			if (incoming.state === 'activated' || incoming.state === 'redundant') {
				clearTimeout(timer);
				done();
			}
		});
	});
	return true;
}
