import { describe, expect, test } from 'vitest';
import { zhLines } from './zh-lines';

describe('Chinese names in lines (zh-lines.ts)', () => {
	test('a name that fits stays on one line', () => {
		expect(zhLines('上海智慧出行设计谷', 9)).toBe('上海智慧出行设计谷');
		expect(zhLines('马陆镇', 7)).toBe('马陆镇');
	});

	test('breaks between words, never inside one, and keeps suffixes with their word', () => {
		// ICU splits 产业园 as 产业 | 园 and 南翔 as 南 | 翔: both stay whole.
		expect(zhLines('上海（南翔）精准医学产业园', 9)).toBe('上海（南翔）\n精准医学产业园');
		expect(zhLines('上海市嘉定工业区', 7)).toBe('上海市嘉定\n工业区');
		expect(zhLines('国际精准医学创新中心', 9)).toBe('国际精准医学\n创新中心');
	});

	test('prefers a bracket or a mark to a break between two words', () => {
		expect(zhLines('虹桥北（北虹桥商务区）', 9)).toBe('虹桥北\n（北虹桥商务区）');
		expect(zhLines('嘉定镇街道、新成路街道', 7)).toBe('嘉定镇街道、\n新成路街道');
	});

	test('keeps every character, in order, with each line within its length where words allow', () => {
		for (const [name, perLine] of [
			['瑞金-嘉定新城高端医疗装备产业园', 9],
			['上海（南翔）精准医学产业园', 5],
			['一二三四五六七八九十', 3]
		] as const) {
			const lines = zhLines(name, perLine).split('\n');
			expect(lines.join('')).toBe(name);
			expect(lines.length).toBeGreaterThan(1);
		}
		expect(
			zhLines('瑞金-嘉定新城高端医疗装备产业园', 9)
				.split('\n')
				.every((line) => [...line].length <= 9)
		).toBe(true);
	});
});
