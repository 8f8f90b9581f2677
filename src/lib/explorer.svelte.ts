/**
 * What the explorer remembers between components: the legend's choices, a pending choice among
 * places drawn at one spot, whether the phone drawer is open, where focus goes back to, and the
 * tour chapter a reader left to explore. The selected place and the tour chapter live in the URL
 * (/place/<id>, /tour/<chapter>), so links, history and reloads agree.
 */
import { createContext } from 'svelte';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { PLACE_KINDS, type Industry, type PlaceKind } from '$lib/schema/vocabulary';
import { LAYER_GROUPS, type LayerGroup, type PlaceFilter } from '$lib/map/style';

/** Where a selection came from, so closing the panel can return focus there. */
export type SelectionOrigin = 'map' | 'list' | 'search' | 'link' | 'tour';

export class Explorer {
	hiddenGroups = $state<LayerGroup[]>([]);
	industries = $state<Industry[]>([]);
	/** Places at one spot the reader must choose between; null when there is no such choice. */
	choice = $state<string[] | null>(null);
	drawerOpen = $state(false);
	/** A fact chosen in search, brought into view in the story. */
	focusFact = $state<string | null>(null);
	origin: SelectionOrigin = 'link';
	/**
	 * The place being opened while the URL catches up: the panel shows it at once instead of after
	 * the router's round of loads (and the map frame drawn meanwhile). Undefined: follow the URL.
	 */
	pending = $state<string | null | undefined>(undefined);
	/** The tour chapter being opened while the URL catches up (as `pending` is for places). */
	pendingChapter = $state<string | undefined>(undefined);
	/** The tour chapter the reader left to explore; "continue" goes back to it. */
	tourPaused = $state<string | null>(null);
	/** Bumped by `reset`, so components holding their own input (search) start afresh. */
	generation = $state(0);

	/**
	 * On the kiosk the URL stays clean (no map position in it), home is /kiosk, and moves replace
	 * the history entry: nobody goes back there, and the kiosk runs for days.
	 */
	readonly kiosk: boolean;

	constructor(kiosk = false) {
		this.kiosk = kiosk;
	}

	/** The tour chapter on show: the one being opened, else the URL's; none while a place opens. */
	get chapter(): string | undefined {
		return this.pending === undefined ? (this.pendingChapter ?? page.params.chapter) : undefined;
	}

	get filter(): PlaceFilter {
		const hidden: PlaceKind[] = this.hiddenGroups.flatMap((g) => LAYER_GROUPS[g]);
		return {
			kinds: PLACE_KINDS.filter((k) => !hidden.includes(k)),
			industries: [...this.industries]
		};
	}

	toggleGroup(group: LayerGroup) {
		this.hiddenGroups = this.hiddenGroups.includes(group)
			? this.hiddenGroups.filter((g) => g !== group)
			: [...this.hiddenGroups, group];
	}

	toggleIndustry(industry: Industry) {
		this.industries = this.industries.includes(industry)
			? this.industries.filter((i) => i !== industry)
			: [...this.industries, industry];
	}

	/** Opens a place's story, keeping the map's position in the URL hash. */
	select(id: string, origin: SelectionOrigin, fact: string | null = null) {
		// Choosing a place during the tour pauses it there.
		if (this.chapter) this.tourPaused = this.chapter;
		this.origin = origin;
		this.focusFact = fact;
		this.choice = null;
		this.drawerOpen = false;
		this.pending = id;
		this.pendingChapter = undefined;
		return this.#go(resolve(`/place/${id}${this.#hash()}`), { keepFocus: origin === 'map' });
	}

	close() {
		this.choice = null;
		this.pending = null;
		return this.#go(this.#home(), { keepFocus: true });
	}

	/** Shows a tour chapter (and resumes the tour if it was paused). */
	showChapter(id: string) {
		this.tourPaused = null;
		this.choice = null;
		this.drawerOpen = false;
		this.pending = undefined;
		this.pendingChapter = id;
		return this.#settle(
			goto(resolve('/(explorer)/tour/[chapter]', { chapter: id }), {
				noScroll: true,
				keepFocus: true,
				replaceState: this.kiosk
			})
		);
	}

	/** Leaves the tour's chapter for free exploration, keeping the place to come back to. */
	exploreHere(chapter: string) {
		this.tourPaused = chapter;
		this.pending = null;
		return this.#go(this.#home(), { keepFocus: true });
	}

	continueTour() {
		return this.tourPaused ? this.showChapter(this.tourPaused) : Promise.resolve();
	}

	endTour() {
		this.tourPaused = null;
		return this.close();
	}

	/** Back to the state a new visitor finds: no panel, filter, search or tour; home URL. */
	reset() {
		this.hiddenGroups = [];
		this.industries = [];
		this.choice = null;
		this.drawerOpen = false;
		this.focusFact = null;
		this.tourPaused = null;
		this.origin = 'link';
		this.generation++;
		this.pending = null;
		return this.#go(this.#home(), { keepFocus: false });
	}

	#home() {
		if (this.kiosk) return resolve('/kiosk');
		const hash = this.#hash();
		return hash ? resolve(`/#${hash.slice(1)}`) : resolve('/');
	}

	#hash() {
		return this.kiosk ? '' : location.hash;
	}

	/** Moves to a path made by `resolve` (every caller passes one). */
	#go(url: string, { keepFocus }: { keepFocus: boolean }) {
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolved by the callers
		return this.#settle(goto(url, { noScroll: true, keepFocus, replaceState: this.kiosk }));
	}

	#navigations = 0;

	/** Clears `pending` once the URL has caught up, unless a newer selection is under way. */
	async #settle(navigation: Promise<void>) {
		const mine = ++this.#navigations;
		try {
			await navigation;
		} finally {
			if (mine === this.#navigations) {
				this.pending = undefined;
				this.pendingChapter = undefined;
			}
		}
	}
}

const [getExplorer, setExplorer] = createContext<Explorer>();
export { getExplorer, setExplorer };
