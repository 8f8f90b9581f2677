/**
 * The explorer's view-model wired to its surroundings: SvelteKit's router and fetches (the hooks
 * it takes), the window's shape, the address, the keys that work anywhere on the explorer and
 * where the keyboard goes back to. Called by the explorer layout and its components while they
 * start; the view-model itself (explorer.svelte.ts) knows none of them.
 */
import { onMount, untrack } from 'svelte';
import { innerHeight, innerWidth } from 'svelte/reactivity/window';
import { browser } from '$app/environment';
import { beforeNavigate, goto, preloadData } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { keepInAddress } from '$lib/address.svelte';
import { getScheme } from '$lib/colour-scheme.svelte';
import {
	Explorer,
	fullChapter,
	setExplorer,
	type Destination,
	type ExplorerHooks,
	type ExplorerIndex,
	type ExplorerPage,
	type FocusReturn
} from '$lib/explorer.svelte';
import { setSurface } from '$lib/surface';
import type { SearchEntry, Story } from '$lib/schema/story';

const url = (to: Destination) =>
	to.to === 'place'
		? resolve('/(explorer)/place/[id]', { id: to.id })
		: to.to === 'chapter'
			? resolve('/(explorer)/tour/[chapter]', { chapter: to.id })
			: null;

async function fetchJson<T>(path: string): Promise<T> {
	const response = await fetch(path);
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

/** The router: the explorer's moves are SvelteKit navigations, and the address follows them. */
function addressRouter(): Pick<ExplorerHooks, 'page' | 'navigate'> {
	return {
		page: () => page,
		navigate(to, { keepFocus, replaceState, keepMapView }) {
			const path = url(to) ?? resolve('/');
			const hash = keepMapView ? location.hash : '';
			// The query (language, legend choices) stays: it is the reader's, not the place's.
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolved above
			return goto(path + location.search + hash, { noScroll: true, keepFocus, replaceState });
		}
	};
}

/**
 * The kiosk's router: it moves between places and chapters by loading their pages' data, while
 * the address stays the kiosk's own (/kiosk and its settings). So the browser, reloading the
 * page (a watchdog, session restore, the kiosk's own daily reload), always finds the kiosk, and
 * its offline copy has that one page to serve. Of two moves under way the later one wins.
 */
function kioskRouter(): Pick<ExplorerHooks, 'page' | 'navigate'> {
	const home: ExplorerPage = { route: { id: page.route.id }, params: {}, data: page.data };
	let shown = $state.raw(home);
	let moves = 0;
	return {
		page: () => shown,
		async navigate(to) {
			const move = ++moves;
			let next = home;
			if (to.to !== 'home') {
				const path = url(to)!;
				const result = await preloadData(path);
				if (result.type !== 'loaded') throw new Error(`kiosk: ${path} could not be loaded`);
				next =
					to.to === 'place'
						? { route: { id: '/(explorer)/place/[id]' }, params: { id: to.id }, data: result.data }
						: {
								route: { id: '/(explorer)/tour/[chapter]' },
								params: { chapter: to.id },
								data: result.data
							};
			}
			if (move === moves) shown = next;
		}
	};
}

/** The router and the data files, for a kiosk (home is /kiosk) or an ordinary explorer. */
function kitHooks(indexUrl: string, kiosk: boolean): ExplorerHooks {
	return {
		...(kiosk ? kioskRouter() : addressRouter()),
		async loadStory(id) {
			const result = await preloadData(url({ to: 'place', id })!);
			return result.type === 'loaded' ? ((result.data.story as Story) ?? null) : null;
		},
		async loadChapter(id) {
			const result = await preloadData(url({ to: 'chapter', id })!);
			return result.type === 'loaded'
				? fullChapter(result.data.part as ExplorerIndex | undefined, id)
				: null;
		},
		loadSearch: () => fetchJson<SearchEntry[]>(resolve('/data/search.json')),
		loadIndex: () => fetchJson<ExplorerIndex>(indexUrl)
	};
}

/**
 * The explorer of the page being made: its view-model, in context for its components, wired to
 * the router, the window and the address. A page that starts at /kiosk stays a kiosk for its
 * whole life, and at that address: the kiosk's router moves between places and chapters without
 * leaving it.
 */
export function openExplorer(indexUrl: string): Explorer {
	const kiosk = untrack(() => page.route.id === '/(explorer)/kiosk');
	const explorer = new Explorer(
		untrack(() => kitHooks(indexUrl, kiosk)),
		{ kiosk, scheme: getScheme() }
	);
	setExplorer(explorer);
	setSurface(explorer);
	if (browser) {
		// The whole index (the list, every place's name for the map's picks) comes as one file the
		// browser keeps; the page already holds what it draws first.
		void explorer.loadIndex();
		// The kiosk's larger type applies before the map is made, so the first view clears the panel.
		document.documentElement.classList.toggle('kiosk', kiosk);
	}
	followWindow(explorer);
	if (kiosk) kioskLinks(explorer);
	startExplorer(explorer);
	// The legend's choices are in the address, so a link shows what the reader sees.
	keepInAddress(() => (explorer.linked ? explorer.linkParams : null));
	return explorer;
}

/**
 * A closed panel gives the keyboard back to where it was opened from: `focus` takes it for `to`
 * (a return asked for before the caller was made, remade with a new generation, is not its own).
 */
export function takeFocusBack(
	explorer: Explorer,
	to: FocusReturn['to'],
	focus: (place?: string) => void
) {
	const before = untrack(() => explorer.focusReturn);
	$effect(() => {
		const back = explorer.focusReturn;
		if (back !== before && back?.to === to) untrack(() => focus(back.place));
	});
}

/**
 * Once the page is up: an ordinary explorer takes what its link asks for (the legend's choices);
 * a kiosk fetches its code (only a kiosk's to fetch) and starts its watch, stopped with the page.
 */
function startExplorer(explorer: Explorer) {
	onMount(() => {
		if (!explorer.kiosk) {
			explorer.followLink(new URLSearchParams(location.search));
			return;
		}
		let stop: (() => void) | null = null;
		let mounted = true;
		void import('$lib/kiosk/start').then(({ startKiosk }) => {
			if (mounted) stop = startKiosk(explorer);
		});
		return () => {
			mounted = false;
			stop?.();
		};
	});
}

/**
 * On the kiosk a link to a place, a chapter or home moves the explorer instead of the browser,
 * so the address stays the kiosk's (other links the lockdown stops).
 */
function kioskLinks(explorer: Explorer) {
	beforeNavigate((navigation) => {
		if (navigation.type !== 'link' || !navigation.to?.route.id) return;
		const { route, params } = navigation.to;
		const id = params?.id;
		const chapter = params?.chapter;
		navigation.cancel();
		if (route.id === '/(explorer)/place/[id]' && id) void explorer.select(id, 'link');
		else if (route.id === '/(explorer)/tour/[chapter]' && chapter)
			void explorer.showChapter(chapter);
		else if (route.id === '/(explorer)/kiosk') void explorer.close();
	});
}

/** Where the panel sits beside the map rather than below it (the layout's CSS says the same). */
const WIDE = '(min-width: 60rem) and (min-aspect-ratio: 1/1)';

/**
 * Keeps the explorer's viewport in step with the window. The shape is known at once, before the
 * map is made, since the map frames its first view with it.
 */
function followWindow(explorer: Explorer) {
	if (browser)
		explorer.viewport = {
			wide: matchMedia(WIDE).matches,
			width: innerWidth.current ?? 1440,
			height: innerHeight.current ?? 900,
			rem: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
		};
	onMount(() => {
		const query = matchMedia(WIDE);
		const update = () => (explorer.viewport.wide = query.matches);
		query.addEventListener('change', update);
		return () => query.removeEventListener('change', update);
	});
	$effect(() => {
		explorer.viewport.width = innerWidth.current ?? 1440;
		explorer.viewport.height = innerHeight.current ?? 900;
	});
}

/** Keys that type or move inside a control keep their meaning there. */
const ownsArrows = (target: EventTarget | null) =>
	target instanceof Element &&
	!!target.closest('input, textarea, select, [role="listbox"], .maplibregl-map, .place-list');

/** Escape closes or ends the tour; left and right arrows turn the tour's chapters. */
export function explorerKeys(explorer: Explorer) {
	return (event: KeyboardEvent) => {
		if (event.key === 'Escape') void explorer.escape();
		else if (!ownsArrows(event.target) && !event.altKey && !event.ctrlKey) {
			const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
			if (step && explorer.turn(step)) event.preventDefault();
		}
	};
}
