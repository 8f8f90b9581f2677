/**
 * Lookups by id for the builders, so that gathering "the facts on this place" or "the articles
 * of these facts" for every place or chapter reads only what it gathers instead of scanning all
 * of the content each time. Results keep the content's order, exactly as filtering would.
 */

/** Positions of items under each of their keys (once per key, however often an item lists it). */
export function positionsBy<T>(
	items: readonly T[],
	keys: (item: T) => readonly string[] | undefined
): Map<string, number[]> {
	const map = new Map<string, number[]>();
	items.forEach((item, i) => {
		for (const key of new Set(keys(item))) {
			const list = map.get(key);
			if (list) list.push(i);
			else map.set(key, [i]);
		}
	});
	return map;
}

/** The items at any of the positions, once each and in their order: what a filter would keep. */
export function atPositions<T>(items: readonly T[], ...positions: (number[] | undefined)[]): T[] {
	const all = positions.flatMap((p) => p ?? []);
	return [...new Set(all)].sort((a, b) => a - b).map((i) => items[i]!);
}
