/**
 * The explorer's view-model: the one owner of what is on screen. The selected place and the tour
 * chapter live in the router's page (/place/<id>, /tour/<chapter>; on the kiosk a router of its
 * own that keeps the address at /kiosk) so links, history and reloads agree;
 * everything else the explorer shows (legend choices, a choice among places at one spot, the
 * drawer, a paused tour, the kiosk flag) lives here. Components read it from context
 * (`getExplorer`) and ask it to change; it reaches the router only through the hooks it is given,
 * so it runs in unit tests with fakes.
 */
import { createContext } from 'svelte';
import { locale } from '$lib/i18n/locale.svelte';
import { PANEL_LAYOUT } from '$lib/panel-layout';
import type { Kiosk } from '$lib/kiosk/kiosk.svelte';
import { fitScale, withMargin, type BBox } from '$lib/map/camera';
import type { MapScene, MapSpot, ScreenPadding } from '$lib/map/scene';
import type { FeatureCollection } from 'geojson';
import { KIOSK_LABEL_SCALE, LAYER_GROUPS, type LayerGroup, type PlaceFilter } from '$lib/map/style';
import { legendParams, linkLegend, type UnknownValue } from '$lib/link-state';
import type { AtlasArticle, PlaceEntry, SearchEntry, Story } from '$lib/schema/story';
import type { TourChapter, TourOutline } from '$lib/schema/tour';
import { PLACE_KINDS, type Industry, type PlaceKind } from '$lib/schema/vocabulary';
import type { Surface } from '$lib/surface';
import type { ColourScheme } from '$lib/theme';

/** Where a selection came from, so closing the panel can return focus there. */
export type SelectionOrigin = 'map' | 'list' | 'search' | 'link' | 'tour';

/** Where the explorer can go. */
export type Destination =
	{ to: 'home' } | { to: 'place'; id: string } | { to: 'chapter'; id: string };

export interface NavigateOptions {
	/** Leave focus where it is (a click on the map, a tour button). */
	keepFocus: boolean;
	/** Replace the history entry instead of adding one (the kiosk, which nobody goes back on). */
	replaceState: boolean;
	/** Carry the map's position (the URL hash) to the new URL. */
	keepMapView: boolean;
}

/** The router's page as the explorer reads it (SvelteKit's `page` from $app/state fits). */
export interface ExplorerPage {
	route: { id: string | null };
	params: { id?: string; chapter?: string };
	/** A place's page carries its story; every page carries its own share of the index. */
	data: { story?: Story | null; part?: ExplorerIndex };
}

/** What the explorer needs from outside: the router, and a way to load a place's story. */
export interface ExplorerHooks {
	/** The page on show (reactive when it is SvelteKit's). */
	page(): ExplorerPage;
	navigate(destination: Destination, options: NavigateOptions): Promise<void>;
	/** Fetches a place's story (its page's data), or null when it cannot. */
	loadStory(id: string): Promise<Story | null>;
	/** Fetches a tour chapter in full (its page's data), or null when it cannot. */
	loadChapter(id: string): Promise<TourChapter | null>;
	/** Fetches the search index. */
	loadSearch(): Promise<SearchEntry[]>;
	/** Fetches the explorer's whole index. */
	loadIndex(): Promise<ExplorerIndex>;
}

/**
 * The explorer's share of the atlas: every place, the tour's outline and the articles' titles. A
 * page carries the part it draws (same shape, fewer entries); the whole one is fetched once.
 */
export interface ExplorerIndex {
	places: PlaceEntry[];
	/**
	 * The chapters by their outline. A chapter's page has its own chapter in full; others come
	 * with their pages' data, fetched when shown or ahead of it.
	 */
	tour: (TourChapter | TourOutline)[];
	articles: Record<string, AtlasArticle>;
}

/** The colour scheme on screen, as the explorer reads it (the page's SchemeState fits). */
export interface ShownScheme {
	readonly current: ColourScheme;
}
const LIGHT: ShownScheme = { current: 'light' };

const EMPTY_INDEX: ExplorerIndex = Object.freeze({ places: [], tour: [], articles: {} });

