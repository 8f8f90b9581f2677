/**
 * The offline copy's update rule, with a stand-in for the browser's service worker API: a new
 * deployment is offered, never forced; "Update" lets it take over and the page reloads into it.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { SKIP_WAITING } from './offline-protocol';
import { OfflineUpdates, registerOffline, UPDATE_CHECK_MS } from './offline.svelte';

class FakeWorker extends EventTarget {
	state = 'installing';
	messages: unknown[] = [];
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	become(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	updates = 0;
	async update() {
		this.updates++;
	}
	/** A new deployment's worker starts installing. */
	found() {
		const worker = new FakeWorker();
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
		return worker;
	}
}

class FakeContainer extends EventTarget {
	constructor(public controller: object | null) {
		super();
	}
	registration = new FakeRegistration();
	async register() {
		return this.registration;
	}
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('a new deployment installed under a working copy is offered; Update reloads into it', () => {
	const container = new FakeContainer({});
	const reloads: number[] = [];
	const updates = new OfflineUpdates(container, () => reloads.push(1));
	updates.watch(container.registration);
	expect(updates.waiting).toBe(false);

	const incoming = container.registration.found();
	incoming.become('installed');
	container.registration.installing = null;
	container.registration.waiting = incoming;
	expect(updates.waiting).toBe(true);
	// Nothing happens until the reader asks.
	expect(incoming.messages).toEqual([]);
	expect(reloads).toEqual([]);

	updates.apply();
	expect(incoming.messages).toEqual([{ type: SKIP_WAITING }]);
	expect(reloads).toEqual([]);
	container.dispatchEvent(new Event('controllerchange'));
	expect(reloads).toEqual([1]);
	// Once only.
	container.dispatchEvent(new Event('controllerchange'));
	expect(reloads).toEqual([1]);
});

test('Update reloads once the deployment says it is in charge, if the page was not told', () => {
	const container = new FakeContainer({});
	const incoming = new FakeWorker();
	incoming.state = 'installed';
	container.registration.waiting = incoming;
	const reloads: number[] = [];
	const updates = new OfflineUpdates(container, () => reloads.push(1));
	updates.watch(container.registration);
	updates.apply();
	incoming.become('activating');
	expect(reloads).toEqual([]);
	incoming.become('activated');
	expect(reloads).toEqual([1]);
	// Told as well, the page still reloads once.
	container.dispatchEvent(new Event('controllerchange'));
	expect(reloads).toEqual([1]);
});

test('Update on a deployment that already took over (while the page reloaded) just reloads', () => {
	const container = new FakeContainer({});
	container.registration.waiting = new FakeWorker();
	const reloads: number[] = [];
	const updates = new OfflineUpdates(container, () => reloads.push(1));
	updates.watch(container.registration);
	expect(updates.waiting).toBe(true);
	container.registration.waiting = null;
	updates.apply();
	expect(reloads).toEqual([1]);
});

test('the first install (no copy in charge yet) offers nothing', () => {
	const container = new FakeContainer(null);
	const updates = new OfflineUpdates(container, () => undefined);
	updates.watch(container.registration);
	container.registration.found().become('installed');
	expect(updates.waiting).toBe(false);
});

test('a deployment already waiting when the page opens is offered at once', () => {
	const container = new FakeContainer({});
	container.registration.waiting = new FakeWorker();
	const updates = new OfflineUpdates(container, () => undefined);
	updates.watch(container.registration);
	expect(updates.waiting).toBe(true);
});

test('an open page asks for a new deployment every half hour, until it stops', async () => {
	const container = new FakeContainer({});
	const updates = new OfflineUpdates(container, () => undefined);
	const stop = updates.watch(container.registration);
	await vi.advanceTimersByTimeAsync(UPDATE_CHECK_MS * 2);
	expect(container.registration.updates).toBe(2);
	stop();
	await vi.advanceTimersByTimeAsync(UPDATE_CHECK_MS * 2);
	expect(container.registration.updates).toBe(2);
});

test('registering says why it failed and goes on without an offline copy', async () => {
	const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
	const failing = { register: () => Promise.reject(new Error('insecure origin')) };
	expect(await registerOffline(failing, '/service-worker.js')).toBeNull();
	expect(error).toHaveBeenCalledWith(
		'offline: the offline copy could not be set up:',
		expect.any(Error)
	);
	expect(await registerOffline(undefined, '/service-worker.js')).toBeNull();
	error.mockRestore();
});
