/**
 * How figures and dates read in each interface language. The numbers are the articles' own;
 * only their wording changes ("100 billion yuan" / "1000亿元").
 */
import { MONTHS } from '$lib/content/figures';
import type { Locale } from '$lib/i18n/messages';
import type { CuratedFact } from '$lib/schema/fact';
import type { Qualifier, Unit } from '$lib/schema/vocabulary';

const UNIT_WORDS: Record<Locale, Record<Unit, [before: string, after: string]>> = {
	en: {
		yuan: ['', ' yuan'],
		usd: ['US$', ''],
		km2: ['', ' km²'],
		mu: ['', ' mu'],
		ha: ['', ' ha'],
		sqm: ['', ' m²'],
		count: ['', ''],
		percent: ['', '%'],
		year: ['', ' years'],
		month: ['', ' months'],
		day: ['', ' days'],
		hour: ['', ' hours'],
		cm: ['', ' cm']
	},
	zh: {
		yuan: ['', '元'],
		usd: ['', '美元'],
		km2: ['', '平方公里'],
		mu: ['', '亩'],
		ha: ['', '公顷'],
		sqm: ['', '平方米'],
		count: ['', ''],
		percent: ['', '%'],
		year: ['', '年'],
		month: ['', '个月'],
		day: ['', '天'],
		hour: ['', '小时'],
		cm: ['', '厘米']
	}
};

const QUALIFIER_WORDS: Record<Locale, Record<Qualifier, string>> = {
	en: {
		exact: '',
		about: 'about ',
		'more-than': 'more than ',
		almost: 'almost ',
		'at-least': 'at least ',
		range: ''
	},
	zh: { exact: '', about: '约', 'more-than': '超过', almost: '近', 'at-least': '至少', range: '' }
};

const trim = (n: number) => String(Number(n.toPrecision(12)));

/** A number in words of scale: 23.58 billion, 7,465; 235.8亿, 7465. */
export function formatNumber(value: number, locale: Locale): string {
	if (locale === 'zh') {
		if (Math.abs(value) >= 1e8) return `${trim(value / 1e8)}亿`;
		if (Math.abs(value) >= 1e4 && value % 1e4 === 0) return `${trim(value / 1e4)}万`;
		return trim(value);
	}
	if (Math.abs(value) >= 1e9) return `${trim(value / 1e9)} billion`;
	if (Math.abs(value) >= 1e6) return `${trim(value / 1e6)} million`;
	return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

function amount(value: number, unit: Unit | undefined, locale: Locale, upper?: number): string {
	const [before, after] = UNIT_WORDS[locale][unit ?? 'count'];
	const number =
		upper === undefined
			? formatNumber(value, locale)
			: `${formatNumber(value, locale)}–${formatNumber(upper, locale)}`;
	return `${before}${number}${after}`;
}

/** "more than 100 billion yuan (US$13.85 billion)", "80–120 cm", "约10亿元". */
export function formatValue(
	fact: Pick<CuratedFact, 'value' | 'value_max' | 'unit' | 'qualifier' | 'also'>,
	locale: Locale
): string {
	if (fact.value === undefined) return '';
	const main = amount(fact.value, fact.unit, locale, fact.value_max);
	const qualifier = QUALIFIER_WORDS[locale][fact.qualifier ?? 'exact'];
	const also = (fact.also ?? []).map((e) => amount(e.value, e.unit, locale));
	return `${qualifier}${main}${also.length ? ` (${also.join(', ')})` : ''}`;
}

/** A partial ISO date as words; a month-day without a year says the year is not stated. */
export function formatDate(date: string, locale: Locale): { text: string; yearStated: boolean } {
	const yearless = date.startsWith('--');
	const [year, month, day] = yearless ? [undefined, ...date.slice(2).split('-')] : date.split('-');
	const m = month ? Number(month) : undefined;
	const d = day ? Number(day) : undefined;
	let text: string;
	if (locale === 'zh') {
		text = `${year ? `${year}年` : ''}${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
	} else {
		text = [d, m ? MONTHS[m - 1] : undefined, year].filter(Boolean).join(' ');
	}
	return { text, yearStated: !yearless };
}
