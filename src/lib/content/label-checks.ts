/**
 * Checks that a fact's label says no more than its quote. A label is the curators' one line
 * above a verbatim quote; readers take it as what the article says, so:
 * - every figure in it (number, year, month and day, percentage, figure in words) is one of the
 *   quote's figures, in English and in the Chinese label;
 * - every capitalised name in it stands in the quote or names one of the fact's places;
 * - emphatic words ("main", "leading", "the first") are the quote's own;
 * - a date is the date of the event: not the opening of a span ("from October 16 to"), and a
 *   "since", "until" or "by" in the quote is kept in the label;
 * - the Chinese label is written in Chinese, and a word in Latin letters in it (a company without
 *   a Chinese name) is one the quote or the English label prints.
 */
import type { CuratedFact } from '../schema/fact';
import { findFigures, sameNumber, type Figure } from './figures';

export interface LabelProblem {
	field: string;
	message: string;
}

/** Words that rank or single out; a label may use one only where its quote does. */
export const EMPHATIC_WORDS = [
	'leading',
	'main',
	'major',
	'key',
	'core',
	'largest',
	'biggest',
	'first',
	'only',
	'top',
	'best',
	'most',
	'all',
	'every',
	'heart',
	'newest',
	'significant'
];

/** Prepositions that make a date a bound rather than the day of an event; each group is one meaning. */
const DATE_RELATIONS = [['since'], ['until', 'till', 'through'], ['by'], ['before'], ['after']];

const CHINESE_SCALES: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };

