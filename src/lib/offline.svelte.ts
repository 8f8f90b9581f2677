/**
 * The offline copy (src/service-worker.ts) as the page sees it: registered once the page has
 * loaded, for every reader, and watched for a new deployment. A new deployment's worker waits
 * until the reader chooses "Update" (`apply`), so pages are never mixed from two deployments
 * and nothing stale is served without the reader being told.
 */
import { SKIP_WAITING } from '$lib/offline-protocol';

/** The parts of the browser's service worker API this uses (so tests can stand in for it). */
export interface WorkerContainer extends EventTarget {
	readonly controller: object | null;
	register(url: string): Promise<WorkerRegistration>;
}
export interface WorkerRegistration extends EventTarget {
	readonly installing: Worker | null;
	readonly waiting: Worker | null;
	update(): Promise<unknown>;
}
interface Worker extends EventTarget {
	readonly state: string;
	postMessage(message: unknown): void;
}

/** How often an open page asks whether a new deployment is out. */
export const UPDATE_CHECK_MS = 30 * 60_000;

/** Registers the offline copy; null where the browser has none (or it failed, said once). */
export async function registerOffline<R>(
	container: { register(url: string): Promise<R> } | undefined,
	url: string
): Promise<R | null> {
	if (!container) return null;
	try {
		return await container.register(url);
	} catch (error) {
		console.error('offline: the offline copy could not be set up:', error);
		return null;
	}
}

export class OfflineUpdates {
	/** A new deployment is cached and waiting for the reader's "Update". */
	waiting = $state(false);
	#container: WorkerContainer;
	#registration: WorkerRegistration | null = null;
	#reload: () => void;

	constructor(container: WorkerContainer, reload: () => void) {
		this.#container = container;
		this.#reload = reload;
	}

	/** Watches a registration for a new deployment; returns a function that stops the checks. */
	watch(registration: WorkerRegistration): () => void {
		this.#registration = registration;
		// A page under an older worker's control with a newer one waiting (installed earlier).
		if (registration.waiting && this.#container.controller) this.waiting = true;
		registration.addEventListener('updatefound', () => {
			const incoming = registration.installing;
			incoming?.addEventListener('statechange', () => {
				// The first install has no controller yet: nothing to update from.
				if (incoming.state === 'installed' && this.#container.controller) this.waiting = true;
			});
		});
		// Asked now and then, and whenever the reader comes back to the page.
		const check = () => void registration.update().catch(() => undefined);
		const timer = setInterval(check, UPDATE_CHECK_MS);
		const onVisible = () => {
			if (document.visibilityState === 'visible') check();
		};
		globalThis.document?.addEventListener('visibilitychange', onVisible);
		return () => {
			clearInterval(timer);
			globalThis.document?.removeEventListener('visibilitychange', onVisible);
		};
	}

	/**
	 * Lets the waiting deployment take over, and reloads into it once it has: when the page is told
	 * its controller changed, or when the deployment's worker says it is in charge, whichever comes
	 * first (the page is only told if it is under the copy's control when the worker takes over).
	 * If it is no longer waiting (it took over already, as the browser may let it while the page
	 * reloads), the page simply reloads into it.
	 */
	apply() {
		const incoming = this.#registration?.waiting;
		if (!incoming) return this.#reload();
		let reloading = false;
		const reload = () => {
			if (reloading) return;
			reloading = true;
			this.#reload();
		};
		this.#container.addEventListener('controllerchange', reload, { once: true });
		incoming.addEventListener('statechange', () => {
			if (incoming.state === 'activated') reload();
		});
		incoming.postMessage({ type: SKIP_WAITING });
	}
}