/** The window, as far as the map's framing cares. */
export interface Viewport {
	/** The side-by-side layout (a panel over the map's right side) rather than a sheet below. */
	wide: boolean;
	/** Window width in CSS px. */
	width: number;
	/** Window height in CSS px. */
	height: number;
	/** Root font size in px (larger on the kiosk). */
	rem: number;
}

/**
 * Room the side panel takes at most within the map area (the window less the sidebar), kept clear
 * when a place is framed. Computed, not measured, so it is right before the first layout. On
 * narrow screens the story is a sheet below the map, so the whole map is clear.
 */
export function panelPadding({ wide, width, rem }: Viewport): ScreenPadding {
	if (!wide) return {};
	const area = width - rem * PANEL_LAYOUT.sidebar;
	const panel = Math.max(
		0,
		Math.min(rem * PANEL_LAYOUT.panel, area - rem * PANEL_LAYOUT.mapLeftClear)
	);
	return { right: panel + rem * PANEL_LAYOUT.gap };
}

/**
 * Room the home page's card takes, kept clear when the home view is framed: on wide screens the
 * card stands over the map's top right, so the view goes beside it or below it, whichever shows
 * `home` larger (below on windows too narrow for both side by side). The card is at most
 * PANEL_LAYOUT.card tall (the panel's CSS holds it to that).
 */
export function cardPadding(viewport: Viewport, home: BBox): ScreenPadding {
	const beside = panelPadding(viewport);
	if (!viewport.wide) return beside;
	const { width, height, rem } = viewport;
	const map = { width: width - rem * PANEL_LAYOUT.sidebar, height };
	const below = { top: rem * (PANEL_LAYOUT.card + 2 * PANEL_LAYOUT.gap) };
	const scale = (padding: ScreenPadding) => fitScale(home, withMargin(padding, map), map);
	return scale(below) > scale(beside) ? below : beside;
}

/** A station or line shown on the map from search. */
export interface SpotOnMap extends MapSpot {
	type: 'station' | 'line';
	label: string;
	label_zh?: string;
	lines?: string[];
}

/** The ring drawn on a station shown from search (the map's overlay). */
function spotMark(spot: SpotOnMap): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { role: 'spot' },
				geometry: { type: 'Point', coordinates: spot.anchor }
			}
		]
	};
}

/** Where focus goes back to when a panel closes; `seq` makes each request new. */
export interface FocusReturn {
	/** `drawer`: the phone's drawer closed on a choice; its toggle takes the keyboard back. */
	to: 'list' | 'search' | 'map' | 'drawer';
	/** The place whose list link takes focus (`to: 'list'`). */
	place?: string;
	seq: number;
}

export class Explorer implements Surface {
	/**
	 * On the kiosk the address stays /kiosk (its hooks move between pages' data without the
	 * browser's router, so any reload is the kiosk again and no history piles up), no map
	 * position goes into it, and no link leaves the map.
	 */
	readonly kiosk: boolean;
	/** The whole index once fetched; until then the page's own part. */
	readonly index: ExplorerIndex;
	readonly places: Record<string, PlaceEntry>;
	/** Whether the whole index is here (the list of every place can be drawn). */
	readonly complete: boolean;

	hiddenGroups = $state<LayerGroup[]>([]);
	industries = $state<Industry[]>([]);
	/**
	 * Whether the legend choices a link carries have been read (`followLink`); from then on the
	 * address follows the legend.
	 */
	linked = $state(false);
	/** Values the link asked for that the atlas does not have, said over the map until dismissed. */
	linkProblems = $state<UnknownValue[]>([]);
	/** Places at one spot the reader must choose between; null when there is no such choice. */
	choice = $state<string[] | null>(null);
	drawerOpen = $state(false);
	/** A fact chosen in search, brought into view in the story. */
	focusFact = $state<string | null>(null);
	/** A station or line chosen in search, shown on the map; null when there is none. */
	spot = $state.raw<SpotOnMap | null>(null);
	/** Where the current selection came from. */
	origin: SelectionOrigin = 'link';
	/**
	 * The place being opened while the URL catches up: the panel shows it at once instead of after
	 * the router's round of loads. Undefined: follow the URL.
	 */
	pending = $state<string | null | undefined>(undefined);
	/** The tour chapter being opened while the URL catches up (as `pending` is for places). */
	pendingChapter = $state<string | undefined>(undefined);
	/** The tour chapter the reader left to explore; "continue" goes back to it. */
	tourPaused = $state<string | null>(null);
	/** Bumped by `reset`: components holding their own input start afresh, the camera goes home. */
	generation = $state(0);
	/** Where focus goes when a panel closes; the component that owns the target moves it. */
	focusReturn = $state<FocusReturn | null>(null);
	/** The window, set by the layout. */
	viewport = $state<Viewport>({ wide: true, width: 1440, height: 900, rem: 16 });
	/** The kiosk's rhythm, while it runs. */
	kioskRun = $state.raw<Kiosk | null>(null);
	/** Kiosk settings in the URL that could not be used, each named. */
	kioskProblems = $state.raw<string[]>([]);

