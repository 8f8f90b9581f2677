/**
 * The explorer's view-model wired to its surroundings: SvelteKit's router and fetches (the hooks
 * it takes), the window's shape, and the keys that work anywhere on the explorer. Called by the
 * explorer layout while it starts; the view-model itself (explorer.svelte.ts) knows none of them.
 */
import { onMount } from 'svelte';
import { innerWidth } from 'svelte/reactivity/window';
import { browser } from '$app/environment';
import { goto, preloadData } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { Destination, Explorer, ExplorerHooks, ExplorerIndex } from '$lib/explorer.svelte';
import type { SearchEntry, Story } from '$lib/schema/story';
import { isFullChapter } from '$lib/schema/tour';

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

/** The router and the data files, for a kiosk (home is /kiosk) or an ordinary explorer. */
export function kitHooks(indexUrl: string, kiosk: boolean): ExplorerHooks {
	return {
		page: () => page,
		navigate(to, { keepFocus, replaceState, keepMapView }) {
			const path = url(to) ?? (kiosk ? resolve('/kiosk') : resolve('/'));
			const hash = keepMapView ? location.hash : '';
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolved above
			return goto(path + hash, { noScroll: true, keepFocus, replaceState });
		},
		async loadStory(id) {
			const result = await preloadData(url({ to: 'place', id })!);
			return result.type === 'loaded' ? ((result.data.story as Story) ?? null) : null;
		},
		async loadChapter(id) {
			const result = await preloadData(url({ to: 'chapter', id })!);
			if (result.type !== 'loaded') return null;
			const found = (result.data.part as ExplorerIndex | undefined)?.tour.find((c) => c.id === id);
			return found && isFullChapter(found) ? found : null;
		},
		loadSearch: () => fetchJson<SearchEntry[]>(resolve('/data/search.json')),
		loadIndex: () => fetchJson<ExplorerIndex>(indexUrl)
	};
}

/** Where the panel sits beside the map rather than below it (the layout's CSS says the same). */
const WIDE = '(min-width: 60rem) and (min-aspect-ratio: 1/1)';

/**
 * Keeps the explorer's viewport in step with the window. The shape is known at once, before the
 * map is made, since the map frames its first view with it.
 */
export function followWindow(explorer: Explorer) {
	if (browser)
		explorer.viewport = {
			wide: matchMedia(WIDE).matches,
			width: innerWidth.current ?? 1440,
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
