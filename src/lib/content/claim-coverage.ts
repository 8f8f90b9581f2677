/**
 * Claim coverage: every sentence that names a place says something about it (its role, what it
 * is part of, where it lies, an agreement, a platform). Each such sentence and place is either
 * a fact on that place whose quote lies in the sentence, or listed in geo/unmapped-claims.json
 * with the reason it is not one. Figures are counted apart, by the figure coverage.
 */
import { z } from 'zod';
import type { Article, Passage } from '../schema/article';
import { UnmappedClaim, type Fact } from '../schema/fact';
import { zodProblems, type DataProblem } from './errors';
import { arrayRecordOf, locateEntries } from './fact-checks';

export interface ClaimCoverage {
	/** Sentences naming a place, counted once per place named. */
	total: number;
	mapped: number;
	unmapped: number;
	unaccounted: { article: string; place: string; sentence: string; passage: Passage }[];
}

/** Character ranges of the sentences of a paragraph. */
export function sentenceRanges(text: string): [number, number][] {
	const ranges: [number, number][] = [];
	const boundary = /(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/gu;
	let start = 0;
	for (const m of text.matchAll(boundary)) {
		ranges.push([start, m.index]);
		start = m.index + m[0].length;
	}
	ranges.push([start, text.length]);
	return ranges;
}

interface Candidate {
	article: string;
	place: string;
	block: Passage['block'];
	index: number;
	start: number;
	end: number;
	sentence: string;
}

/** Every (sentence, place named in it) pair of an article; pull quotes repeat the body and are left out. */
export function claimCandidates(article: Article): Candidate[] {
	const textOf = (block: Passage['block'], index: number) =>
		block === 'paragraph' ? article.paragraphs[index]!.text : article.captions[index]!.text;
	const seen = new Set<string>();
	const candidates: Candidate[] = [];
	for (const m of article.mentions) {
		if (m.block === 'caption' && article.captions[m.index]!.kind === 'pullquote') continue;
		const text = textOf(m.block, m.index);
		const [start, end] = sentenceRanges(text).find(([s, e]) => m.start >= s && m.start < e)!;
		const key = `${m.block}|${m.index}|${start}|${m.place}`;
		if (seen.has(key)) continue;
		seen.add(key);
		candidates.push({
			article: article.id,
			place: m.place,
			block: m.block,
			index: m.index,
			start,
			end,
			sentence: text.slice(start, end)
		});
	}
	return candidates;
}

export function checkClaims(
	files: { facts: string; unmappedClaims: string },
	unmappedInput: unknown,
	articles: Article[],
	facts: Fact[]
): { coverage: ClaimCoverage; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const parsed = z.array(UnmappedClaim).safeParse(unmappedInput);
	if (!parsed.success)
		problems.push(
			...zodProblems(
				files.unmappedClaims,
				parsed.error,
				unmappedInput,
				arrayRecordOf(unmappedInput),
				z.array(UnmappedClaim)
			)
		);
	// A list that could not be read would make every sentence it lists look unaccounted for: its
	// own problems are reported, and the sentences are not.
	const listRead = unmappedInput !== undefined && parsed.success;
	const listed = locateEntries(
		files.unmappedClaims,
		parsed.success ? parsed.data : [],
		articles,
		problems
	).map((located) => ({ ...located, used: false }));

	const coverage: ClaimCoverage = { total: 0, mapped: 0, unmapped: 0, unaccounted: [] };
	for (const article of articles) {
		for (const c of claimCandidates(article)) {
			coverage.total++;
			const inSentence = (p: Passage) =>
				p.block === c.block && p.index === c.index && p.start < c.end && p.end > c.start;
			// A figure is counted by the figure coverage; only a statement covers a claim.
			const fact = facts.find(
				(f) =>
					f.value === undefined &&
					f.article === c.article &&
					inSentence(f.passage) &&
					(f.places.includes(c.place) || (f.mentioned_from ?? []).includes(c.place))
			);
			if (fact) {
				coverage.mapped++;
				continue;
			}
			const entry = listed.find(
				(l) => l.entry.article === c.article && l.entry.place === c.place && inSentence(l.passage)
			);
			if (entry) {
				entry.used = true;
				coverage.unmapped++;
				continue;
			}
			const passage = { block: c.block, index: c.index, start: c.start, end: c.end };
			coverage.unaccounted.push({
				article: c.article,
				place: c.place,
				sentence: c.sentence,
				passage
			});
			if (listRead)
				problems.push({
					file: files.facts,
					id: c.article,
					field: `${c.block}s[${c.index}]`,
					message: `the sentence "${c.sentence.slice(0, 90)}${c.sentence.length > 90 ? '…' : ''}" names "${c.place}" but is neither a fact of that place nor listed in ${files.unmappedClaims}`
				});
		}
	}
	for (const l of listed) {
		if (!l.used)
			problems.push({
				file: files.unmappedClaims,
				id: `[${l.i}]`,
				field: 'context',
				message: `no sentence naming "${l.entry.place}" is left for it: a fact of that place covers it, or the place is not named there; remove it`
			});
	}
	return { coverage, problems };
}
