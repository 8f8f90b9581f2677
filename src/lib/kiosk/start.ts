/**
 * Turns the explorer into a kiosk: reads its settings, locks the screen down, keeps an offline
 * copy, and starts the idle / attract rhythm. Called once by the explorer layout when the page
 * starts at /kiosk.
 */
import { resolve } from '$app/paths';
import type { Explorer } from '$lib/explorer.svelte';
import { locale } from '$lib/i18n/locale.svelte';
import type { TourChapter } from '$lib/schema/tour';
import { Kiosk } from './kiosk.svelte';
import { lockDown } from './lockdown';
import { kioskMode } from './mode.svelte';
import { keepOffline, newDeploymentReady } from './offline';
import { readKioskOptions } from './options';

export interface KioskScreen {
	explorer: Explorer;
	tour: TourChapter[];
	/** Moves the camera back to the whole district. */
	cameraHome(): void;
}

export function startKiosk({ explorer, tour, cameraHome }: KioskScreen): () => void {
	const search = location.search;
	const { options, problems } = readKioskOptions(search);
	for (const problem of problems) console.error(`kiosk setting: ${problem}`);
	const unlock = lockDown();
	const offline = keepOffline();
	locale.set(options.locale);

	const kiosk = new Kiosk(options, {
		chapters: tour.length,
		async reset() {
			(document.activeElement as HTMLElement | null)?.blur?.();
			locale.set(options.locale);
			await explorer.reset();
			document.getElementById('sidebar')?.scrollTo(0, 0);
			cameraHome();
		},
		showChapter: (index) => explorer.showChapter(tour[index]!.id),
		updateAvailable: async () => newDeploymentReady(await offline),
		reload: () => location.replace(resolve('/kiosk') + search)
	});
	kioskMode.kiosk = kiosk;
	kioskMode.problems = problems;
	kiosk.start();
	return () => {
		kiosk.stop();
		unlock();
		kioskMode.kiosk = null;
	};
}
