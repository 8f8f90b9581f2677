/**
 * Turns the explorer into a kiosk: reads its settings, locks the screen down, keeps an offline
 * copy, and starts the idle / attract rhythm. Called once by the explorer layout when its
 * view-model is a kiosk's.
 */
import { resolve } from '$app/paths';
import type { Explorer } from '$lib/explorer.svelte';
import { locale } from '$lib/i18n/locale.svelte';
import { Kiosk } from './kiosk.svelte';
import { lockDown } from './lockdown';
import { keepOffline, keepStreetTiles, newDeploymentReady } from './offline';
import { readKioskOptions } from './options';

export function startKiosk(explorer: Explorer): () => void {
	const search = location.search;
	const { options, problems } = readKioskOptions(search);
	for (const problem of problems) console.error(`kiosk setting: ${problem}`);
	const unlock = lockDown();
	const offline = keepOffline();
	void offline.then(keepStreetTiles);
	void locale.set(options.locale);
	const tour = explorer.index.tour;

	const kiosk = new Kiosk(options, {
		chapters: tour.length,
		async reset() {
			(document.activeElement as HTMLElement | null)?.blur?.();
			await locale.set(options.locale);
			await explorer.reset();
		},
		showChapter: (index) => explorer.showChapter(tour[index]!.id),
		updateAvailable: async () => newDeploymentReady(await offline),
		reload: () => location.replace(resolve('/kiosk') + search)
	});
	explorer.kioskRun = kiosk;
	explorer.kioskProblems = problems;
	kiosk.start();
	return () => {
		kiosk.stop();
		unlock();
		explorer.kioskRun = null;
	};
}
