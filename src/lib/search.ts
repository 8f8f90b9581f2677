/**
 * Search over places and facts, in English, Chinese and the aliases readers use ("MedValley",
 * "上海医谷"). Pure: the index is built at build time (searchEntries), the matching runs here.
 */
import { foldForComparison } from '$lib/content/text';
import type { SearchEntry } from '$lib/schema/story';

export interface SearchResult {
	entry: SearchEntry;
	score: number;
}

/**
 * Ranks entries for a query: every word must match somewhere; a name equal to the query beats
 * one that starts with it, which beats a name containing it; places beat facts.
 */
export function search(entries: SearchEntry[], query: string, limit = 12): SearchResult[] {
	const folded = foldForComparison(query);
	const words = folded.split(' ').filter(Boolean);
	if (words.length === 0) return [];
	const results: SearchResult[] = [];
	for (const entry of entries) {
		if (!words.every((w) => entry.terms.includes(w))) continue;
		let score = entry.type === 'place' ? 100 : 0;
		if (entry.names.some((n) => n === folded)) score += 60;
		else if (entry.names.some((n) => n.startsWith(folded))) score += 40;
		else if (entry.names.some((n) => n.includes(folded))) score += 20;
		score -= entry.terms.indexOf(words[0]!) / 100;
		results.push({ entry, score });
	}
	return results.sort((a, b) => b.score - a.score).slice(0, limit);
}
