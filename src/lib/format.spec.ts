import { expect, test } from 'vitest';
import { formatDate, formatNumber, formatValue } from './format';
import { loadContent } from '$lib/server/load';

test('large amounts read in words of scale in each language', () => {
	expect(formatNumber(23_580_000_000, 'en')).toBe('23.58 billion');
	expect(formatNumber(23_580_000_000, 'zh')).toBe('235.8亿');
	expect(formatNumber(7465, 'en')).toBe('7,465');
	expect(formatNumber(130_000_000, 'en')).toBe('130 million');
	expect(formatNumber(20_000, 'zh')).toBe('2万');
});

test('qualifiers, units, ranges and printed equivalents are kept', () => {
	expect(
		formatValue(
			{
				value: 1e11,
				unit: 'yuan',
				qualifier: 'more-than',
				also: [{ value: 1.385e10, unit: 'usd' }]
			},
			'en'
		)
	).toBe('more than 100 billion yuan (US$13.85 billion)');
	expect(formatValue({ value: 80, value_max: 120, unit: 'cm', qualifier: 'range' }, 'en')).toBe(
		'80–120 cm'
	);
	expect(formatValue({ value: 1e10, unit: 'yuan', qualifier: 'about' }, 'zh')).toBe('约100亿元');
	expect(formatValue({ value: 2.2, unit: 'km2' }, 'en')).toBe('2.2 km²');
});

test('a month and day without a year says so', () => {
	expect(formatDate('--09-26', 'en')).toEqual({ text: '26 September', yearStated: false });
	expect(formatDate('2021-02', 'en')).toEqual({ text: 'February 2021', yearStated: true });
	expect(formatDate('2021-02', 'zh')).toEqual({ text: '2021年2月', yearStated: true });
});

test('every real figure formats to text that carries its number', () => {
	for (const fact of loadContent().facts.filter((f) => f.value !== undefined)) {
		const text = formatValue(fact, 'en');
		expect(text, fact.id).toMatch(/\d/);
		expect(text, fact.id).not.toMatch(/undefined|NaN/);
	}
});