	/** The search index, once fetched (on the reader's first search). */
	searchEntries = $state.raw<SearchEntry[] | null>(null);
	#searchLoading: Promise<void> | null = null;
	/** Counts stations shown from search: a later one (or a selection) wins over one on its way. */
	#spotMoves = 0;
	#whole = $state.raw<ExplorerIndex | null>(null);
	#indexLoading: Promise<void> | null = null;

	/** The tour chapter on show: the one being opened, else the URL's; none while a place opens. */
	readonly chapter: TourChapter | null;
	readonly chapterIndex: number;
	readonly previous: TourOutline | null;
	readonly next: TourOutline | null;
	/** The tour's start page, whose card shows on every screen size. */
	readonly tourStart: boolean;
	/** The place on show: the one being opened, the chapter's, or the URL's. */
	readonly selected: PlaceEntry | null;
	/** The selected place's story, or null while it loads. */
	readonly story: Story | null;
	/** The places at one spot the reader must choose between. */
	readonly choices: PlaceEntry[] | null;
	/** The chapter the reader left, while no chapter is on show. */
	readonly paused: TourOutline | null;
	readonly filter: PlaceFilter;
	/**
	 * The panel shows the home page's card (what it shows when nothing else is, ExplorerPanel):
	 * the map frames its view clear of the card rather than of a whole panel.
	 */
	readonly homeCard: boolean;
	readonly padding: ScreenPadding;
	/** The ring on a station shown from search: a new value only when the spot changes. */
	readonly spotOverlay: FeatureCollection | null;
	/** Everything the map shows, as one frozen value: a change is a new value. */
	readonly scene: MapScene;

