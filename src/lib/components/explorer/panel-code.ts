/**
 * The explorer panel's two large components, a place's story and a tour chapter's card, are not
 * part of every page's code: a page that opens with one (a place's page, a chapter's page) has it
 * from its load function, so it is in the prerendered HTML and there at hydration; elsewhere the
 * panel fetches it when first needed, or as soon as the reader first points or types (a selection
 * then seldom waits for it).
 */
import type StoryPanel from '$lib/components/story/StoryPanel.svelte';
import type TourCard from '$lib/components/tour/TourCard.svelte';

/** The panel components a page has, as a page's data carries them (`panels`). */
export interface PanelCode {
	story?: typeof StoryPanel;
	tour?: typeof TourCard;
}
export type PanelName = keyof PanelCode;

/** Fetches a panel component's code (once: the module system keeps it). */
export const fetchPanel: { [K in PanelName]-?: () => Promise<NonNullable<PanelCode[K]>> } = {
	story: () => import('$lib/components/story/StoryPanel.svelte').then((m) => m.default),
	tour: () => import('$lib/components/tour/TourCard.svelte').then((m) => m.default)
};
