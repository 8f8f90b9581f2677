/**
 * Where each place is named in each article: its English name, Chinese name and aliases,
 * matched case-insensitively on word boundaries, longest name first so "Jiading New City"
 * is not also counted as "Jiading". A block of text is only searched for the names that could
 * be in it (indexed by a name's first word, or a Chinese name's first character), so the work
 * grows with the text, not with the text times every name.
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
	pattern: RegExp;
	/** Its place in the search order (longest name first). */
	order: number;
}

/** The matchers, and each one's key: a Latin name's first word, a Chinese name's first character. */
export interface Matchers {
	all: Matcher[];
	byKey: Map<string, Matcher[]>;
	/** Names with no word or character to key them by: tried on every block. */
	unkeyed: Matcher[];
}

/**
 * Lower case, with the two non-ASCII letters that a case-insensitive Unicode match takes for
 * ASCII ones (U+017F long s, U+212A Kelvin sign) made ASCII, so a name the pattern finds is a
 * substring here.
 */
const fold = (text: string) => text.toLowerCase().replace(/\u017f/g, 's');
const WORD = /[\p{L}\p{N}]+/gu;

function keyOf(name: string): string | null {
	if (!isLatin(name)) return [...name][0] ?? null;
	return fold(name).match(WORD)?.[0] ?? null;
}

export function createMatchers(places: PlaceNames[]): Matchers {
	const all = places
		.flatMap((p) => [...new Set(p.names)].map((name) => ({ place: p.id, name })))
		.sort((a, b) => b.name.length - a.name.length)
		.map(({ place, name }, order) => ({
			place,
			name,
			order,
			pattern: isLatin(name)
				? new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu')
				: new RegExp(escape(name), 'gu')
		}));
	const byKey = new Map<string, Matcher[]>();
	const unkeyed: Matcher[] = [];
	for (const matcher of all) {
		const key = keyOf(matcher.name);
		if (key === null) unkeyed.push(matcher);
		else byKey.set(key, [...(byKey.get(key) ?? []), matcher]);
	}
	return { all, byKey, unkeyed };
}

/**
 * The matchers that can match in a text, in search order. A Latin name found by its pattern
 * starts, after any non-letters, with its first word, standing whole in the text (the pattern
 * allows no letter or digit on either side of the name); a Chinese name contains its first
 * character.
 */
function candidates(text: string, { byKey, unkeyed }: Matchers): Matcher[] {
	const keys = new Set([...fold(text).matchAll(WORD)].map((m) => m[0]));
	for (const char of text) keys.add(char);
	const found = [...unkeyed];
	for (const key of keys) found.push(...(byKey.get(key) ?? []));
	return found.sort((a, b) => a.order - b.order);
}

function mentionsIn(text: string, matchers: Matchers): Omit<Mention, 'block' | 'index'>[] {
	const taken: [number, number][] = [];
	const found: Omit<Mention, 'block' | 'index'>[] = [];
	for (const { place, pattern } of candidates(text, matchers)) {
		for (const m of text.matchAll(pattern)) {
			const start = m.index;
			const end = start + m[0].length;
			if (taken.some(([s, e]) => start < e && end > s)) continue;
			taken.push([start, end]);
			found.push({ place, start, end, text: m[0] });
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
