/**
 * The whole map style for a scene: the atlas style with the legend's filters on its place layers
 * and the overlay's drawings in its source. The map hands each new one to MapLibre's own style
 * diff (`setStyle(…, { diff: true })`), which changes only the paint, layout, filter or source
 * data that differ: a new locale touches the label fields, a new filter the place layers' filters, a new
 * scheme (light or dark) the colours.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapScene } from './scene';
import { PALETTES } from '$lib/theme';
import { atlasStyle, OVERLAY, placeLayerFilters } from './style';

import type { FeatureCollection } from 'geojson';

const nothing = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export function sceneStyle(
	origin: string,
	scene: Pick<MapScene, 'locale' | 'filter' | 'overlay' | 'labelScale' | 'scheme'>
): StyleSpecification {
	const style = atlasStyle({
		origin,
		locale: scene.locale,
		labelScale: scene.labelScale,
		theme: PALETTES[scene.scheme ?? 'light']
	});
	const filters = placeLayerFilters(style.layers, scene.filter);
	return {
		...style,
		sources: {
			...style.sources,
			[OVERLAY]: {
				type: 'geojson',
				data: scene.overlay ? structuredClone(scene.overlay) : nothing()
			}
		},
		layers: style.layers.map((layer) =>
			layer.id in filters ? ({ ...layer, filter: filters[layer.id] } as typeof layer) : layer
		)
	};
}
