/**
 * Pieces every part of the map style shares (style.ts, street-style.ts): the label fonts and the
 * shape of a layer before the registry gives it its id.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Label fonts: the browser's own, as MapLibre 6 draws text without a glyphs URL. */
export const FONT = ['Noto Sans', 'Noto Sans CJK SC', 'sans-serif'];
export const FONT_BOLD = ['Noto Sans Bold', 'Noto Sans CJK SC Bold', 'sans-serif'];
/** Chinese characters drawn from these local fonts (MapLibre's `localIdeographFontFamily`). */
export const IDEOGRAPH_FONTS =
	"'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A layer's spec without its id (the registry gives it). */
export type LayerBody = DistributiveOmit<LayerSpecification, 'id'>;
