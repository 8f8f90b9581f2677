import StoryPanel from '$lib/components/story/StoryPanel.svelte';
import type { PanelCode } from '$lib/components/explorer/panel-code';
import type { PageLoad } from './$types';

/** A place's page opens with its story: its code comes with the page (panel-code.ts). */
export const load: PageLoad = ({ data }) => ({
	...data,
	panels: { story: StoryPanel } satisfies PanelCode
});
