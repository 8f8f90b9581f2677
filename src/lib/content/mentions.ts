/**
 * Where each place is named in each article: its English name, Chinese name and aliases,
 * matched case-insensitively on word boundaries, longest name first so "Jiading New City"
 * is not also counted as "Jiading".
 */
import type { Article, Mention } from '../schema/article';

export interface PlaceNames {
	id: string;
	names: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s);

interface Matcher {
	place: string;
	name: string;
	/** The name at one position (sticky): case-insensitive for Latin names, as printed otherwise. */
	literal: RegExp;
	/** Latin names match only as whole words. */
	whole: boolean;
}

/** Every place name, longest first, and an index that finds where a text may hold them. */
export interface Matchers {
	/** One per place and distinct name, longest name first: the order names claim text in. */
	list: Matcher[];
	/** The folded names the index knows, by its number for them. */
	names: string[];
	/** Indices into `list` of each name the index knows, by the index's number for the name. */
	byName: number[][];
	index: NameIndex;
}

export function createMatchers(places: PlaceNames[]): Matchers {
	const list = places
		.flatMap((p) => [...new Set(p.names)].map((name) => ({ place: p.id, name })))
		.sort((a, b) => b.name.length - a.name.length)
		.map(({ place, name }) => ({
			place,
			name,
			literal: new RegExp(escape(name), isLatin(name) ? 'iuy' : 'uy'),
			whole: isLatin(name)
		}));
	const numbers = new Map<string, number>();
	const byName: number[][] = [];
	list.forEach(({ name }, i) => {
		const key = fold(name);
		if (!numbers.has(key)) {
			numbers.set(key, byName.length);
			byName.push([]);
		}
		byName[numbers.get(key)!]!.push(i);
	});
	const names = [...numbers.keys()];
	return { list, names, byName, index: createNameIndex(names) };
}

/**
 * A Latin name is a whole word: no letter or number (as a case-insensitive Unicode pattern
 * reads them) just before or after it. Two shared patterns, tried at a position, rather than
 * one pattern per name: compiling these classes is what made thousands of names slow.
 */
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}])/iuy;
const NO_WORD_AFTER = /(?![\p{L}\p{N}])/iuy;

/** Where a sticky pattern's match at `at` ends, or -1 when it does not match there. */
function endOfMatchAt(pattern: RegExp, text: string, at: number): number {
	pattern.lastIndex = at;
	return pattern.test(text) ? pattern.lastIndex : -1;
}

/**
 * The text with every code unit a case-insensitive pattern treats as a Latin letter made that
 * letter in lower case, and every other one left as it is, so positions do not move. Besides
 * A–Z, Unicode's simple case folding (which RegExp's `iu` flags follow) takes only the Kelvin
 * sign to "k" and the long s to "s" among the printable ASCII characters Latin names are
 * written in. A name a pattern finds is therefore always in the folded text.
 */
export function fold(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out +=
			c >= 65 && c <= 90
				? String.fromCharCode(c + 32)
				: c === 0x212a
					? 'k'
					: c === 0x17f
						? 's'
						: text[i]!;
	}
	return out;
}

/**
 * An Aho–Corasick automaton over folded names: one pass over a text finds where every name may
 * start, however they overlap. Only a prefilter: at each such place the name's own pattern and
 * the word-boundary patterns decide whether it is there, and the longest-first rule which
 * mention wins.
 */
interface NameIndex {
	next: Map<number, number>[];
	fail: number[];
	/** Names that end at each state, its suffixes' included. */
	ends: number[][];
}

function createNameIndex(names: string[]): NameIndex {
	const next: Map<number, number>[] = [new Map()];
	const ends: number[][] = [[]];
	names.forEach((name, n) => {
		let state = 0;
		for (let i = 0; i < name.length; i++) {
			const c = name.charCodeAt(i);
			let to = next[state]!.get(c);
			if (to === undefined) {
				to = next.length;
				next.push(new Map());
				ends.push([]);
				next[state]!.set(c, to);
			}
			state = to;
		}
		ends[state]!.push(n);
	});
	const fail = next.map(() => 0);
	// Breadth first, so a state's fallback (the longest proper suffix that is in the trie) is done
	// before the states below it need it.
	const queue = [...next[0]!.values()];
	for (let q = 0; q < queue.length; q++) {
		const state = queue[q]!;
		for (const [c, to] of next[state]!) {
			let f = fail[state]!;
			while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
			const target = next[f]!.get(c);
			fail[to] = target !== undefined && target !== to ? target : 0;
			ends[to]!.push(...ends[fail[to]!]!);
			queue.push(to);
		}
	}
	return { next, fail, ends };
}

/** Where each name the index finds starts in a folded text, by the name's number, in order. */
function namesIn(text: string, names: string[], { next, fail, ends }: NameIndex) {
	const starts = new Map<number, number[]>();
	let state = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		let to = next[state]!.get(c);
		while (to === undefined && state !== 0) {
			state = fail[state]!;
			to = next[state]!.get(c);
		}
		state = to ?? 0;
		for (const n of ends[state]!) {
			const start = i + 1 - names[n]!.length;
			const list = starts.get(n);
			if (list) list.push(start);
			else starts.set(n, [start]);
		}
	}
	return starts;
}

/**
 * A name's matches, as `text.matchAll` of its whole pattern (lookbehind, name, lookahead) would
 * give them: the first place it matches, then the first at or after that match's end, and so
 * on. Only the places the index found can match, so only they are tried.
 */
function matchesOf({ literal, whole }: Matcher, text: string, starts: number[]) {
	const matches: [number, number][] = [];
	let from = 0;
	for (const start of starts) {
		if (start < from) continue;
		const end = endOfMatchAt(literal, text, start);
		if (end < 0) continue;
		if (
			whole &&
			(endOfMatchAt(NO_WORD_BEFORE, text, start) < 0 || endOfMatchAt(NO_WORD_AFTER, text, end) < 0)
		)
			continue;
		matches.push([start, end]);
		from = end;
	}
	return matches;
}

function mentionsIn(text: string, matchers: Matchers): Omit<Mention, 'block' | 'index'>[] {
	// Only the names the index finds can match; they claim text in the same order as always.
	const starts = namesIn(fold(text), matchers.names, matchers.index);
	const candidates = [...starts.keys()]
		.flatMap((n) => matchers.byName[n]!.map((i) => ({ i, starts: starts.get(n)! })))
		.sort((a, b) => a.i - b.i);
	const taken: [number, number][] = [];
	const found: Omit<Mention, 'block' | 'index'>[] = [];
	for (const { i, starts } of candidates) {
		const matcher = matchers.list[i]!;
		for (const [start, end] of matchesOf(matcher, text, starts)) {
			if (taken.some(([s, e]) => start < e && end > s)) continue;
			taken.push([start, end]);
			found.push({ place: matcher.place, start, end, text: text.slice(start, end) });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

export function findMentions(
	article: Pick<Article, 'paragraphs' | 'captions'>,
	matchers: Matchers
): Mention[] {
	return [
		...article.paragraphs.flatMap((p, index) =>
			mentionsIn(p.text, matchers).map((m) => ({ ...m, block: 'paragraph' as const, index }))
		),
		...article.captions.flatMap((c, index) =>
			mentionsIn(c.text, matchers).map((m) => ({ ...m, block: 'caption' as const, index }))
		)
	];
}
