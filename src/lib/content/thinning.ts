/**
 * Which points the map draws at each zoom, so a crowded atlas stays legible: on a grid of
 * THINNING_CELL_PX screen pixels, a cell shows at most THINNING_PER_CELL spots at a zoom; the
 * others wait for a closer zoom, where the cells are smaller. Higher-ranked places (clusters, then
 * sites, then the rest) win a cell first. Places drawn at the very same spot are one spot: they
 * appear together, so a tap still offers all of them. By THINNING_LAST_ZOOM every point shows.
 * The grid is aligned with the Web Mercator tiles, so a cell at zoom z + 1 lies inside one at z
 * and a point, once shown, stays shown as the reader zooms in.
 */
import type { Place } from '../schema/place';

export const THINNING_CELL_PX = 24;
export const THINNING_PER_CELL = 5;
/** The first zoom considered; below it points show as at this zoom (the map's MIN_ZOOM). */
export const THINNING_FIRST_ZOOM = 9;
/** From this zoom on every point shows. */
export const THINNING_LAST_ZOOM = 15;

const KIND_RANK: Partial<Record<Place['properties']['kind'], number>> = { cluster: 0, site: 1 };

/** A position's place on the world's pixel grid at a zoom (Web Mercator, 256 px tiles). */
function cellOf([lng, lat]: number[], zoom: number): string {
	const size = (256 * 2 ** zoom) / THINNING_CELL_PX;
	const x = ((lng! + 180) / 360) * size;
	const sin = Math.sin((lat! * Math.PI) / 180);
	const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size;
	return `${Math.floor(x)}/${Math.floor(y)}`;
}

/**
 * The zoom from which each point place is drawn, by place id (THINNING_FIRST_ZOOM when it is
 * never crowded out). Places that are not points are not in the result: they always draw.
 */
export function pointMinZooms(places: Place[]): Map<string, number> {
	// One spot per distinct position; its rank is its best place's.
	const spots = new Map<string, { at: number[]; ids: string[]; rank: [number, string] }>();
	for (const place of places) {
		if (place.geometry.type !== 'Point') continue;
		const at = place.geometry.coordinates;
		const key = at.join(',');
		const rank: [number, string] = [KIND_RANK[place.properties.kind] ?? 2, place.properties.id];
		const spot = spots.get(key);
		if (!spot) spots.set(key, { at, ids: [place.properties.id], rank });
		else {
			spot.ids.push(place.properties.id);
			if (rank[0] < spot.rank[0] || (rank[0] === spot.rank[0] && rank[1] < spot.rank[1]))
				spot.rank = rank;
		}
	}
	const ordered = [...spots.values()].sort(
		(a, b) => a.rank[0] - b.rank[0] || (a.rank[1] < b.rank[1] ? -1 : 1)
	);
	const minZooms = new Map<string, number>();
	for (let zoom = THINNING_FIRST_ZOOM; zoom <= THINNING_LAST_ZOOM; zoom++) {
		const taken = new Map<string, number>();
		for (const spot of ordered) {
			const cell = cellOf(spot.at, zoom);
			const count = taken.get(cell) ?? 0;
			taken.set(cell, count + 1);
			if (minZooms.has(spot.ids[0]!)) continue;
			if (count < THINNING_PER_CELL || zoom === THINNING_LAST_ZOOM)
				for (const id of spot.ids) minZooms.set(id, zoom);
		}
	}
	return minZooms;
}
