/**
 * What a fact may take from its quote beyond the figure itself: the quote is a whole clause (cut
 * at word boundaries, more than the bare figure and unit), a count is not a figure the quote
 * gives in a unit, a qualifier is the quote's own word and the quote's own qualifier is kept, and
 * the people and parties a fact names are the article's.
 */
import type { Article, Passage } from '../schema/article';
import type { CuratedFact } from '../schema/fact';
import { APPROXIMATIONS, findFigures, sameNumber } from './figures';
import { QUALIFIER_WORDS, UNIT_WORDS } from './units';

export interface QuoteProblem {
	field: string;
	message: string;
}

/** The text of the paragraph or caption a passage sits in (as `locate` numbers them). */
export function blockText(article: Pick<Article, 'paragraphs' | 'captions'>, passage: Passage) {
	const texts =
		passage.block === 'paragraph'
			? article.paragraphs.map((p) => p.text)
			: article.captions.filter((c) => c.kind !== 'pullquote').map((c) => c.text);
	return texts[passage.index] ?? '';
}

const WORD = /[\p{L}\p{N}]/u;
/** Any unit's words, to the end of the word ("square kilomet" takes "square kilometers"). */
const ANY_UNIT = new RegExp(
	`(?:${Object.values(UNIT_WORDS)
		.map((re) => re.source)
		.join('|')})\\p{L}*`,
	'giu'
);
const APPROX = new RegExp(`\\b(?:${APPROXIMATIONS.join('|')})\\b`, 'gi');

/** A quote cut inside a word, or one that holds nothing but figures, units and qualifiers. */
export function clauseProblem(quote: string, block: string, passage: Passage): string | null {
	const before = block[passage.start - 1];
	const after = block[passage.end];
	if (
		(before !== undefined && WORD.test(before) && WORD.test(quote[0]!)) ||
		(after !== undefined && WORD.test(after) && WORD.test(quote.at(-1)!))
	)
		return 'cut inside a word: a quote begins and ends at word boundaries of the article';
	let rest = quote;
	for (const f of findFigures(quote)) rest = rest.replace(f.text, ' ');
	rest = rest.replace(ANY_UNIT, ' ').replace(APPROX, ' ');
	for (const re of Object.values(QUALIFIER_WORDS)) rest = rest.replace(new RegExp(re, 'gi'), ' ');
	if (!/\p{L}{3,}/u.test(rest))
		return 'holds only a figure and its unit: quote the whole clause that says what the figure is';
	return null;
}

type FactInput = Pick<
	CuratedFact,
	'quote' | 'value' | 'unit' | 'qualifier' | 'value_max' | 'speaker' | 'parties'
>;

/** Where the quote prints the fact's value: the text just before and just after it. */
function surroundings(fact: FactInput): { before: string; after: string } | null {
	if (fact.value === undefined) return null;
	const figure = findFigures(fact.quote).find((f) =>
		f.values.some((v) => sameNumber(v, fact.value!))
	);
	if (!figure) return null;
	return {
		before: fact.quote.slice(Math.max(0, figure.start - 24), figure.start),
		after: fact.quote.slice(figure.end, figure.end + 24)
	};
}

export function unitAndQualifierProblems(fact: FactInput): QuoteProblem[] {
	const problems: QuoteProblem[] = [];
	const around = surroundings(fact);
	if (fact.unit === 'count' && around) {
		const unit = Object.entries(UNIT_WORDS).find(([, re]) =>
			new RegExp(`^\\s*(?:${re.source})`, 'i').test(around.after)
		);
		if (unit)
			problems.push({
				field: 'unit',
				message: `the quote gives this figure in ${unit[0]}, not as a count`
			});
	}
	if (fact.qualifier === 'range' && fact.value_max === undefined)
		problems.push({ field: 'value_max', message: 'a range needs its upper end' });
	const words = fact.qualifier ? QUALIFIER_WORDS[fact.qualifier] : undefined;
	if (words && !words.test(fact.quote))
		problems.push({
			field: 'qualifier',
			message: `the quote does not say "${fact.qualifier}" (no such word in it)`
		});
	if (!fact.qualifier && around) {
		const said = Object.entries(QUALIFIER_WORDS).find(([, re]) =>
			new RegExp(`(?:${re.source})\\s+(?:US\\$|RMB\\s*)?$`, 'i').test(around.before)
		);
		if (said)
			problems.push({
				field: 'qualifier',
				message: `the quote qualifies the figure ("${said[1].exec(around.before)![0]}"); give the qualifier "${said[0]}"`
			});
	}
	return problems;
}

const nameWords = (name: string) =>
	name
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length >= 2);

/** A speaker or party whose name is not in the article is not the article's. */
export function nameProblems(fact: FactInput, text: string): QuoteProblem[] {
	const words = new Set(nameWords(text.replace(/['’]s\b/g, '')));
	const missing = (name: string) => nameWords(name).filter((w) => !words.has(w));
	const problems: QuoteProblem[] = [];
	if (fact.speaker && missing(fact.speaker).length > 0)
		problems.push({
			field: 'speaker',
			message: `"${fact.speaker}" is not named in the article (no "${missing(fact.speaker).join('", "')}")`
		});
	for (const party of fact.parties ?? [])
		if (missing(party).length > 0)
			problems.push({
				field: 'parties',
				message: `"${party}" is not named in the article (no "${missing(party).join('", "')}")`
			});
	return problems;
}
