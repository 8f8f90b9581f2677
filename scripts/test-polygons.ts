/** Polygons made to size, for the polygon-check benchmark and the malformed-data suite. */
import type { Geometry } from '../src/lib/schema/place';

/** A ring of n positions around Malu, six decimals; `crossed` swaps two positions near its end. */
export function ring(n: number, crossed: boolean): Geometry {
	const positions = Array.from({ length: n }, (_, i): [number, number] => {
		const a = (2 * Math.PI * i) / n;
		return [
			Math.round((121.27 + 0.05 * Math.cos(a)) * 1e6) / 1e6,
			Math.round((31.35 + 0.04 * Math.sin(a)) * 1e6) / 1e6
		];
	});
	if (crossed) {
		// Two positions some way apart change places: the edges between them cross.
		const k = n - 100;
		[positions[k], positions[k + 50]] = [positions[k + 50]!, positions[k]!];
	}
	return { type: 'Polygon', coordinates: [[...positions, positions[0]!]] };
}
