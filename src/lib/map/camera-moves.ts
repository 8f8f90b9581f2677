/**
 * The map's camera moves: framing a place or a chapter in the part of the map the panels leave
 * clear, travelling a chapter's traced line, going home. The numbers come from camera.ts; this
 * applies them to MapLibre. A newer move, or the reader's own touch, ends a journey under way.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceEntry } from '$lib/schema/story';
import type { TourChapter } from '$lib/schema/tour';
import {
	atLeast,
	CAMERA,
	centreOf,
	isPoint,
	journeyLegs,
	offsetFor,
	pointZoom,
	spotZoom,
	withMargin,
	type BBox,
	type Insets,
	type LngLat
} from './camera';
import type { MapScene, ScreenPadding } from './scene';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class CameraMoves {
	#map: MapLibreMap;
	#size: () => { width: number; height: number };
	/** What the camera last framed: a place id, `tour:<chapter>`, `spot:<id>`, or null. */
	#focus: string | null = null;
	/** The URL gave a view of its own: the first framing leaves it. */
	#viewFromUrl: boolean;
	/** Counts camera journeys; a newer one (or the reader's own move) ends the one before. */
	#journey = 0;

	constructor(
		map: MapLibreMap,
		size: () => { width: number; height: number },
		viewFromUrl: boolean
	) {
		this.#map = map;
		this.#size = size;
		this.#viewFromUrl = viewFromUrl;
	}

	/** The reader moved the map: a journey under way stops before its next leg. */
	interrupt() {
		this.#journey++;
	}

	/** Back to the home view; the next selection is framed again, even the same place. */
	home(bbox: BBox, padding: ScreenPadding) {
		this.#focus = null;
		this.#fit(bbox, padding);
	}

	/**
	 * Moves the camera to the chapter or the place, unless the URL asked for a view of its own.
	 * The camera moves only when the place or the chapter changes.
	 */
	frame({ selected, chapter, padding, spot }: MapScene) {
		const focus = chapter
			? `tour:${chapter.id}`
			: (selected?.id ?? (spot ? `spot:${spot.id}` : null));
		// Only the view the page opened with defers to a view given in the URL: the first framing
		// uses that up, whether or not it frames anything.
		const keepView = this.#viewFromUrl;
		this.#viewFromUrl = false;
		if (focus === this.#focus) return;
		this.#focus = focus;
		if (keepView || !focus) return;
		if (chapter?.trace && !reducedMotion()) this.#travel(chapter, padding);
		else if (chapter) this.#fit(chapter.bbox, padding);
		else if (selected) this.#framePlace(selected, padding);
		else if (spot) this.#frameSpot(spot);
	}

	/** Moves along a chapter's line, point by point, then shows the whole chapter. */
	#travel(chapter: TourChapter, padding: ScreenPadding) {
		const journey = ++this.#journey;
		const legs = journeyLegs(chapter.trace as LngLat[]);
		const offset = offsetFor(withMargin(padding, this.#size()));
		const step = (i: number) => {
			if (journey !== this.#journey) return;
			const leg = legs[i];
			if (!leg) return this.#fit(chapter.bbox, padding);
			// The handler is added after easeTo, which ends any move under way (and fires its
			// moveend) first.
			this.#map.easeTo({
				center: leg.center,
				zoom: leg.zoom,
				offset,
				duration: leg.duration,
				...(leg.linear && { easing: (t: number) => t })
			});
			this.#map.once('moveend', () => step(i + 1));
		};
		step(0);
	}

	/**
	 * Fits a box into the part of the map the panels leave clear. cameraForBounds gives the zoom
	 * that fits the padded area; an offset then centres the box in that area. (Passing `padding`
	 * to easeTo instead would make it the map's lasting padding, and with a bottom sheet's worth of
	 * it MapLibre 6 leaves the top of the view undrawn.)
	 */
	#fit(bbox: BBox, padding: ScreenPadding) {
		this.#journey++;
		const insets = withMargin(padding, this.#size());
		this.#map.easeTo({
			center: centreOf(bbox),
			zoom: this.#fitZoom(bbox, insets),
			offset: offsetFor(insets),
			duration: reducedMotion() ? 0 : CAMERA.duration.fit
		});
	}

	/** The zoom that shows the box, grown to the smallest view (atLeast), in the padded area. */
	#fitZoom(bbox: BBox, insets: Insets) {
		return (
			this.#map.cameraForBounds(atLeast(bbox), { padding: insets })?.zoom ?? this.#map.getZoom()
		);
	}

	/**
	 * A point place opens with its surroundings, or as close as the reader already is (up to a
	 * limit); anything larger is fitted.
	 */
	#framePlace(place: Pick<PlaceEntry, 'bbox' | 'anchor'>, padding: ScreenPadding) {
		if (!isPoint(place.bbox)) return this.#fit(place.bbox, padding);
		const insets = withMargin(padding, this.#size());
		const zoom = pointZoom(this.#map.getZoom(), this.#fitZoom(place.bbox, insets));
		this.#centreOn(place.anchor, zoom, insets);
	}

	/**
	 * A station or line found on the map: no panel opens for it, so it is centred in the whole
	 * map, a station close up (spotZoom), a line fitted.
	 */
	#frameSpot(spot: Pick<PlaceEntry, 'bbox' | 'anchor'>) {
		if (!isPoint(spot.bbox)) return this.#fit(spot.bbox, {});
		const insets = withMargin({}, this.#size());
		this.#centreOn(spot.anchor, spotZoom(this.#map.getZoom()), insets);
	}

	/** Eases to a point at a zoom, centred in the part of the map the insets leave clear. */
	#centreOn(anchor: LngLat, zoom: number, insets: Insets) {
		this.#journey++;
		this.#map.easeTo({
			center: anchor,
			zoom,
			offset: offsetFor(insets),
			duration: reducedMotion() ? 0 : CAMERA.duration.fit
		});
	}
}
