/**
 * Sizes of the explorer's wide layout, in rem: the sidebar, the panel over the map's right side,
 * the gap beside it, the map kept clear to the panel's left, and the height the home page's card
 * (the panel when it shows nothing else) may take. The framing arithmetic
 * (explorer.svelte.ts) and the pages' CSS (custom properties in the theme's stylesheet) both read
 * these, so they cannot drift apart.
 */
export const PANEL_LAYOUT = {
	sidebar: 22,
	panel: 26,
	gap: 0.75,
	mapLeftClear: 5,
	card: 17
} as const;
