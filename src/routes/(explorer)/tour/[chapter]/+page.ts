import TourCard from '$lib/components/tour/TourCard.svelte';
import type { PanelCode } from '$lib/components/explorer/panel-code';
import type { PageLoad } from './$types';

/** A chapter's page opens with its card: its code comes with the page (panel-code.ts). */
export const load: PageLoad = ({ data }) => ({
	...data,
	panels: { tour: TourCard } satisfies PanelCode
});
