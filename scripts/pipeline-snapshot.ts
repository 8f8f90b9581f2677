/**
 * `tsx scripts/pipeline-snapshot.ts <out> [--scale N] [--keep]`: writes everything the content
 * pipeline and the explorer's builders produce (content, tour, atlas, planner and every published
 * file) as JSON into <out>, with the time each step took in <out>/timings.json. Two snapshots are
 * the same output when `diff -r` finds no difference outside timings.json.
 *
 * Without --scale it reads the real atlas; with --scale N it first writes a synthetic atlas N
 * times the real one (scripts/scale-atlas.ts; deterministic, so the same N gives the same atlas)
 * and snapshots its sources too.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedPayloads } from '../src/lib/content/published';
import { checkAtlas, generateScaledAtlas } from './scale-atlas';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : undefined;
if (!out) throw new Error('usage: tsx scripts/pipeline-snapshot.ts <out> [--scale N] [--keep]');

mkdirSync(out, { recursive: true });
const write = (name: string, data: unknown) => {
	mkdirSync(join(out, name, '..'), { recursive: true });
	writeFileSync(join(out, name), JSON.stringify(data, null, '\t') + '\n');
};

let root = process.cwd();
let generate: number | undefined;
if (scale !== undefined) {
	const start = performance.now();
	const atlas = generateScaledAtlas(scale);
	generate = performance.now() - start;
	root = atlas.dir;
	const sources = (dir: string): string[] =>
		readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? sources(`${dir}/${e.name}`) : [`${dir}/${e.name}`]
		);
	for (const file of [...sources('seeds'), ...sources('geo')])
		write(`sources/${file}.json`, readFileSync(join(root, file), 'utf8'));
}

const { content, tour, atlas, planner, timings } = checkAtlas(root);
write('content.json', content);
write('tour.json', tour);
write('atlas.json', atlas);
write('planner.json', planner);
for (const payload of publishedPayloads(content, atlas!))
	write(`published${payload.path}`, payload);
const all = { ...(generate !== undefined && { generateScaledAtlas: generate }), ...timings };
writeFileSync(join(out, 'timings.json'), JSON.stringify(all, null, '\t') + '\n');
console.log(
	Object.entries(all)
		.map(([step, ms]) => `${step}: ${(ms / 1000).toFixed(2)} s`)
		.join('\n')
);
if (scale !== undefined && !args.includes('--keep')) rmSync(root, { recursive: true, force: true });
