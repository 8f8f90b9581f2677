import { describe, expect, it } from 'vitest';
import { DataError } from './errors';
import { loadAtlas, loadContent, readTour } from '$lib/server/load';
import { anchorOf } from './stories';
import { buildTour, TRACE_STEPS } from './tour';

const tour = () => loadAtlas().tour;
const readTourIds = () => JSON.parse(readTour().text) as { id: string; facts: string[] }[];

describe('the guided tour', () => {
	it('has the chapters the district story needs, in order', () => {
		expect(tour().map((c) => c.id)).toEqual([
			'layout',
			'one-axis',
			'one-town',
			'two-valleys',
			'two-zones',
			'medical',
			'anting',
			'north-hongqiao',
			'waigang',
			'wisteria'
		]);
	});

	it('tells each layout element with the article fact that names it', () => {
		const factsOf = (id: string) =>
			tour()
				.find((c) => c.id === id)!
				.facts.map((f) => f.id);
		expect(factsOf('layout')).toContain('layout-pattern');
		expect(factsOf('one-axis')).toContain('layout-one-axis');
		expect(factsOf('one-town')).toContain('layout-one-town');
		expect(factsOf('two-valleys')).toContain('layout-two-valleys');
		expect(factsOf('two-zones')).toContain('layout-two-zones');
	});

	it("never presents a district-wide figure as the town's: it is shown apart, as the district's", () => {
		const anting = tour().find((c) => c.id === 'anting')!;
		expect(anting.districtFacts.map((f) => f.id)).toContain('hydrogen-output-target');
		expect(anting.facts.map((f) => f.id)).not.toContain('hydrogen-output-target');
		for (const chapter of tour()) {
			for (const fact of chapter.facts)
				if (chapter.open !== 'jiading') expect(fact.places, fact.id).not.toEqual(['jiading']);
			for (const fact of chapter.districtFacts) expect(fact.places).toEqual(['jiading']);
		}
		// Nothing the curators listed is lost, and every chapter tells something.
		const curated = new Map(readTourIds().map((c) => [c.id, c.facts]));
		for (const chapter of tour()) {
			expect(chapter.facts.length + chapter.districtFacts.length, chapter.id).toBeGreaterThan(0);
			expect(
				[...chapter.facts, ...chapter.districtFacts].map((f) => f.id).sort(),
				chapter.id
			).toEqual([...curated.get(chapter.id)!].sort());
		}
	});

	it('frames every place it names and opens a place that has a story', () => {
		const atlas = loadAtlas();
		for (const chapter of atlas.tour) {
			expect(atlas.stories[chapter.open], chapter.id).toBeDefined();
			const [w, s, e, n] = chapter.bbox;
			const open = atlas.places.find((p) => p.id === chapter.open)!;
			expect(w).toBeLessThanOrEqual(e);
			expect(s).toBeLessThanOrEqual(n);
			// Jiading lies around 121.1–121.4 E, 31.2–31.5 N.
			expect(w).toBeGreaterThan(120.9);
			expect(n).toBeLessThan(31.6);
			if (chapter.id !== 'layout') expect(open.bbox[0]).toBeGreaterThanOrEqual(w - 0.05);
		}
	});

	it('traces the One Axis from Jiangqiao northwards along the Jiamin Line', () => {
		const axis = tour().find((c) => c.id === 'one-axis')!;
		expect(axis.trace).toHaveLength(TRACE_STEPS);
		const jiangqiao = anchorOf(loadContent().places.find((p) => p.id === 'jiangqiao')!);
		const [first, last] = [axis.trace![0]!, axis.trace!.at(-1)!];
		const dist = (a: [number, number]) => Math.hypot(a[0] - jiangqiao[0], a[1] - jiangqiao[1]);
		expect(dist(first)).toBeLessThan(dist(last));
		expect(last[1]).toBeGreaterThan(first[1]);
	});

	it('brings a disagreement along with a disagreeing fact', () => {
		const medical = tour().find((c) => c.id === 'medical')!;
		expect(medical.disagreements.map((d) => d.id)).toContain('biopharma-firm-counts');
	});
});

describe('a bad tour file is reported with file, chapter and field', () => {
	function problemsOf(edit: (chapters: Record<string, unknown>[]) => void): string[] {
		const source = readTour();
		const chapters = JSON.parse(source.text) as Record<string, unknown>[];
		edit(chapters);
		try {
			buildTour({ ...source, text: JSON.stringify(chapters) }, loadContent());
		} catch (error) {
			if (error instanceof DataError) return error.problems.map((p) => JSON.stringify(p));
			throw error;
		}
		return [];
	}

	it('a title naming what its chapter does not show or quote', () => {
		const problems = problemsOf((chapters) => {
			chapters[9]!.title_en = 'Wisteria in the Qiuxia Garden';
		});
		expect(problems).toEqual([
			JSON.stringify({
				file: 'geo/tour.json',
				id: 'wisteria',
				field: 'title_en',
				message:
					'names "Qiuxia", which no fact of the chapter quotes and no place it shows is called'
			})
		]);
	});

	it('an unknown fact, place or line', () => {
		const problems = problemsOf((chapters) => {
			(chapters[1]!.facts as string[]).push('no-such-fact');
			chapters[2]!.open = 'atlantis';
			chapters[1]!.trace = { place: 'malu', from: 'jiangqiao' };
		});
		expect(problems).toEqual([
			JSON.stringify({
				file: 'geo/tour.json',
				id: 'one-axis',
				field: 'facts.1',
				message: 'no fact with the id "no-such-fact"'
			}),
			JSON.stringify({
				file: 'geo/tour.json',
				id: 'one-axis',
				field: 'trace.place',
				message: '"malu" is a MultiPolygon, not a line to trace'
			}),
			JSON.stringify({
				file: 'geo/tour.json',
				id: 'one-town',
				field: 'open',
				message: 'no place with the id "atlantis"'
			})
		]);
	});

	it('a missing field and a duplicate id', () => {
		const problems = problemsOf((chapters) => {
			delete chapters[3]!.title_en;
		});
		expect(problems).toEqual([
			JSON.stringify({
				file: 'geo/tour.json',
				id: 'two-valleys',
				field: 'title_en',
				message: 'missing (expected string)'
			})
		]);
		expect(
			problemsOf((chapters) => {
				chapters[4]!.id = 'one-axis';
			})
		).toContainEqual(
			JSON.stringify({
				file: 'geo/tour.json',
				id: 'one-axis',
				field: 'id',
				message: 'duplicate id'
			})
		);
	});
});
