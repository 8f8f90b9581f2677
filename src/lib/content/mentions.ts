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
	pattern: RegExp;
}

export function createMatchers(places: PlaceNames[]): Matcher[] {
	return places
		.flatMap((p) => [...new Set(p.names)].map((name) => ({ place: p.id, name })))
		.sort((a, b) => b.name.length - a.name.length)
		.map(({ place, name }) => ({
			place,
			name,
			pattern: isLatin(name)
				? new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu')
				: new RegExp(escape(name), 'gu')
		}));
}

function mentionsIn(text: string, matchers: Matcher[]): Omit<Mention, 'block' | 'index'>[] {
	const taken: [number, number][] = [];
	const found: Omit<Mention, 'block' | 'index'>[] = [];
	for (const { place, pattern } of matchers) {
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
	matchers: Matcher[]
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
