import { loadAtlas } from '$lib/content/load';

/**
 * Every story comes with the explorer, once: selecting a place then needs no request, which keeps
 * click-to-panel fast and lets a kiosk keep working if the network drops.
 */
export function load() {
	return { atlas: loadAtlas() };
}
