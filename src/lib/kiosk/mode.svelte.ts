/**
 * Whether this page runs as a kiosk, and the kiosk itself. Set once, in the browser, when the
 * page starts at /kiosk, and kept for the page's life. Components read it to leave out what a
 * public touch screen must not offer: links out of the map (articles, credits, other sites).
 */
import type { Kiosk } from './kiosk.svelte';

export const kioskMode = $state<{
	on: boolean;
	kiosk: Kiosk | null;
	/** Settings in the kiosk's URL that could not be used, each named. */
	problems: string[];
}>({ on: false, kiosk: null, problems: [] });