	/** Stories fetched so far, by place id. */
	#stories = $state<Record<string, Story>>({});
	/** Tour chapters fetched in full so far, by id. */
	#chapters = $state<Record<string, TourChapter>>({});
	/** Fetches under way, by what they fetch: a second ask waits for the first. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never on screen
	#fetching = new Map<string, Promise<void>>();
	#hooks: ExplorerHooks;
	#navigations = 0;

	/**
	 * `kiosk`: a public touch screen for the explorer's whole life. `scheme`: the page's colour
	 * scheme (the root layout's, from context), which the map is drawn in.
	 */
	constructor(
		hooks: ExplorerHooks,
		{ kiosk = false, scheme = LIGHT }: { kiosk?: boolean; scheme?: ShownScheme } = {}
	) {
		this.#hooks = hooks;
		this.kiosk = kiosk;
		this.index = $derived(this.#whole ?? hooks.page().data.part ?? EMPTY_INDEX);
		this.complete = $derived(this.#whole !== null);
		this.places = $derived(Object.fromEntries(this.index.places.map((p) => [p.id, p])));
		const tour = () => this.index.tour;
		/** A chapter of the tour, if it is here in full (fetched, or carried by the page). */
		const full = (id: string | undefined) =>
			id && tour().some((c) => c.id === id)
				? (this.#chapters[id] ?? fullChapter(hooks.page().data.part, id))
				: null;
		this.chapter = $derived.by(() => {
			if (this.pending !== undefined) return null;
			// The one being opened once it is here; until then the URL's stays on show.
			return full(this.pendingChapter) ?? full(hooks.page().params.chapter);
		});
		this.chapterIndex = $derived(
			this.chapter ? tour().findIndex((c) => c.id === this.chapter!.id) : -1
		);
		this.previous = $derived(tour()[this.chapterIndex - 1] ?? null);
		this.next = $derived(this.chapterIndex === -1 ? null : (tour()[this.chapterIndex + 1] ?? null));
		this.tourStart = $derived(
			this.pending === undefined && hooks.page().route.id === '/(explorer)/tour'
		);
		this.selected = $derived.by(() => {
			const id =
				this.pending !== undefined
					? this.pending
					: (this.chapter?.open ?? hooks.page().params.id ?? null);
			return id ? (this.places[id] ?? null) : null;
		});
		this.story = $derived.by(() => {
			const id = this.selected?.id;
			if (!id) return null;
			const fromPage = hooks.page().data.story;
			return this.#stories[id] ?? (fromPage?.id === id ? fromPage : null);
		});
		this.choices = $derived(this.choice?.map((id) => this.places[id]!) ?? null);
		this.paused = $derived(
			!this.chapter && this.tourPaused
				? (tour().find((c) => c.id === this.tourPaused) ?? null)
				: null
		);
		this.filter = $derived.by(() => {
			const hidden: PlaceKind[] = this.hiddenGroups.flatMap((g) => LAYER_GROUPS[g]);
			return {
				kinds: PLACE_KINDS.filter((k) => !hidden.includes(k)),
				industries: [...this.industries]
			};
		});
		this.homeCard = $derived(!this.selected && !this.chapter && !this.kiosk && !this.tourStart);
		this.padding = $derived.by(() => {
			const home = this.index.places.find((p) => p.kind === 'district')?.bbox;
			return this.homeCard && home ? cardPadding(this.viewport, home) : panelPadding(this.viewport);
		});
		this.spotOverlay = $derived(this.spot?.type === 'station' ? spotMark(this.spot) : null);
		this.scene = $derived(
			Object.freeze({
				selected: this.selected,
				chapter: this.chapter,
				filter: this.filter,
				locale: locale.current,
				scheme: scheme.current,
				labelScale: this.kiosk ? KIOSK_LABEL_SCALE : 1,
				overlay: this.spotOverlay,
				padding: this.padding,
				home: this.generation,
				spot: this.spot
			})
		);
	}

	/**
	 * Shows or hides a layer. Like every choice made in the phone's drawer, it closes the drawer,
	 * so the reader sees what it did to the map.
	 */
	toggleGroup(group: LayerGroup) {
		this.hiddenGroups = this.hiddenGroups.includes(group)
			? this.hiddenGroups.filter((g) => g !== group)
			: [...this.hiddenGroups, group];
		this.#drawerDone();
	}

	/** Adds an industry to the filter or takes it out (closing the phone's drawer). */
	toggleIndustry(industry: Industry) {
		this.industries = this.industries.includes(industry)
			? this.industries.filter((i) => i !== industry)
			: [...this.industries, industry];
		this.#drawerDone();
	}

	/** Takes the legend choices a link carries (`?hide=towns&industry=hydrogen`). */
	followLink(query: URLSearchParams) {
		const { hidden, industries, unknown } = linkLegend(query);
		this.hiddenGroups = hidden;
		this.industries = industries;
		this.linkProblems = unknown;
		this.linked = true;
	}

	dismissLinkProblems() {
		this.linkProblems = [];
	}

	/** The query parameters that make a link to the legend's choices. */
	get linkParams() {
		return legendParams({ hidden: this.hiddenGroups, industries: this.industries });
	}

	/** Every industry again, every layer shown (closing the phone's drawer). */
	clearFilters() {
		this.industries = [];
		this.hiddenGroups = [];
		this.#drawerDone();
	}

	/** Shows every industry again (the legend's "All"), closing the phone's drawer. */
	allIndustries() {
		this.industries = [];
		this.#drawerDone();
	}

	/**
	 * A place's link in the list was followed (the router opens it): the selection came from the
	 * list, and the phone's drawer closes so the place's sheet and the map show.
	 */
	listFollowed() {
		this.origin = 'list';
		this.drawerOpen = false;
	}

	/** Closes the drawer after a choice in it; its toggle gets the keyboard back. */
	#drawerDone() {
		if (!this.drawerOpen) return;
		this.drawerOpen = false;
		this.focusReturn = { to: 'drawer', seq: (this.focusReturn?.seq ?? 0) + 1 };
	}

	/** Fetches a place's story ahead of a click (on hover or focus); harmless to repeat. */
	prefetch(id: string): Promise<void> {
		if (this.#stories[id] || !this.places[id]) return Promise.resolve();
		return this.#fetchOnce(
			`place/${id}`,
			() => this.#hooks.loadStory(id),
			(story) => {
				this.#stories[id] = story;
			}
		);
	}

	/** Fetches a tour chapter in full ahead of showing it; harmless to repeat. */
	prefetchChapter(id: string): Promise<void> {
		if (this.#chapters[id] || !this.index.tour.some((c) => c.id === id)) return Promise.resolve();
		return this.#fetchOnce(
			`tour/${id}`,
			() => this.#hooks.loadChapter(id),
			(chapter) => {
				this.#chapters[id] = chapter;
			}
		);
	}

	/** Runs `load` unless the same fetch is under way, and keeps what it brings. */
	#fetchOnce<T>(key: string, load: () => Promise<T | null>, keep: (value: T) => void) {
		let fetching = this.#fetching.get(key);
		if (!fetching) {
			fetching = load()
				.then((value) => void (value && keep(value)))
				.catch(() => undefined)
				.finally(() => this.#fetching.delete(key));
			this.#fetching.set(key, fetching);
		}
		return fetching;
	}

	/** Fetches the whole index once; a failed fetch is tried again on the next call. */
	loadIndex() {
		this.#indexLoading ??= this.#hooks
			.loadIndex()
			.then((index) => void (this.#whole = index))
			.catch((error: unknown) => {
				this.#indexLoading = null;
				console.error('explorer: the index could not be fetched:', error);
			});
		return this.#indexLoading;
	}

	/** Fetches the search index once; a failed fetch is tried again on the next search. */
	loadSearch() {
		this.#searchLoading ??= this.#hooks
			.loadSearch()
			.then((entries) => void (this.searchEntries = entries))
			.catch((error: unknown) => {
				this.#searchLoading = null;
				console.error('search: the index could not be fetched:', error);
			});
		return this.#searchLoading;
	}

	/** Opens a place's story, keeping the map's position in the URL. */
	select(id: string, origin: SelectionOrigin, fact: string | null = null) {
		// Choosing a place during the tour pauses it there.
		if (this.chapter) this.tourPaused = this.chapter.id;
		this.origin = origin;
		this.focusFact = fact;
		this.choice = null;
		this.drawerOpen = false;
		this.spot = null;
		this.#spotMoves++;
		this.pending = id;
		this.pendingChapter = undefined;
		void this.prefetch(id);
		return this.#go({ to: 'place', id }, origin === 'map');
	}

	/** What a click or tap on the map picked: one place, several at one spot, or empty map. */
	pick(ids: string[]) {
		if (ids.length === 1) return this.select(ids[0]!, 'map');
		if (ids.length > 1) {
			this.choice = ids;
			return Promise.resolve();
		}
		// A tap on empty map during the tour pauses it there, like choosing a place does.
		if (this.chapter && !this.choice) return this.exploreHere(this.chapter.id);
		if (this.selected || this.choice) return this.close();
		this.spot = null;
		return Promise.resolve();
	}

	/**
	 * Shows a station or line found in search on the map: the camera frames it and a station is
	 * ringed. It is not a place, so no story opens; an open one closes (a tour chapter pauses).
	 */
	showSpot(entry: SearchEntry) {
		if (!entry.spot) return Promise.resolve();
		if (this.chapter) this.tourPaused = this.chapter.id;
		this.choice = null;
		this.drawerOpen = false;
		this.focusFact = null;
		this.origin = 'search';
		const spot: SpotOnMap = {
			id: entry.id,
			type: entry.type === 'station' ? 'station' : 'line',
			label: entry.label,
			...(entry.label_zh && { label_zh: entry.label_zh }),
			...(entry.lines && { lines: entry.lines }),
			...entry.spot
		};
		if (!this.selected && !this.chapter) {
			this.spot = spot;
			return Promise.resolve();
		}
		// The story closes at once; the camera moves once the address is home, so the view the
		// map writes into it is the station's, not the one the address had before.
		this.spot = null;
		this.pending = null;
		const mine = ++this.#spotMoves;
		return this.#go({ to: 'home' }, true).then(() => {
			if (mine === this.#spotMoves && !this.selected && !this.chapter) this.spot = spot;
		});
	}

	/**
	 * Closes the panel; focus goes back to where the selection came from (on phones the list is
	 * in the closed drawer, so to the drawer's toggle).
	 */
	close() {
		const place = this.selected?.id;
		const fromList = this.origin === 'list' && place;
		const to: FocusReturn['to'] = fromList
			? this.viewport.wide
				? 'list'
				: 'drawer'
			: this.origin === 'search'
				? 'search'
				: 'map';
		this.choice = null;
		this.spot = null;
		this.pending = null;
		const closing = this.#go({ to: 'home' }, true);
		return closing.then(() => {
			this.focusReturn = { to, place, seq: (this.focusReturn?.seq ?? 0) + 1 };
		});
	}

	/**
	 * Escape: closes the phone's drawer, else ends the tour, else closes the panel or the choice,
	 * else clears a station shown.
	 */
	escape() {
		if (this.drawerOpen) {
			this.#drawerDone();
			return Promise.resolve();
		}
		if (this.chapter) return this.endTour();
		if (this.selected || this.choice) return this.close();
		this.spot = null;
		return Promise.resolve();
	}

	/** Shows a tour chapter (and resumes the tour if it was paused). */
	showChapter(id: string) {
		this.tourPaused = null;
		this.choice = null;
		this.drawerOpen = false;
		this.spot = null;
		this.pending = undefined;
		this.pendingChapter = id;
		void this.prefetchChapter(id);
		return this.#settle(
			this.#hooks.navigate(
				{ to: 'chapter', id },
				{ keepFocus: true, replaceState: this.kiosk, keepMapView: false }
			)
		);
	}

	/** One chapter on (+1) or back (-1); false when there is none that way. */
	turn(step: 1 | -1): boolean {
		const target = step === 1 ? this.next : this.previous;
		if (!this.chapter || !target) return false;
		void this.showChapter(target.id);
		return true;
	}

	/** Leaves the tour's chapter for free exploration, keeping the place to come back to. */
	exploreHere(chapter: string) {
		this.tourPaused = chapter;
		this.pending = null;
		return this.#go({ to: 'home' }, true);
	}

	continueTour() {
		return this.tourPaused ? this.showChapter(this.tourPaused) : Promise.resolve();
	}

	endTour() {
		this.tourPaused = null;
		return this.close();
	}

	/** Back to the state a new visitor finds: no panel, filter, search or tour; camera and URL home. */
	reset() {
		this.hiddenGroups = [];
		this.industries = [];
		this.choice = null;
		this.drawerOpen = false;
		this.focusFact = null;
		this.spot = null;
		this.tourPaused = null;
		this.focusReturn = null;
		this.origin = 'link';
		this.generation++;
		this.pending = null;
		return this.#go({ to: 'home' }, false);
	}

	#go(destination: Destination, keepFocus: boolean) {
		return this.#settle(
			this.#hooks.navigate(destination, {
				keepFocus,
				replaceState: this.kiosk,
				keepMapView: !this.kiosk
			})
		);
	}

	/** Clears `pending` once the URL has caught up, unless a newer move is under way. */
	async #settle(navigation: Promise<void>) {
		const mine = ++this.#navigations;
		try {
			await navigation;
		} finally {
			if (mine === this.#navigations) {
				const { story, part } = this.#hooks.page().data;
				if (story && !this.#stories[story.id]) this.#stories[story.id] = story;
				for (const chapter of part?.tour ?? [])
					if (isFullChapter(chapter) && !this.#chapters[chapter.id])
						this.#chapters[chapter.id] = chapter;
				this.pending = undefined;
				this.pendingChapter = undefined;
			}
		}
	}
}

/**
 * Whether a chapter is here in full (its facts, frame and line), not only its outline. (Here, not
 * in the zod schema's module, which the browser need not load.)
 */
export const isFullChapter = (chapter: TourOutline): chapter is TourChapter => 'facts' in chapter;

/** A chapter a page's part of the index carries in full. */
export function fullChapter(part: ExplorerIndex | undefined, id: string): TourChapter | null {
	const found = part?.tour.find((c) => c.id === id);
	return found && isFullChapter(found) ? found : null;
}

const [getExplorer, setExplorer] = createContext<Explorer>();
export { getExplorer, setExplorer };
