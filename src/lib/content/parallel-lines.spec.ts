import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dropParallels } from './parallel-lines';

/** Positions given in metres east and north of a point in Jiading (a local plane). */
const ORIGIN = [121.3, 31.3];
const KX = 111_320 * Math.cos((ORIGIN[1]! * Math.PI) / 180);
const KY = 111_320;
const at = (east: number, north: number): Position => [
	ORIGIN[0]! + east / KX,
	ORIGIN[1]! + north / KY
];
const metresOf = ([lng, lat]: Position): [number, number] => [
	(lng! - ORIGIN[0]!) * KX,
	(lat! - ORIGIN[1]!) * KY
];
const lengthOf = (line: Position[]) =>
	line.slice(1).reduce((sum, p, k) => {
		const [a, b] = [metresOf(line[k]!), metresOf(p)];
		return sum + Math.hypot(b[0] - a[0], b[1] - a[1]);
	}, 0);

/** Metres from a position to the nearest of the lines' segments. */
function distanceTo(p: Position, lines: Position[][]): number {
	const [x, y] = metresOf(p);
	let best = Infinity;
	for (const line of lines)
		for (let k = 1; k < line.length; k++) {
			const [[ax, ay], [bx, by]] = [metresOf(line[k - 1]!), metresOf(line[k]!)];
			const [dx, dy] = [bx - ax, by - ay];
			const t = Math.max(
				0,
				Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1))
			);
			best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
		}
	return best;
}

describe('dropParallels', () => {
	it('keeps the longer of two lines that run side by side within the distance', () => {
		const track = [at(0, 0), at(1000, 0)];
		const other = [at(5, 10), at(995, 10)];
		const kept = dropParallels([other, track], 20);
		expect(kept).toHaveLength(1);
		expect(lengthOf(kept[0]!)).toBeCloseTo(1000, 3);
		for (const p of kept[0]!) expect(Math.abs(metresOf(p)[1])).toBeLessThan(1e-6);
	});

	it('keeps both lines where they are farther apart than the distance', () => {
		const kept = dropParallels(
			[
				[at(0, 0), at(1000, 0)],
				[at(0, 30), at(1000, 30)]
			],
			20
		);
		expect(kept).toHaveLength(2);
		expect(kept.reduce((sum, l) => sum + lengthOf(l), 0)).toBeCloseTo(2000, 3);
	});

	it('keeps where a line leaves the other, starting on the line it ran beside', () => {
		const track = [at(0, 0), at(1000, 0)];
		const fork = [at(0, 10), at(500, 10), at(700, 200), at(900, 200)];
		const kept = dropParallels([track, fork], 20);
		expect(kept).toHaveLength(2);
		const branch = kept[1]!;
		// It starts on the kept line, near where the fork leaves it, and ends where the fork does.
		expect(Math.abs(metresOf(branch[0]!)[1])).toBeLessThan(1e-6);
		expect(metresOf(branch[0]!)[0]).toBeGreaterThan(480);
		expect(metresOf(branch[0]!)[0]).toBeLessThan(540);
		expect(branch.at(-1)).toEqual(at(900, 200));
		// Every position of the fork lies within the distance of what is kept.
		for (const p of fork) expect(distanceTo(p, kept)).toBeLessThanOrEqual(20 + 1e-6);
	});

	it('refuses a distance that is not positive', () => {
		expect(() => dropParallels([[at(0, 0), at(1, 0)]], 0)).toThrow(/metres must be positive/);
	});

	it('on the real basemap, at zoom 10, about halves the metro lines (two tracks) and expressways (two carriageways) and loses no line by more than a pixel', () => {
		const PIXEL_AT_ZOOM_10 = 65; // metres across a 512-px tile's pixel at Jiading's latitude
		for (const [file, share] of [
			['metro-lines', 0.55],
			['expressways', 0.55]
		] as const) {
			const layer = JSON.parse(
				readFileSync(`geo/basemap/${file}.geojson`, 'utf8')
			) as FeatureCollection<LineString | MultiLineString>;
			const lines = layer.features.flatMap(({ geometry: g }) =>
				g.type === 'LineString' ? [g.coordinates] : g.coordinates
			);
			const kept = dropParallels(lines, PIXEL_AT_ZOOM_10);
			const [before, after] = [lines, kept].map((ls) => ls.reduce((s, l) => s + lengthOf(l), 0));
			expect(after, `${file}: kept ${after} m of ${before} m`).toBeLessThan(before! * share);
			for (const [i, line] of lines.entries())
				if (i % 7 === 0)
					for (const p of line)
						expect(distanceTo(p, kept), `${file}: line ${i} at ${p}`).toBeLessThanOrEqual(
							PIXEL_AT_ZOOM_10 + 1e-6
						);
		}
	});
});
