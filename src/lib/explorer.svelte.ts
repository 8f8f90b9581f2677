/**
 * What the explorer remembers between components: the legend's choices, a pending choice among
 * places drawn at one spot, whether the phone drawer is open, and where focus goes back to.
 * The selected place itself lives in the URL (/place/<id>), so links, history and reloads agree.
 */
import { createContext } from 'svelte';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { PLACE_KINDS, type Industry, type PlaceKind } from '$lib/schema/vocabulary';
import { LAYER_GROUPS, type LayerGroup, type PlaceFilter } from '$lib/map/style';

/** Where a selection came from, so closing the panel can return focus there. */
export type SelectionOrigin = 'map' | 'list' | 'search' | 'link';

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
		this.origin = origin;
		this.focusFact = fact;
		this.choice = null;
		this.drawerOpen = false;
		this.pending = id;
		return this.#settle(
			goto(resolve(`/place/${id}${location.hash}`), {
				noScroll: true,
				keepFocus: origin === 'map'
			})
		);
	}

	close() {
		this.choice = null;
		this.pending = null;
		const home = location.hash ? resolve(`/#${location.hash.slice(1)}`) : resolve('/');
		return this.#settle(goto(home, { noScroll: true, keepFocus: true }));
	}

	#navigations = 0;

	/** Clears `pending` once the URL has caught up, unless a newer selection is under way. */
	async #settle(navigation: Promise<void>) {
		const mine = ++this.#navigations;
		try {
			await navigation;
		} finally {
			if (mine === this.#navigations) this.pending = undefined;
		}
	}
}

const [getExplorer, setExplorer] = createContext<Explorer>();
export { getExplorer, setExplorer };
