/**
 * Where the camera goes, as plain numbers: how a place or a chapter is framed clear of the panels,
 * and the legs of a journey along a traced line. Pure; the map controller turns the moves into
 * MapLibre `easeTo` calls.
 */
import { mercatorY } from '$lib/geo/mercator';
import type { ScreenPadding } from './scene';

/** [west, south, east, north] in WGS-84 degrees. */
export type BBox = [number, number, number, number];
export type LngLat = [number, number];

export const CAMERA = {
	/**
	 * Smallest view, in degrees (about 6 km): a place, a point or a small area (a schematic disc),
	 * opens with its surroundings, as the map's picture frames it before the map has drawn.
	 */
	minSpan: 0.06,
	/** The closest a point place opens at when the reader is already closer. */
	pointMaxZoom: 14,
	/**
	 * A station found on the map (no story, no picture) opens close up between these zooms,
	 * closer if the reader already is; a link to it opens at the first.
	 */
	spotZoom: { min: 13, max: 14 },
	/** Zoom while travelling along a tour chapter's line. */
	travelZoom: 12.5,
	/** Zoom the map is made at, before its first bounds apply. */
	initialZoom: 10,
	/** Margin around a framed place: at most this many px, and at most a tenth of the map. */
	margin: { maxPx: 48, share: 0.1 },
	/** Move durations in ms (0 when the reader prefers reduced motion). */
	duration: { fit: 800, firstLeg: 1000, leg: 1200 }
} as const;

export interface Size {
	width: number;
	height: number;
}

/** Padding on every side, in px. */
export type Insets = Required<ScreenPadding>;

/** Panel padding plus a margin that shrinks on small screens, so the place always fits. */
export function withMargin(padding: ScreenPadding, size: Size): Insets {
	const margin = Math.min(
		CAMERA.margin.maxPx,
		size.width * CAMERA.margin.share,
		size.height * CAMERA.margin.share
	);
	return {
		top: (padding.top ?? 0) + margin,
		right: (padding.right ?? 0) + margin,
		bottom: (padding.bottom ?? 0) + margin,
		left: (padding.left ?? 0) + margin
	};
}

/** Shift of the view's centre that puts it in the middle of the padded area. */
export function offsetFor(insets: Insets): [number, number] {
	return [(insets.left - insets.right) / 2, (insets.top - insets.bottom) / 2];
}

/**
 * How large a box shows when fitted in a map of `size` less `insets`, in screen px per degree of
 * longitude (what fitBounds chooses, before any zoom limit): to compare two framings.
 */
export function fitScale([w, s, e, n]: BBox, insets: Insets, size: Size): number {
	const width = size.width - insets.left - insets.right;
	const height = size.height - insets.top - insets.bottom;
	return Math.min(width / (e - w), height / (mercatorY(n) - mercatorY(s)));
}

/** The box grown (about its centre) to at least `span` degrees each way. */
export function atLeast([w, s, e, n]: BBox, span: number = CAMERA.minSpan): BBox {
	const dx = Math.max(0, span - (e - w)) / 2;
	const dy = Math.max(0, span - (n - s)) / 2;
	return [w - dx, s - dy, e + dx, n + dy];
}

export function centreOf([w, s, e, n]: BBox): LngLat {
	return [(w + e) / 2, (s + n) / 2];
}

/** A box of no size: the place is a point. */
export function isPoint([w, s, e, n]: BBox): boolean {
	return w === e && s === n;
}

/**
 * The zoom a point place opens at, given the zoom the reader is at and the zoom that fits its
 * smallest view (atLeast): that one, or the reader's if closer, up to CAMERA.pointMaxZoom.
 */
export function pointZoom(current: number, fit: number): number {
	return Math.max(fit, Math.min(current, CAMERA.pointMaxZoom));
}

/** The zoom a station opens at, given the zoom the reader is at. */
export function spotZoom(current: number): number {
	return Math.min(Math.max(current, CAMERA.spotZoom.min), CAMERA.spotZoom.max);
}

/** One leg of a camera journey. */
export interface Leg {
	center: LngLat;
	zoom: number;
	duration: number;
	/** Even pace (legs along the line) rather than easing in and out (the first leg). */
	linear: boolean;
}

/** The legs of a journey along a line, point by point; the whole line is then fitted. */
export function journeyLegs(points: LngLat[]): Leg[] {
	return points.map((center, i) => ({
		center,
		zoom: CAMERA.travelZoom,
		duration: i === 0 ? CAMERA.duration.firstLeg : CAMERA.duration.leg,
		linear: i > 0
	}));
}

/** The area of a box in square degrees, to prefer small places over the large ones around them. */
export function boxArea([w, s, e, n]: BBox): number {
	return (e - w) * (n - s);
}
