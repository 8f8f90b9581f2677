/**
 * Which place a click or tap means. A tap covers several pixels and several layers; the most
 * specific place wins: a point over a line, a line over an area, a small area over a large one,
 * and places drawn at the very same spot are offered together so the reader can choose.
 */
import { INTERACTIVE_LAYERS, POINT_LAYERS } from './style';

export interface Hit {
	/** Style layer the feature was found in. */
	layer: string;
	/** Place id. */
	id: string;
	/** Screen distance in px from the tap to the feature's anchor (points only). */
	distance?: number;
	/** Size of the place (its bbox area), to prefer small areas over the large ones around them. */
	size?: number;
}

/** Each interactive layer's pick rank, 0 the most specific (the layer registry in style.ts). */
const RANKS = new Map<string, number>(INTERACTIVE_LAYERS.map((id, rank) => [id, rank]));
const rank = (layer: string) => RANKS.get(layer) ?? Infinity;

/** Layers of point places: among them the hit nearest the tap wins. */
const POINTS = new Set<string>(POINT_LAYERS);
const isPoint = (h: Hit) => POINTS.has(h.layer);

/** Points within this many px of each other are treated as one spot. */
const SAME_SPOT_PX = 1;

/** The place ids a tap picks: usually one, several where places coincide, none for empty map. */
export function pickPlaces(hits: Hit[]): string[] {
	const known = hits.filter((h) => Number.isFinite(rank(h.layer)));
	if (known.length === 0) return [];
	const best = Math.min(...known.map((h) => rank(h.layer)));
	const top = known.filter((h) =>
		known.some((k) => rank(k.layer) === best && isPoint(k)) ? isPoint(h) : rank(h.layer) === best
	);
	if (top.some((h) => h.distance !== undefined)) {
		const nearest = Math.min(...top.map((h) => h.distance ?? Infinity));
		return unique(top.filter((h) => (h.distance ?? Infinity) - nearest <= SAME_SPOT_PX));
	}
	const smallest = Math.min(...top.map((h) => h.size ?? Infinity));
	return unique(top.filter((h) => (h.size ?? Infinity) === smallest)).slice(0, 1);
}

const unique = (hits: Hit[]) => [...new Set(hits.map((h) => h.id))];