const CHINESE_DIGITS: Record<string, number> = {
	零: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number written in Chinese characters below ten thousand: "十五" 15, "一千二百五十四" 1254. */
export function chineseNumber(text: string): number {
	let total = 0;
	let digit = 0;
	for (const ch of text) {
		if (ch in CHINESE_DIGITS) digit = CHINESE_DIGITS[ch]!;
		else {
			total += (digit || 1) * CHINESE_UNITS[ch]!;
			digit = 0;
		}
	}
	return total + digit;
}

/**
 * Chinese wordings of the figures in words that `findFigures` reads from the English as
 * approximations, with that English wording: "过去一年" carries "past year", not the number one.
 */
const CHINESE_APPROXIMATIONS: Record<string, string> = {
	过去一年: 'past year',
	今年: 'this year',
	去年: 'last year',
	明年: 'next year',
	上半年: 'first half',
	下半年: 'second half',
	年内: 'within the year',
	近年来: 'recent years',
	数十亿: 'billions of',
	数百万: 'millions of',
	一批: 'a group of'
};

/** Measure words after a lone numeral character: "三个月", "五家". Without one, "一轴" is a name. */
const MEASURE = '[个家年月日项名座所倍亩期批条种类次%]|平方|公里|公顷|米';

/**
 * Numbers and dates in a Chinese label: "100亿元", "2.2平方公里", "2025年", "9月26日", numbers in
 * characters: "三个月", "千亿级", "百分之三十", and figures in words: "今年", "数十亿".
 */
export function findChineseFigures(text: string): Figure[] {
	const figures: Figure[] = [];
	const pattern = new RegExp(
		[
			`(?<approx>${Object.keys(CHINESE_APPROXIMATIONS).join('|')})`,
			'(?<month>\\d{1,2})月(?:(?<day>\\d{1,2})日)?',
			'百分之(?<percent>[零一二两三四五六七八九十百千]+|\\d+(?:\\.\\d+)?)',
			'(?<n>\\d+(?:\\.\\d+)?)(?<scale>万亿|亿|万|千)?',
			`(?<cn>[零一二两三四五六七八九十百千]+)(?<cnScale>万亿|亿|万)?(?<measure>${MEASURE})?`
		].join('|'),
		'g'
	);
	for (const m of text.matchAll(pattern)) {
		const g = m.groups ?? {};
		const base = { text: m[0], start: m.index, end: m.index + m[0].length };
		const scaled = (n: number, scale: string | undefined) => {
			const factor = scale ? CHINESE_SCALES[scale]! : 1;
			return factor === 1 ? [n] : [Number((n * factor).toPrecision(12)), n];
		};
		if (g.approx) {
			figures.push({ ...base, values: [], approximate: CHINESE_APPROXIMATIONS[g.approx]! });
		} else if (g.month) {
			figures.push({
				...base,
				values: g.day ? [Number(g.day)] : [],
				month: Number(g.month),
				...(g.day ? { day: Number(g.day) } : {})
			});
		} else if (g.percent) {
			const n = /\d/.test(g.percent) ? Number(g.percent) : chineseNumber(g.percent);
			figures.push({ ...base, values: [n] });
		} else if (g.n) {
			figures.push({ ...base, values: scaled(Number(g.n), g.scale) });
		} else if (g.cn) {
			// A lone character before a noun is part of a name ("一轴一镇", "两谷两区").
			const counts = g.cn.length > 1 || /[十百千]/.test(g.cn) || g.cnScale || g.measure;
			if (counts) figures.push({ ...base, values: scaled(chineseNumber(g.cn), g.cnScale) });
		}
	}
	return figures;
}

/** Is the label's figure one the quote prints? */
function printedIn(figure: Figure, quoteFigures: Figure[]): boolean {
	if (figure.approximate !== undefined)
		return quoteFigures.some((q) => q.approximate === figure.approximate);
	if (figure.month !== undefined)
		return quoteFigures.some(
			(q) =>
				q.month === figure.month &&
				(figure.day === undefined || q.day === figure.day) &&
				(figure.part === undefined || q.part === figure.part)
		);
	// A scaled figure ("100 billion", "100亿") must keep its scale: its full value is compared, not
	// the bare number, so "100 million" or "100亿" (10 billion) cannot pass for "100 billion".
	if (figure.values.length > 1)
		return quoteFigures.some(
			(q) => q.values.length > 0 && sameNumber(q.values[0]!, figure.values[0]!)
		);
	return figure.values.some((v) =>
		quoteFigures.some((q) => q.values.some((w) => sameNumber(v, w)))
	);
}

const wordPattern = (word: string) =>
	new RegExp(
		`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
		'iu'
	);

function onlyCapitalised(word: string, text: string): boolean {
	const all = [...text.matchAll(new RegExp(wordPattern(word).source, 'giu'))].map((m) => m[0]);
	return all.length > 0 && all.every((w) => w !== w.toLowerCase());
}

/** Capitalised words of a label, possessive endings dropped ("MedValley’s" → "MedValley"). */
function capitalisedWords(label: string): { word: string; first: boolean }[] {
	return [...label.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.-]*/gu)].map((m) => ({
		word: m[0].replace(/[’']s$/, '').replace(/[.-]+$/, ''),
		first: m.index === 0
	}));
}

/**
 * The capitalised words of a line (a label, a title) that none of the `known` texts carries. The
 * first word is capitalised as a sentence start: an ordinary word unless the article only ever
 * prints it capitalised (a name) or it is not a plain capitalised word.
 */
export function unknownNames(line: string, known: string[], articleText: string): string[] {
	return capitalisedWords(line)
		.filter(({ word }) => {
			// One pattern per word, not per word and text: compiling it is the slow part.
			const pattern = wordPattern(word);
			return !known.some((text) => pattern.test(text));
		})
		.filter(
			({ word, first }) =>
				!(first && /^\p{Lu}\p{Ll}+$/u.test(word) && !onlyCapitalised(word, articleText))
		)
		.map(({ word }) => word);
}

/** Words in Latin letters in a Chinese label ("Ballard", "R&D"), in their NFKC form. */
function latinWords(text: string): string[] {
	return [
		...text.normalize('NFKC').matchAll(/\p{Script=Latin}+(?:[&'’.-]\p{Script=Latin}+)*/gu)
	].map((m) => m[0]);
}

/**
 * The Chinese label is the atlas's translation of the English one: written in Chinese, and naming
 * in Latin letters (a company without a Chinese name) only what the quote or the label names.
 */
function chineseLabelProblems(labelZh: string, label: string, quote: string): LabelProblem[] {
	const problems: LabelProblem[] = [];
	if (!/\p{Script=Han}/u.test(labelZh))
		problems.push({ field: 'label_zh', message: 'has no Chinese character' });
	for (const word of new Set(latinWords(labelZh))) {
		const pattern = wordPattern(word);
		if (!pattern.test(quote) && !pattern.test(label))
			problems.push({
				field: 'label_zh',
				message: `names "${word}", which neither the quote nor the English label names`
			});
	}
	return problems;
}

export function labelProblems(
	/** `label_zh` is required of curated facts; the checks also take a fact without one. */
	fact: Pick<CuratedFact, 'label' | 'quote' | 'date' | 'year'> &
		Partial<Pick<CuratedFact, 'label_zh'>>,
	/**
	 * English names and aliases of the fact's places; null when the places could not be read, and
	 * then the names in the label are not checked (that would only repeat the places' problem).
	 */
	placeNames: string[] | null,
	/** The article's whole text, to tell a name at the label's start from an ordinary word. */
	articleText: string
): LabelProblem[] {
	const problems: LabelProblem[] = [];
	const quoteFigures = findFigures(fact.quote);
	for (const figure of findFigures(fact.label)) {
		if (!printedIn(figure, quoteFigures))
			problems.push({ field: 'label', message: `"${figure.text}" is not a figure of the quote` });
	}
	if (fact.label_zh) {
		for (const figure of findChineseFigures(fact.label_zh)) {
			if (!printedIn(figure, quoteFigures))
				problems.push({
					field: 'label_zh',
					message: `"${figure.text}" is not a figure of the quote`
				});
		}
		problems.push(...chineseLabelProblems(fact.label_zh, fact.label, fact.quote));
	}
	const unknown = placeNames
		? unknownNames(fact.label, [fact.quote, ...placeNames], articleText)
		: [];
	for (const word of unknown)
		problems.push({
			field: 'label',
			message: `names "${word}", which the quote does not name and which is not a name of the fact's places`
		});
	for (const word of EMPHATIC_WORDS) {
		const definite = new RegExp(`\\bthe ${word}\\b`, 'i');
		if (definite.test(fact.label) && !definite.test(fact.quote))
			problems.push({
				field: 'label',
				message: `says "the ${word}", which the quote does not`
			});
		else if (wordPattern(word).test(fact.label) && !wordPattern(word).test(fact.quote))
			problems.push({ field: 'label', message: `says "${word}", which the quote does not` });
	}
	if (fact.date || fact.year) problems.push(...dateProblems(fact, quoteFigures));
	return problems;
}

