/**
 * Sizes of the explorer's wide layout, in rem: the sidebar, the panel over the map's right side,
 * the gap beside it, and the map kept clear to the panel's left. The framing arithmetic
 * (explorer.svelte.ts) and the pages' CSS (custom properties in the theme's stylesheet) both read
 * these, so they cannot drift apart.
 */
export const PANEL_LAYOUT = { sidebar: 22, panel: 26, gap: 0.75, mapLeftClear: 5 } as const;
