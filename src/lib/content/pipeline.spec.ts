import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSources } from '../../../tests/fixtures/sources';
import { Articles, SeedReports } from '../schema/article';
import { Facts } from '../schema/fact';
import { Places } from '../schema/place';
import { checkClaims } from './claim-coverage';
import { checkCoverage } from './fact-checks';
import { buildContent } from './pipeline';
import { jsonSchema, publishedPlaces } from './published';

const REQUIRED = {
	town: 'anting malu jiangqiao nanxiang waigang huating xuhang juyuan loutang jiadingzhen-xinchenglu zhenxin',
	cluster:
		'shanghai-medvalley united-imaging-town life-element-valley nanxiang-precision-medicine-park shanghai-international-automobile-city intelligent-mobility-design-valley jiading-hydrogen-park waigang-industrial-park north-hongqiao ruijin-jiading-medical-equipment-park jiading-new-city jiading-industrial-zone',
	axis: 'one-axis',
	site: 'ruijin-hospital united-imaging-hq ballard-anting valeo-waigang kindly-medical nanxiang-precision-medicine-center',
	leisure: 'jiading-wisteria-park nanshuiguan-park juyuan-garden huancheng-river'
};

describe('the real content', () => {
	it('has every required place with its kind, names, precision and source', () => {
		const { places } = buildContent(createSources());
		for (const [kind, ids] of Object.entries(REQUIRED)) {
			for (const id of ids.split(' ')) {
				const place = places.find((p) => p.id === id);
				expect(place?.properties.kind, id).toBe(kind);
				expect(place!.properties.name_zh.length, id).toBeGreaterThan(0);
				expect(place!.properties.precision_reason.length, id).toBeGreaterThan(20);
			}
		}
	});

	it('records the layout "One Axis, One Town, Two Valleys, Two Zones" as data', () => {
		const { places } = buildContent(createSources());
		const role = (r: string) =>
			places
				.filter((p) => p.properties.layout_role === r)
				.map((p) => p.id)
				.sort();
		expect(role('one-axis')).toEqual(['one-axis']);
		expect(role('one-town')).toEqual(['united-imaging-hq', 'united-imaging-town']);
		expect(role('two-valleys')).toEqual(['life-element-valley', 'shanghai-medvalley']);
		expect(role('two-zones')).toEqual(['anting', 'jiangqiao']);
	});

	it('accounts for every figure of the nine articles', () => {
		const { coverage } = buildContent(createSources());
		expect(coverage.unaccounted).toEqual([]);
		expect(coverage.mapped + coverage.unmapped).toBe(coverage.figures);
		expect(coverage.mapped).toBeGreaterThan(60);
	});

	it('records that articles disagree on the dollar value of 100 billion yuan', () => {
		const { facts, disagreements } = buildContent(createSources());
		const d = disagreements.find((x) => x.id === 'usd-value-of-100-billion-yuan')!;
		const dollars = d.facts.map((id) => facts.find((f) => f.id === id)!.also![0]!.value).sort();
		expect(dollars).toEqual([13.7e9, 13.8e9, 13.85e9]);
		expect(facts.filter((f) => f.disagreement === d.id)).toHaveLength(3);
	});

	it('publishes data that matches its own schemas', () => {
		const content = buildContent(createSources());
		expect(Places.safeParse(publishedPlaces(content)).success).toBe(true);
		expect(Articles.safeParse(content.articles).success).toBe(true);
		expect(Facts.safeParse(content.facts).success).toBe(true);
		expect(SeedReports.safeParse(content.seedReports).success).toBe(true);
		expect(jsonSchema('facts').$schema).toBe('https://json-schema.org/draft/2020-12/schema');
	});
});

describe('npm run check:data', () => {
	const run = (root: string) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', root], {
			encoding: 'utf8'
		});

	it('prints the coverage and exits 0 on the real data', () => {
		const result = run(process.cwd());
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/coverage: \d+ of \d+ figures are facts \(\d+\.\d%\), \d+ deliberately unmapped, 0 unaccounted/
		);
	});

	it('exits non-zero naming file, id and field when a fact is wrong', () => {
		const root = mkdtempSync(join(tmpdir(), 'atlas-'));
		cpSync('seeds', join(root, 'seeds'), { recursive: true });
		cpSync('geo', join(root, 'geo'), { recursive: true });
		const facts = JSON.parse(readFileSync('geo/facts.json', 'utf8'));
		facts[0].places = ['nowhere'];
		writeFileSync(join(root, 'geo/facts.json'), JSON.stringify(facts));
		const result = run(root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`geo/facts.json: "${facts[0].id}", field "places": unknown place "nowhere"`
		);
	});
});

describe('coverage checks', () => {
	/** Freezes a value and everything inside it, so any write into it throws. */
	function deepFreeze<T>(value: T): T {
		if (value && typeof value === 'object' && !Object.isFrozen(value)) {
			Object.freeze(value);
			for (const inner of Object.values(value)) deepFreeze(inner);
		}
		return value;
	}

	it('read the facts and articles they are given, and never write into them', () => {
		const sources = createSources();
		const content = buildContent(sources);
		const facts = deepFreeze(structuredClone(content.facts));
		const articles = deepFreeze(structuredClone(content.articles));
		const files = {
			facts: sources.facts.path,
			unmapped: sources.unmapped.path,
			disagreements: sources.disagreements.path,
			unmappedClaims: sources.unmappedClaims.path
		};
		const figures = checkCoverage(
			files,
			JSON.parse(sources.unmapped.text),
			JSON.parse(sources.disagreements.text),
			articles,
			facts
		);
		const claims = checkClaims(files, JSON.parse(sources.unmappedClaims.text), articles, facts);
		// Same results as the pipeline's own run, from frozen inputs.
		expect(figures.problems).toEqual([]);
		expect(claims.problems).toEqual([]);
		expect(figures.coverage).toEqual(content.coverage);
		expect(claims.coverage).toEqual(content.claimCoverage);
		expect(facts).toEqual(content.facts);
	});
});
