import { describe, expect, it } from 'vitest';
import { isPinyinName, parseByline, splitTrailingCredit } from './bylines';
import { groupCopies, similarity } from './dedupe';
import { conversionProblem } from './fact-checks';
import { findFigures } from './figures';
import type { ArticleCopy } from './seed-parser';
import { cleanLine, slugify } from './text';

describe('bylines', () => {
	it('reads pinyin names and desk bylines', () => {
		expect(parseByline('Li Huacheng, Hu Xindong and Shi Jingyun')).toEqual([
			'Li Huacheng',
			'Hu Xindong',
			'Shi Jingyun'
		]);
		expect(parseByline('Staff Reporters')).toEqual(['Staff Reporters']);
	});
	it('does not mistake short headings or caption labels for bylines', () => {
		for (const line of [
			'Leading companies',
			'Special Reports',
			'Shanghai MedValley',
			'Top',
			'100 billion'
		]) {
			expect(parseByline(line)).toBeNull();
		}
		expect(isPinyinName('Jin Shizhen')).toBe(true);
	});
	it('splits a caption from its photo credit', () => {
		expect(splitTrailingCredit('The park in bloom. — Yu Chao')).toEqual({
			text: 'The park in bloom.',
			credit: 'Yu Chao'
		});
	});
});

describe('cleaning and slugs', () => {
	it('removes markdown escapes, emphasis and heading marks', () => {
		expect(cleanLine('#### about 45 *mu* (US\\$13.85 billion)\u00a0 ')).toBe(
			'about 45 mu (US$13.85 billion)'
		);
		expect(cleanLine('**Staff Reporters** ')).toBe('Staff Reporters');
	});
	it('makes URL slugs from headlines', () => {
		expect(slugify("Shanghai MedValley strengthens Jiading's biopharma sector")).toBe(
			'shanghai-medvalley-strengthens-jiadings-biopharma-sector'
		);
	});
});

describe('figures', () => {
	it('reads scaled amounts, currencies, dates, ranges and numbers in words', () => {
		const figures = findFigures(
			'97 projects worth 100 million yuan (US$13.85 million), a 100-billion-yuan plan, 1.133 million square meters, In February 2021, on October 13, 80–120cm, three months'
		);
		expect(figures.map((f) => [f.text, f.values, f.month ?? null, f.day ?? null])).toEqual([
			['97', [97], null, null],
			['100 million', [1e8, 100], null, null],
			['US$13.85 million', [13.85e6, 13.85], null, null],
			['100-billion', [1e11, 100], null, null],
			['1.133 million', [1133000, 1.133], null, null],
			['February 2021', [2021], 2, null],
			['October 13', [13], 10, 13],
			['80', [80], null, null],
			['120', [120], null, null],
			['three', [3], null, null]
		]);
	});
});

describe('unit conversions', () => {
	it('accepts the printed pairs of the articles', () => {
		expect(conversionProblem(45, 'mu', { value: 3, unit: 'ha' })).toBeNull();
		expect(conversionProblem(200, 'mu', { value: 133333, unit: 'sqm' })).toBeNull();
		expect(conversionProblem(100e9, 'yuan', { value: 13.7e9, unit: 'usd' })).toBeNull();
	});
	it('rejects pairs that cannot be the same amount', () => {
		expect(conversionProblem(45, 'mu', { value: 30, unit: 'ha' })).toBe(
			'45 mu is 3.000 ha, not 30'
		);
		expect(conversionProblem(100e9, 'yuan', { value: 100e9, unit: 'usd' })).toMatch(
			/implies 1\.00 yuan per dollar/
		);
	});
});

describe('duplicate detection', () => {
	const copy = (seed: string, title: string, text: string): ArticleCopy => ({
		seed,
		title,
		authors: [],
		date: null,
		paragraphs: text.split('\n').map((t) => ({ kind: 'body', text: t })),
		captions: [],
		notes: []
	});
	const forum =
		'The forum was held in Jiading District on a sunny day in autumn.\nMany companies signed agreements to build a park together in the town.';
	it('groups copies by shared text even when their headlines differ', () => {
		const groups = groupCopies([
			copy('a.txt', 'Forum on medical cluster', forum),
			copy('b.txt', 'Medical cluster forum held', forum.toUpperCase()),
			copy(
				'c.txt',
				'Forum on medical cluster',
				'Wisteria blooms in the old town park this spring, drawing many visitors.'
			)
		]);
		expect(groups.map((g) => g.map((c) => c.seed))).toEqual([['a.txt', 'b.txt'], ['c.txt']]);
	});
	it('scores identical text 1 and unrelated text 0', () => {
		expect(similarity(forum, forum)).toBe(1);
		expect(
			similarity(forum, 'Wisteria blooms in the old town park this spring, drawing many visitors.')
		).toBe(0);
	});
});
