/**
 * `npm run bench:checks`: how the polygon checks of the content pipeline grow with a polygon's
 * size. Times geometryProblems on rings of 1,000 to 100,000 positions, simple and with one
 * crossing near the end of the ring (the case a pairwise check spends longest on), and prints
 * milliseconds per ring and per 1,000 positions. Target: 100,000 positions in under 5 s.
 */
import { geometryProblems, JIADING_AREA } from '../src/lib/content/geo-checks';
import { ring } from './test-polygons';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
console.log('\nPolygon checks (geometryProblems), median of ' + RUNS + ' runs\n');
console.log(
	'positions'.padEnd(12) + 'ring'.padEnd(10) + 'ms'.padEnd(10) + 'ms per 1,000 positions'
);
let slowest = 0;
for (const n of [1_000, 10_000, 100_000]) {
	for (const crossed of [false, true]) {
		const geometry = ring(n, crossed);
		const times: number[] = [];
		let problems: string[] = [];
		for (let r = 0; r < RUNS; r++) {
			const t0 = performance.now();
			problems = geometryProblems(geometry, JIADING_AREA);
			times.push(performance.now() - t0);
		}
		const found = problems.some((p) => p.startsWith('self-intersecting'));
		if (found !== crossed)
			throw new Error(`${n} positions: crossing ${crossed} but found ${found}`);
		const ms = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
		if (n === 100_000) slowest = Math.max(slowest, ms);
		console.log(
			n.toLocaleString('en').padEnd(12) +
				(crossed ? 'crossed' : 'simple').padEnd(10) +
				ms.toFixed(0).padEnd(10) +
				((ms / n) * 1000).toFixed(2)
		);
	}
}
console.log(
	`\n100,000 positions: ${(slowest / 1000).toFixed(2)} s (target < 5 s): ${slowest < 5000 ? 'PASS' : 'FAIL'}`
);
