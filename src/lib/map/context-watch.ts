/**
 * A GPU reset or driver update takes the WebGL context away. MapLibre rebuilds its drawing when
 * the browser gives the context back; if it does not come back within `timeoutMs`, the map has
 * failed and the page decides what to do (the kiosk reloads).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long a lost graphics context may stay lost before the map counts as failed. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 10_000;

export interface ContextEvents {
	lost(): void;
	/** The context is back; the map redraws next. */
	restored(): void;
	failed(): void;
}

/** Watches the map's graphics context; returns a function that stops watching. */
export function watchContext(
	map: MapLibreMap,
	events: ContextEvents,
	timeoutMs = CONTEXT_RESTORE_TIMEOUT_MS
): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const onLost = () => {
		events.lost();
		clearTimeout(timer);
		timer = setTimeout(events.failed, timeoutMs);
	};
	const onRestored = () => {
		clearTimeout(timer);
		events.restored();
		map.triggerRepaint();
	};
	map.on('webglcontextlost', onLost);
	map.on('webglcontextrestored', onRestored);
	return () => {
		clearTimeout(timer);
		map.off('webglcontextlost', onLost);
		map.off('webglcontextrestored', onRestored);
	};
}
