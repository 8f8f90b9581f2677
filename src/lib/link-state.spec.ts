import { expect, test } from 'vitest';
import { legendParams, linkLegend, linkLocale, withParams } from './link-state';

const q = (s: string) => new URLSearchParams(s);

test('the language a link asks for', () => {
	expect(linkLocale(q('lang=zh'))).toBe('zh');
	expect(linkLocale(q('lang=en'))).toBe('en');
	expect(linkLocale(q('lang=fr'))).toBeNull();
	expect(linkLocale(q(''))).toBeNull();
});

test('legend choices come in the vocabulary’s order, once each; unknown values are reported', () => {
	expect(linkLegend(q('hide=leisure,towns,towns&industry=hydrogen,auto'))).toEqual({
		hidden: ['towns', 'leisure'],
		industries: ['auto', 'hydrogen'],
		unknown: []
	});
	expect(linkLegend(q('hide=roads&industry=steel,hydrogen&lang=fr'))).toEqual({
		hidden: [],
		industries: ['hydrogen'],
		unknown: [
			{ param: 'lang', value: 'fr' },
			{ param: 'hide', value: 'roads' },
			{ param: 'industry', value: 'steel' }
		]
	});
});

test('one state has one link: the atlas’s parameters in a fixed order, others kept after them', () => {
	const params = legendParams({ hidden: ['leisure', 'towns'], industries: ['hydrogen'] });
	expect(params).toEqual({ hide: 'towns,leisure', industry: 'hydrogen' });
	expect(withParams('?lang=zh&utm=x', params)).toBe(
		'?hide=towns,leisure&industry=hydrogen&lang=zh&utm=x'
	);
	expect(withParams('?hide=towns&lang=zh', { hide: null, industry: null })).toBe('?lang=zh');
	expect(withParams('?lang=zh', { lang: null })).toBe('');
	expect(withParams('', { town: 'malu', industry: 'auto' })).toBe('?industry=auto&town=malu');
});
