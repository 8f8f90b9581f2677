/**
 * Figures as printed in the articles: numbers with their scale ("100 billion", "7,465",
 * "US$13.85 million"), numbers in words ("three months"), and dates ("September 26",
 * "February 2021"). The coverage check finds every one of them; fact checks look for a fact's
 * value among the figures of its quote.
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
	twenty: 20,
	thirty: 30,
	hundred: 100,
	thousand: 1000
};

const FIGURE = new RegExp(
	[
		`(?<month>${MONTHS.join('|')})(?:\\s+(?<day>\\d{1,2})(?!\\d))?(?:,?\\s+(?<monthYear>\\d{4}))?`,
		`(?<![\\w.])(?:US\\$)?(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)(?<frac>\\.\\d+)?(?:[\\s-]+(?<scale>thousand|million|billion)\\b)?`,
		`\\b(?<word>${Object.keys(NUMBER_WORDS).join('|')})\\b`
	].join('|'),
	'gi'
);

export function findFigures(text: string): Figure[] {
	const figures: Figure[] = [];
	for (const m of text.matchAll(FIGURE)) {
		const g = m.groups ?? {};
		const base = { text: m[0], start: m.index, end: m.index + m[0].length };
		if (g.month) {
			// Month names count only when capitalised: "may" is a verb.
			const month = MONTHS.indexOf(g.month) + 1;
			if (month === 0) continue;
			const values = [g.day, g.monthYear].filter(Boolean).map(Number);
			figures.push({ ...base, values, month, ...(g.day ? { day: Number(g.day) } : {}) });
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

/** Removes floating-point noise from scaled amounts (13.85 × 1e9). */
function round(n: number): number {
	return Number(n.toPrecision(12));
}

export function sameNumber(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
