/**
 * MapLibre's own controls on the map: zoom buttons, scale and the credit line, in the interface's
 * language. MapLibre reads its `locale` as a control is added and has no way to change it after,
 * so a new language makes the controls again with the new words.
 */
import {
	AttributionControl,
	type ControlPosition,
	type IControl,
	type Map as MapLibreMap,
	NavigationControl,
	ScaleControl
} from 'maplibre-gl';

export interface ControlWords {
	/** HTML of the credit line (our own links only). */
	attribution: string;
	/** Words of the controls (MapLibre's `locale`). */
	controls?: Record<string, string>;
}

export class MapControls {
	#map: MapLibreMap;
	#words: ControlWords;
	#added: IControl[] = [];

	constructor(map: MapLibreMap, words: ControlWords) {
		this.#map = map;
		this.#words = words;
		this.#mount();
	}

	/** The credit line and the controls' words in a new interface language. */
	relabel(words: Required<ControlWords>) {
		const before = this.#words;
		if (before.attribution === words.attribution && before.controls === words.controls) return;
		this.#words = words;
		this.#map._locale = { ...this.#map._locale, ...words.controls };
		for (const control of this.#added) this.#map.removeControl(control);
		this.#mount();
	}

	#mount() {
		const controls: [IControl, ControlPosition][] = [
			[new NavigationControl({ showCompass: false }), 'top-left'],
			[new ScaleControl({ unit: 'metric' }), 'bottom-left'],
			[
				new AttributionControl({ compact: false, customAttribution: this.#words.attribution }),
				'bottom-left'
			]
		];
		for (const [control, position] of controls) this.#map.addControl(control, position);
		this.#added = controls.map(([control]) => control);
	}
}
