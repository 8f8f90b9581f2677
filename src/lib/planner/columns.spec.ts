import { describe, expect, it } from 'vitest';
import { ZH_PAGES } from '$lib/i18n/messages-pages-zh';
import { ZH } from '$lib/i18n/messages-zh';
import { CORE_COLUMNS, OPTIONAL_COLUMNS, SORTABLE_COLUMNS, splitUnit } from './columns';
import { SORT_KEYS } from './table';

describe('the planner columns', () => {
	it('split a label before its unit, in English and in Chinese', () => {
		expect(splitUnit('Stated area (km²)')).toEqual({
			text: 'Stated area',
			gap: ' ',
			unit: '(km²)'
		});
		expect(splitUnit('文章所述面积（平方公里）')).toEqual({
			text: '文章所述面积',
			gap: '',
			unit: '（平方公里）'
		});
		expect(splitUnit('Mapped ÷ stated')).toEqual({ text: 'Mapped ÷ stated', gap: '', unit: null });
	});

	it('sort by every sort key, each once', () => {
		expect(SORTABLE_COLUMNS.map((c) => c.key).sort()).toEqual([...SORT_KEYS].sort());
		const labels = [...CORE_COLUMNS, ...OPTIONAL_COLUMNS].map((c) => c.label);
		expect(new Set(labels).size).toBe(labels.length);
		const chinese: Record<string, string> = { ...ZH.messages, ...ZH_PAGES };
		for (const label of labels) expect(chinese[label], label).toBeTruthy();
	});
});
