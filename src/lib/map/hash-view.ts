/**
 * The view a link carries in its address: MapLibre's own `#zoom/lat/lng` hash. When the URL has
 * one, the reader's view wins over the page's framing.
 */
import { MAX_ZOOM, MIN_ZOOM } from './style';

const MAP_HASH = /^#\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?/;

/**
 * Whether the address gives a view; read before the map exists, as MapLibre writes a hash of its
 * own as it starts. With `hash` on, a view closer than this map zooms (made where street tiles
 * let it zoom further) is set to the closest zoom there is, where MapLibre would ignore the
 * whole view.
 */
export function viewFromAddress(hash: boolean): boolean {
	if (!MAP_HASH.test(location.hash)) return false;
	if (hash) {
		const [zoom, ...rest] = location.hash.slice(1).split('/');
		const clamped = Math.min(Math.max(Number(zoom), MIN_ZOOM), MAX_ZOOM);
		if (clamped !== Number(zoom))
			history.replaceState(history.state, '', `#${[clamped, ...rest].join('/')}`);
	}
	return true;
}
