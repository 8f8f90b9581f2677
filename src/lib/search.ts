/**
 * Search over places and facts, in English, Chinese, pinyin and the aliases readers use
 * ("MedValley", "上海医谷", "ziteng"). Pure: the index is built at build time (searchEntries), the
 * matching runs here. A word typed with a slip ("Medvaley") still finds its name: a word that
 * matches nothing as typed matches the index's words within a small edit distance.
 */
import { distance } from 'fastest-levenshtein';
import { foldForComparison } from '$lib/content/text';
import type { SearchEntry } from '$lib/schema/story';

/** Places first, then stations and lines, then facts. */
const TYPE_SCORE: Record<SearchEntry['type'], number> = {
	place: 100,
	station: 50,
	line: 50,
	fact: 0
};

export interface SearchResult {
	entry: SearchEntry;
	score: number;
}

/** Edits a typed word may be away from an indexed one: none below 4 letters, 1 up to 7, then 2. */
export function allowedEdits(word: string): number {
	return word.length < 4 || /\p{Script=Han}/u.test(word) ? 0 : word.length < 8 ? 1 : 2;
}

/** Every word of the index, worked out once per index. */
const vocabularies = new WeakMap<SearchEntry[], Set<string>>();

function vocabularyOf(entries: SearchEntry[]): Set<string> {
	let words = vocabularies.get(entries);
	if (!words) {
		words = new Set();
		for (const e of entries) for (const w of e.terms.split(/[ |]+/)) if (w) words.add(w);
		vocabularies.set(entries, words);
	}
	return words;
}

/** The index's words a typed word may have meant, nearest first; empty when none is near. */
export function nearWords(entries: SearchEntry[], word: string): string[] {
	const edits = allowedEdits(word);
	if (edits === 0) return [];
	const near: [string, number][] = [];
	for (const candidate of vocabularyOf(entries)) {
		if (Math.abs(candidate.length - word.length) > edits) continue;
		const d = distance(word, candidate);
		if (d <= edits) near.push([candidate, d]);
	}
	return near.sort((a, b) => a[1] - b[1]).map(([w]) => w);
}

/**
 * Ranks entries for a query: every word must match somewhere (as typed, or, when it matches no
 * entry as typed, as a near word of the index); a name equal to the query beats one that starts
 * with it, which beats a name containing it; places beat stations and lines, which beat facts;
 * a near match ranks below an exact one.
 */
export function search(entries: SearchEntry[], query: string, limit = 12): SearchResult[] {
	const folded = foldForComparison(query);
	const words = folded.split(' ').filter(Boolean);
	if (words.length === 0) return [];
	// Each typed word as the words it may mean: itself, or, when no entry holds it as typed, the
	// index's nearest words instead.
	let fuzzy = false;
	const meant = words.map((w) => {
		if (entries.some((e) => e.terms.includes(w))) return [w];
		fuzzy = true;
		return nearWords(entries, w);
	});
	const results: SearchResult[] = [];
	for (const entry of entries) {
		if (!meant.every((m) => m.some((w) => entry.terms.includes(w)))) continue;
		let score = TYPE_SCORE[entry.type];
		if (fuzzy) {
			score -= 30;
			if (entry.names.some((n) => meant.every((m) => m.some((w) => n.includes(w))))) score += 20;
		} else if (entry.names.some((n) => n === folded)) score += 60;
		else if (entry.names.some((n) => n.startsWith(folded))) score += 40;
		else if (entry.names.some((n) => n.includes(folded))) score += 20;
		score -= entry.terms.indexOf(meant[0]![0]!) / 100;
		results.push({ entry, score });
	}
	return results.sort((a, b) => b.score - a.score).slice(0, limit);
}
