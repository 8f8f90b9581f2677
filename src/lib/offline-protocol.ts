/** What the page and the service worker (src/service-worker.ts) say to each other. */

/** Sent to a waiting worker (a new deployment's) to take over now. */
export const SKIP_WAITING = 'skip-waiting';
