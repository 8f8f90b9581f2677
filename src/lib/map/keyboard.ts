/**
 * The keyboard on the map, beyond MapLibre's own handler (arrow keys pan, + and − zoom): with the
 * map focused, N moves a cursor to the next place in view and Shift+N to the previous one, in
 * reading order; Enter opens the place under the cursor and Escape lets it go. The cursor is
 * drawn as the hover highlight and said by the page (see `MapCursor`). Keys act only while the
 * map has focus, so a single letter takes nothing from a screen reader or a form (WCAG 2.1.4).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { INTERACTIVE_LAYERS, PLACE_STATE } from './style';

/** The place under the keyboard's cursor, its position among the places in view, and how many. */
export interface MapCursor {
	id: string;
	/** 1-based. */
	position: number;
	count: number;
}

export interface KeyboardEvents {
	/** The cursor moved, or went (null). */
	cursor(cursor: MapCursor | null): void;
	/** Enter on the cursor's place. */
	open(id: string): void;
}

/** Screen rows this many px apart are read as one (labels and points seldom align exactly). */
const ROW_PX = 32;

/**
 * Places in view in reading order: by their anchor, in rows from the top, each row from the left.
 * `anchors` are screen positions; places without one in view are left out.
 */
export function readingOrder(anchors: Map<string, [number, number]>, size: [number, number]) {
	const [width, height] = size;
	const inView = [...anchors]
		.filter(([, [x, y]]) => x >= 0 && y >= 0 && x <= width && y <= height)
		.sort(([, a], [, b]) => a[1] - b[1]);
	// A row starts at its highest place and takes those less than ROW_PX below it.
	const rows: (typeof inView)[] = [];
	for (const entry of inView) {
		const row = rows.at(-1);
		if (row && entry[1][1] - row[0]![1][1] < ROW_PX) row.push(entry);
		else rows.push([entry]);
	}
	return rows.flatMap((row) => row.sort(([, a], [, b]) => a[0] - b[0]).map(([id]) => id));
}

export class MapKeyboard {
	#map: MapLibreMap;
	#ready: () => boolean;
	#anchorOf: (id: string) => [number, number] | undefined;
	#events: KeyboardEvents;
	#at: string | null = null;

	constructor(
		map: MapLibreMap,
		ready: () => boolean,
		anchorOf: (id: string) => [number, number] | undefined,
		events: KeyboardEvents
	) {
		this.#map = map;
		this.#ready = ready;
		this.#anchorOf = anchorOf;
		this.#events = events;
		const canvas = map.getCanvas();
		canvas.addEventListener('keydown', (event) => this.#key(event));
		canvas.addEventListener('blur', () => this.#move(null, 0));
	}

	#key(event: KeyboardEvent) {
		if (event.ctrlKey || event.altKey || event.metaKey) return;
		if (event.key === 'n' || event.key === 'N') {
			event.preventDefault();
			this.step(event.shiftKey ? -1 : 1);
		} else if (event.key === 'Enter' && this.#at) {
			event.preventDefault();
			const id = this.#at;
			this.#move(null, 0);
			this.#events.open(id);
		} else if (event.key === 'Escape' && this.#at) {
			// Letting go of the cursor is all this Escape does; the page's own Escape waits.
			event.stopPropagation();
			this.#move(null, 0);
		}
	}

	/** The places drawn in view now, in reading order. */
	inView(): string[] {
		if (!this.#ready()) return [];
		const anchors = new Map<string, [number, number]>();
		for (const feature of this.#map.queryRenderedFeatures({ layers: [...INTERACTIVE_LAYERS] })) {
			const id = String(feature.id ?? feature.properties.id);
			const anchor = anchors.has(id) ? undefined : this.#anchorOf(id);
			if (!anchor) continue;
			const p = this.#map.project(anchor);
			anchors.set(id, [p.x, p.y]);
		}
		const canvas = this.#map.getCanvas();
		return readingOrder(anchors, [canvas.clientWidth, canvas.clientHeight]);
	}

	/** Moves the cursor one place on (1) or back (-1) among those in view, going round. */
	step(direction: 1 | -1) {
		const places = this.inView();
		if (places.length === 0) return this.#move(null, 0);
		const at = this.#at ? places.indexOf(this.#at) : -1;
		const next =
			at === -1
				? direction === 1
					? 0
					: places.length - 1
				: (at + direction + places.length) % places.length;
		this.#move(places[next]!, next + 1, places.length);
	}

	#move(id: string | null, position: number, count = 0) {
		const before = this.#at;
		if (before === null && id === null) return;
		if (before && before !== id) this.#highlight(before, false);
		if (id) this.#highlight(id, true);
		this.#at = id;
		this.#events.cursor(id ? { id, position, count } : null);
	}

	#highlight(id: string, on: boolean) {
		if (this.#ready()) this.#map.setFeatureState({ ...PLACE_STATE, id }, { hover: on });
	}
}
