/**
 * The reader's pointer on the map: which place a click or tap picks (see pick.ts for the rule),
 * and the hover highlight (feature-state `hover` and a pointer cursor).
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { pickPlaces, type Hit } from './pick';
import { INTERACTIVE_LAYERS, PLACE_STATE } from './style';

/** How far from a feature, in px, a tap still reaches it. */
export const TAP_TOLERANCE_PX = 8;

export interface PointerEvents {
	/** The places a click picked; empty for empty map. */
	pick(ids: string[]): void;
	/** The place under the pointer now, or null. */
	hover(id: string | null): void;
	/** Takes a click before it picks (measuring); returns true when it did. */
	mapclick?(lngLat: [number, number]): boolean;
}

export class MapPointer {
	#map: MapLibreMap;
	#sizeOf: (id: string) => number | undefined;
	#hovered: string | null = null;
	#ready: () => boolean;

	/**
	 * `sizeOf`: a place's area, to prefer small places over large ones around them; `ready`:
	 * whether the map's layers exist yet (a click before that picks nothing).
	 */
	constructor(
		map: MapLibreMap,
		sizeOf: (id: string) => number | undefined,
		ready: () => boolean,
		events: PointerEvents
	) {
		this.#map = map;
		this.#sizeOf = sizeOf;
		this.#ready = ready;
		map.on('click', (event) => {
			if (events.mapclick?.([event.lngLat.lng, event.lngLat.lat])) return;
			events.pick(this.#pick(event));
		});
		map.on('mousemove', (event) => this.#hover(this.#pick(event)[0] ?? null, events));
		map.getCanvas().addEventListener('mouseleave', () => this.#hover(null, events));
	}

	#pick(event: MapMouseEvent): string[] {
		if (!this.#ready()) return [];
		const { x, y } = event.point;
		const t = TAP_TOLERANCE_PX;
		const features = this.#map.queryRenderedFeatures(
			[
				[x - t, y - t],
				[x + t, y + t]
			],
			{ layers: [...INTERACTIVE_LAYERS] }
		);
		return pickPlaces(features.map((f) => this.#hit(f, x, y)));
	}

	#hit(feature: MapGeoJSONFeature, x: number, y: number): Hit {
		const id = String(feature.id ?? feature.properties.id);
		const hit: Hit = { layer: feature.layer.id, id, size: this.#sizeOf(id) };
		if (feature.geometry.type === 'Point') {
			const [lng, lat] = feature.geometry.coordinates as [number, number];
			const p = this.#map.project([lng, lat]);
			hit.distance = Math.hypot(p.x - x, p.y - y);
		}
		return hit;
	}

	#hover(id: string | null, events: PointerEvents) {
		if (id === this.#hovered) return;
		if (this.#hovered)
			this.#map.setFeatureState({ ...PLACE_STATE, id: this.#hovered }, { hover: false });
		this.#hovered = id;
		if (id) this.#map.setFeatureState({ ...PLACE_STATE, id }, { hover: true });
		this.#map.getCanvas().style.cursor = id ? 'pointer' : '';
		events.hover(id);
	}
}
