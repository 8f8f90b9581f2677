import { locale } from '$lib/i18n/locale.svelte';

/**
 * The pages outside the explorer (the planner, the timeline, the credits, the open data, the
 * articles) have interface text of their own, fetched here before they render
 * (messages-pages.ts), so the explorer's first view does not carry it.
 */
export async function load() {
	await locale.needPages();
}
