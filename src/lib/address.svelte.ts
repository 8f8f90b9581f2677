/**
 * The one writer of the address's query (src/lib/link-state.ts): each caller owns some
 * parameters and keeps them equal to its state, so the address bar is always a link to what is on
 * screen. The path (place, chapter) is the router's and the hash (the map's view) MapLibre's.
 */
import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { withParams } from '$lib/link-state';

/**
 * From the component's mount on, writes `params()` into the query whenever it changes and after
 * every navigation (which drops the query). `params` returns null until its state is known.
 */
export function keepInAddress(params: () => Record<string, string | null> | null) {
	// The router takes shallow changes of the address only once the page has hydrated, which it
	// says by calling afterNavigate (an "enter" navigation); mount effects run before that.
	let routed = $state(false);
	afterNavigate(() => (routed = true));
	$effect(() => {
		const wanted = params();
		// After a move to another page, whose link starts without the query.
		void page.url.pathname;
		if (!wanted || !routed) return;
		const search = withParams(location.search, wanted);
		if (search !== location.search)
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- the page's own path, as it is
			replaceState(`${location.pathname}${search}${location.hash}`, page.state);
	});
}
