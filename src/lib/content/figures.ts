/**
 * Figures as printed in the articles: numbers with their scale ("100 billion", "7,465",
 * "US$13.85 million"), numbers in words ("three months"), dates ("September 26", "February
 * 2021", "early May"), and figures given only as words or approximations ("billions of yuan",
 * "dozens", "a number of", "the first half", "this year"). The coverage check finds every one of
 * them; fact checks look for a fact's value among the figures of its quote, and for every figure
 * of a label among the figures of its quote.
 */

export interface Figure {
	/** The figure as printed. */
	text: string;
	start: number;
	end: number;
	/** Numeric readings: the scaled amount and the bare number ("100 billion" → 1e11 and 100). */
	values: number[];
	month?: number;
	day?: number;
	/** "early", "mid" or "late" before a month name. */
	part?: string;
	/**
	 * For figures without a number of their own (an amount in words, a vague quantity, a part of a
	 * year, a year told relative to the article): the wording, lower-cased, that a fact's label
	 * must repeat to carry the figure ("billions of", "the first half", "this year").
	 */
	approximate?: string;
}

/** English month names, as the articles print them. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER_WORDS: Record<string, number> = {
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	thousand: 1000
};

/**
 * Figures in words that have no number of their own. Amounts ("billions of yuan"), vague counts
 * ("dozens", "a number of"), parts of a year ("the first half") and years told relative to the
 * article's date ("this year", "over the past year"): a label that repeats a figure's number but
 * drops one of these says more than its quote.
 */
export const APPROXIMATIONS = [
	'(?:tens of |hundreds of )?(?:thousands|millions|billions) of',
	'hundreds of',
	'dozens(?: of)?',
	'hundreds',
	'several',
	'a (?:large |small )?number of',
	'a group of',
	'(?:the )?(?:first|second) half(?: of the year)?',
	'(?:this|last|next|past|previous) (?:year|month)',
	'within the year',
	'(?:in )?recent years'
];

const FIGURE = new RegExp(
	[
		`\\b(?<approx>${APPROXIMATIONS.join('|')})\\b`,
		`(?:\\b(?<part>early|mid|late)[\\s-]+)?(?<month>${MONTHS.join('|')})(?:\\s+(?<day>\\d{1,2})(?!\\d))?(?:,?\\s+(?<monthYear>\\d{4}))?`,
		`(?<![\\w.])(?:US\\$)?(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)(?<frac>\\.\\d+)?(?:[\\s-]+(?<scale>thousand|million|billion)\\b)?`,
		`\\b(?<word>${Object.keys(NUMBER_WORDS).join('|')})\\b`
	].join('|'),
	'gi'
);

/**
 * Digits and separators in any compatibility form (full-width "１２０，５", circled "①",
 * superscript "²", …) as ASCII, by their NFKC form, one character for one so offsets hold.
 */
export function asciiDigits(text: string): string {
	return text.replace(/[^\p{ASCII}]/gu, (c) => {
		const n = c.normalize('NFKC');
		// Only one UTF-16 unit for one: a digit beyond the BMP ("𝟏") would shift every offset after it.
		return c.length === 1 && /^[0-9.,]$/.test(n) ? n : c;
	});
}

export function findFigures(text: string): Figure[] {
	const figures: Figure[] = [];
	for (const m of asciiDigits(text).matchAll(FIGURE)) {
		const g = m.groups ?? {};
		// The figure as printed (full-width digits stay full-width in messages and unmapped lists).
		const base = {
			text: text.slice(m.index, m.index + m[0].length),
			start: m.index,
			end: m.index + m[0].length
		};
		if (g.approx) {
			figures.push({ ...base, values: [], approximate: normalise(g.approx) });
		} else if (g.month) {
			// Month names count only when capitalised: "may" is a verb.
			const month = MONTHS.indexOf(g.month) + 1;
			if (month === 0) continue;
			const values = [g.day, g.monthYear].filter(Boolean).map(Number);
			figures.push({
				...base,
				values,
				month,
				...(g.day ? { day: Number(g.day) } : {}),
				...(g.part ? { part: g.part.toLowerCase() } : {})
			});
		} else if (g.int) {
			const bare = Number(g.int.replace(/,/g, '') + (g.frac ?? ''));
			const scale = g.scale ? SCALES[g.scale.toLowerCase()]! : 1;
			figures.push({ ...base, values: scale === 1 ? [bare] : [round(bare * scale), bare] });
		} else if (g.word) {
			figures.push({ ...base, values: [NUMBER_WORDS[g.word.toLowerCase()]!] });
		}
	}
	return figures;
}

/** Lower case, single spaces, no leading "the"/"in": the form two wordings are compared in. */
export function normalise(wording: string): string {
	return wording
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/^(?:the|in) /, '');
}

/** Removes floating-point noise from scaled amounts (13.85 × 1e9). */
function round(n: number): number {
	return Number(n.toPrecision(12));
}

export function sameNumber(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
