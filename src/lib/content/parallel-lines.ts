/**
 * OpenStreetMap draws a metro line's two tracks and an expressway's two carriageways as two lines
 * a few metres to a few tens of metres apart. At a wide zoom they are less than a pixel apart, so a
 * tile that holds both stores every line twice for one stroke on the screen. This generalisation
 * keeps one of them: the parts of a line that run within `metres` of a line already kept are left
 * out; where the two part (a junction, a station's loop) both stay. Longest lines are kept first.
 * Pure; positions are [longitude, latitude] (WGS-84), measured in a local plane.
 */
import type { Position } from 'geojson';

type Line = Position[];

/** Metres per degree of latitude (and of longitude at the equator), on a sphere of Earth's size. */
const METRES_PER_DEGREE = 111_320;

/** A segment in the local plane, in metres. */
type Segment = [number, number, number, number];

/** The point of a segment nearest to (x, y). */
function nearestOnSegment(x: number, y: number, [ax, ay, bx, by]: Segment): [number, number] {
	const dx = bx - ax;
	const dy = by - ay;
	const length2 = dx * dx + dy * dy;
	const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
	return [ax + t * dx, ay + t * dy];
}

/**
 * The lines with their stretches that run within `metres` of a longer line left out: what stays is
 * each line's runs of positions farther than that from every line kept before it, each run
 * reaching, at an end where a stretch was left out, to the nearest point of the line it ran
 * beside, so that the two still meet.
 * Lines are densified to a third of `metres` first, so a long segment cannot pass a kept line
 * unseen; the tiler's simplification takes the added positions out again.
 */
export function dropParallels(lines: readonly Line[], metres: number): Line[] {
	if (!(metres > 0)) throw new Error(`dropParallels: metres must be positive, not ${metres}`);
	const all = lines.filter((l) => l.length >= 2);
	if (all.length === 0) return [];
	const latitude = all.reduce((sum, l) => sum + l[0]![1]!, 0) / all.length;
	const kx = METRES_PER_DEGREE * Math.cos((latitude * Math.PI) / 180);
	const ky = METRES_PER_DEGREE;
	const toPlane = ([lng, lat]: Position): [number, number] => [lng! * kx, lat! * ky];
	const cell = metres;
	const grid = new Map<string, Segment[]>();
	const keyOf = (i: number, j: number) => `${i},${j}`;
	const add = (s: Segment) => {
		const [i0, i1] = [
			Math.floor(Math.min(s[0], s[2]) / cell),
			Math.floor(Math.max(s[0], s[2]) / cell)
		];
		const [j0, j1] = [
			Math.floor(Math.min(s[1], s[3]) / cell),
			Math.floor(Math.max(s[1], s[3]) / cell)
		];
		for (let i = i0; i <= i1; i++)
			for (let j = j0; j <= j1; j++) {
				const key = keyOf(i, j);
				const list = grid.get(key);
				if (list) list.push(s);
				else grid.set(key, [s]);
			}
	};
	/** The nearest point of a kept line within `metres`, or null. */
	const near = ([x, y]: [number, number]): [number, number] | null => {
		const [i, j] = [Math.floor(x / cell), Math.floor(y / cell)];
		let best: [number, number] | null = null;
		let bestDistance = metres;
		for (let di = -1; di <= 1; di++)
			for (let dj = -1; dj <= 1; dj++)
				for (const s of grid.get(keyOf(i + di, j + dj)) ?? []) {
					const point = nearestOnSegment(x, y, s);
					const distance = Math.hypot(point[0] - x, point[1] - y);
					if (distance <= bestDistance) [best, bestDistance] = [point, distance];
				}
		return best;
	};
	const fromPlane = ([x, y]: [number, number]): Position => [x / kx, y / ky];
	const step = metres / 3;
	const densified = (line: Line): Line => {
		const out: Line = [line[0]!];
		for (let k = 1; k < line.length; k++) {
			const [a, b] = [line[k - 1]!, line[k]!];
			const [pa, pb] = [toPlane(a), toPlane(b)];
			const n = Math.ceil(Math.hypot(pb[0] - pa[0], pb[1] - pa[1]) / step);
			for (let m = 1; m < n; m++)
				out.push([a[0]! + ((b[0]! - a[0]!) * m) / n, a[1]! + ((b[1]! - a[1]!) * m) / n]);
			out.push(b);
		}
		return out;
	};
	const lengthOf = (line: Line) =>
		line.slice(1).reduce((sum, p, k) => {
			const [a, b] = [toPlane(line[k]!), toPlane(p)];
			return sum + Math.hypot(b[0] - a[0], b[1] - a[1]);
		}, 0);
	const byLength = all
		.map((line) => ({ line, length: lengthOf(line) }))
		.sort((a, b) => b.length - a.length)
		.map((x) => densified(x.line));
	const kept: Line[] = [];
	for (const line of byLength) {
		const nearest = line.map((p) => near(toPlane(p)));
		const runs: Line[] = [];
		let start = -1;
		for (let k = 0; k <= line.length; k++) {
			const free = k < line.length && !nearest[k];
			if (free && start < 0) start = k;
			if (!free && start >= 0) {
				// The run meets the kept line at each end where it leaves it or joins it.
				const run = line.slice(start, k);
				if (start > 0) run.unshift(fromPlane(nearest[start - 1]!));
				if (k < line.length) run.push(fromPlane(nearest[k]!));
				if (run.length >= 2) runs.push(run);
				start = -1;
			}
		}
		for (const run of runs) {
			kept.push(run);
			for (let k = 1; k < run.length; k++) {
				const [a, b] = [toPlane(run[k - 1]!), toPlane(run[k]!)];
				add([a[0], a[1], b[0], b[1]]);
			}
		}
	}
	return kept;
}
