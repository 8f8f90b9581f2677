import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAtlas, copyTag, createRewriter, generateScaledAtlas } from './scale-atlas';

describe('synthetic atlases for the scale benchmark', () => {
	const made: string[] = [];
	afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

	it('tags copies with two letters that are no figure', () => {
		expect([1, 2, 26, 27, 99].map(copyTag)).toEqual(['Qa', 'Qb', 'Qz', 'Xa', 'Vu']);
	});

	it('renames places after their longest name and tags other words, keeping figures', () => {
		const rewrite = createRewriter(['Malu', 'Malu Town', 'Jiading'], 'Qa');
		expect(rewrite("Jiading's Malu Town signed three deals in the first half").text).toBe(
			"Jiading Qa's Malu Town Qa signedqa three dealsqa in the first half"
		);
		const { text, map } = rewrite('in Malu Town today');
		expect(text.slice(map(3), map(12))).toBe('Malu Town Qa');
	});

	// Generating a 10× atlas and running the pipeline on it takes some seconds.
	it('makes a 10× atlas that passes the real pipeline with ten times the real content', () => {
		const real = checkAtlas(process.cwd(), { builders: false }).content;
		const scaled = generateScaledAtlas(10);
		made.push(scaled.dir);
		expect(scaled.dir.startsWith(tmpdir())).toBe(true);
		expect(readdirSync(join(scaled.dir, 'seeds'))).toHaveLength(10 * real.seedReports.length);
		const { content, tour } = checkAtlas(scaled.dir, { builders: false });
		expect(content.places).toHaveLength(10 * real.places.length);
		expect(content.articles).toHaveLength(10 * real.articles.length);
		expect(content.facts).toHaveLength(10 * real.facts.length);
		expect(content.disagreements).toHaveLength(10 * real.disagreements.length);
		expect(tour).toHaveLength(scaled.counts.chapters);
		expect(content.claimCoverage.unaccounted).toEqual([]);
		expect(content.coverage.unaccounted).toEqual([]);
	}, 60_000);
});
