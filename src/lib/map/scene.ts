/**
 * What the map shows, as one value: the page's view-model (the explorer's, the planner's) makes
 * it, and the map applies only what changed since the last one.
 */
import type { FeatureCollection } from 'geojson';
import type { Locale } from '$lib/i18n/messages';
import type { PlaceEntry } from '$lib/schema/story';
import type { TourChapter } from '$lib/schema/tour';
import type { ColourScheme } from '$lib/theme';
import type { PlaceFilter } from './style';

/** Screen space covered by panels, in CSS px, kept clear when a place is framed. */
export interface ScreenPadding {
	top?: number;
	right?: number;
	bottom?: number;
	left?: number;
}

export interface MapScene {
	/** The selected place, marked and framed. */
	selected: PlaceEntry | null;
	/** The tour chapter on show: the camera frames the chapter rather than the place. */
	chapter: TourChapter | null;
	/** Kinds and industries on show. */
	filter: PlaceFilter;
	/** The labels' language. */
	locale: Locale;
	/** The map's palette: light or dark (absent, light). */
	scheme?: ColourScheme;
	/** The labels' size, times (1 if absent; the kiosk's larger: KIOSK_LABEL_SCALE in style.ts). */
	labelScale?: number;
	/** Drawn over the map (the planner's corridor and measurements); null for nothing. */
	overlay: FeatureCollection | null;
	padding: ScreenPadding;
	/** A new number sends the camera back to the whole district (the kiosk's reset). */
	home: number;
	/** A station or line found in search: the camera frames it (no place is selected). */
	spot?: MapSpot | null;
}

/** Something on the map that is not a place: a station (a point) or a line, by its box. */
export interface MapSpot {
	id: string;
	bbox: [number, number, number, number];
	anchor: [number, number];
}

/** Whether two filters show the same places. */
export function sameFilter(a: PlaceFilter, b: PlaceFilter): boolean {
	const same = (x: readonly string[], y: readonly string[]) =>
		x.length === y.length && x.every((v) => y.includes(v));
	return same(a.kinds, b.kinds) && same(a.industries, b.industries);
}
