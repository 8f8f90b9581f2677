/** What the page and the service worker (src/service-worker.ts) say to each other. */

/** Sent to a waiting worker (a new deployment's) to take over now. */
export const SKIP_WAITING = 'skip-waiting';

/**
 * Sent by the kiosk to the worker in charge: keep every street tile offline, in this deployment
 * and the next ones. The worker answers on the message's port with `STREETS_KEPT`.
 */
export const KEEP_STREETS = 'keep-streets';
export const STREETS_KEPT = 'streets-kept';

/** The answer to `KEEP_STREETS`: how many tiles are kept, or why they could not be. */
export type StreetsKept =
	{ type: typeof STREETS_KEPT; tiles: number } | { type: typeof STREETS_KEPT; error: string };