/** The quote's words just before and after the printed date tell what the date is of. */
function dateProblems(
	fact: Pick<CuratedFact, 'label' | 'quote' | 'date' | 'year'>,
	quoteFigures: Figure[]
): LabelProblem[] {
	const [, year, month, day] = fact.date
		? (/^(?:(\d{4})|-)-?(\d{2})?-?(\d{2})?$/.exec(fact.date) ?? [])
		: [undefined, String(fact.year)];
	const printed = quoteFigures.find(
		(f) =>
			(month === undefined || f.month === Number(month)) &&
			(day === undefined || f.day === Number(day)) &&
			(year === undefined || f.values.includes(Number(year)))
	);
	if (!printed) return [];
	// The word before the date, without the punctuation around it ("(since", "\"By").
	const before =
		fact.quote
			.slice(0, printed.start)
			.trim()
			.split(/\s+/)
			.at(-1)
			?.toLowerCase()
			.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '') ?? '';
	const after = fact.quote.slice(printed.end);
	const problems: LabelProblem[] = [];
	// "from October 16 to", "October 16–20", "October 16 to 20", "between October 16 and".
	const link = /^\s*(?:to|until|till|through|and|[-–])(?:\s*\d{1,2}\b)?/i.exec(after)?.[0] ?? '';
	const opensSpan =
		(['from', 'between'].includes(before) && link !== '') || /^\s*(?:[-–]|to\s+\d)/.test(link);
	if (opensSpan && fact.date)
		problems.push({
			field: 'date',
			message: `"${before ? `${before} ` : ''}${printed.text}${link.trimEnd()}" opens a span in the quote; its start is not the date of an event`
		});
	// A year alone (a target's "by 2025") is shown as "target 2025" beside the value; its label
	// must keep the relation only where the label itself prints the year.
	const labelDated =
		fact.date !== undefined ||
		findFigures(fact.label).some((f) => f.values.includes(fact.year ?? Number.NaN));
	const relation = DATE_RELATIONS.find((group) => group.includes(before));
	if (labelDated && relation && !relation.some((word) => wordPattern(word).test(fact.label)))
		problems.push({
			field: 'label',
			message: `the quote says "${before} ${printed.text}"; the label must keep "${before}"${relation.length > 1 ? ` (or ${relation.filter((w) => w !== before).join(', ')})` : ''}`
		});
	return problems;
}
