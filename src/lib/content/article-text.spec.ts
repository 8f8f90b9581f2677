import { describe, expect, it } from 'vitest';
import type { Article, Passage } from '../schema/article';
import type { Fact } from '../schema/fact';
import {
	articleBlocks,
	factAnchor,
	factFromHash,
	mentionRuns,
	type ArticleBlock,
	type Segment
} from './article-text';
import { loadContent } from '$lib/server/load';

type Located = Pick<Fact, 'id' | 'article' | 'passage'>;

/** A one-paragraph article; mentions are given as [place, start, end] in that paragraph. */
function createArticle(text: string, mentions: [string, number, number][] = []) {
	return {
		id: 'fixture',
		paragraphs: [{ kind: 'body' as const, text }],
		captions: [],
		mentions: mentions.map(([place, start, end]) => ({
			block: 'paragraph' as const,
			index: 0,
			start,
			end,
			place,
			text: text.slice(start, end)
		}))
	} satisfies Pick<Article, 'id' | 'paragraphs' | 'captions' | 'mentions'>;
}

function createFact(id: string, start: number, end: number, index = 0): Located {
	return { id, article: 'fixture', passage: { block: 'paragraph', index, start, end } };
}

const blockText = (article: Article, at: Pick<Passage, 'block' | 'index'>) =>
	at.block === 'paragraph' ? article.paragraphs[at.index]!.text : article.captions[at.index]!.text;

const blockAt = (blocks: ArticleBlock[], at: Pick<Passage, 'block' | 'index'>) =>
	blocks.find((b) => b.block === at.block && b.index === at.index)!;

const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

/** Every article of the real content with its blocks and its own facts. */
function realArticles() {
	const { articles, facts } = loadContent();
	return articles.map((article) => ({
		article,
		facts: facts.filter((f) => f.article === article.id),
		blocks: articleBlocks(article, facts)
	}));
}

/** Pairs of overlapping ranges in one block of the real content, labelled by what they are. */
function realOverlaps() {
	const pairs: { article: string; a: Range; b: Range }[] = [];
	type Range = Passage & { kind: 'mention' | 'fact'; tag: string | number };
	for (const { article, facts } of realArticles()) {
		const ranges: Range[] = [
			...article.mentions.map((m, i) => ({ ...m, kind: 'mention' as const, tag: i })),
			...facts.map((f) => ({ ...f.passage, kind: 'fact' as const, tag: f.id }))
		];
		for (const [i, a] of ranges.entries())
			for (const b of ranges.slice(i + 1))
				if (a.block === b.block && a.index === b.index && a.start < b.end && b.start < a.end)
					pairs.push({ article: article.id, a, b });
	}
	return pairs;
}

describe('articleBlocks on the real articles', () => {
	it('keeps the text of every paragraph and caption exactly', () => {
		for (const { article, blocks } of realArticles()) {
			expect(blocks).toHaveLength(article.paragraphs.length + article.captions.length);
			for (const block of blocks) expect(joined(block.segments)).toBe(blockText(article, block));
		}
	});

	it('cuts each block into non-empty segments whose offsets follow one another', () => {
		for (const { blocks } of realArticles())
			for (const { segments } of blocks) {
				let offset = 0;
				for (const s of segments) {
					expect(s.text.length).toBeGreaterThan(0);
					expect([s.start, s.end]).toEqual([offset, offset + s.text.length]);
					offset = s.end;
				}
			}
	});

	it('tags exactly the text of every fact passage with that fact, anchored once at its start', () => {
		for (const { article, facts, blocks } of realArticles()) {
			expect(facts.length).toBeGreaterThan(0);
			for (const fact of facts) {
				const { segments } = blockAt(blocks, fact.passage);
				const tagged = segments.filter((s) => s.facts.includes(fact.id));
				expect(joined(tagged), `${article.id} ${fact.id}`).toBe(fact.quote);
				expect(tagged[0]!.start).toBe(fact.passage.start);
				expect(tagged.at(-1)!.end).toBe(fact.passage.end);
				const anchored = blocks
					.flatMap((b) => b.segments)
					.filter((s) => s.anchors.includes(fact.id));
				expect(anchored).toEqual([tagged[0]]);
			}
		}
	});

	it('tags every mention with its place and keeps it one link', () => {
		for (const { article, blocks } of realArticles())
			for (const [i, mention] of article.mentions.entries()) {
				const runs = mentionRuns(blockAt(blocks, mention).segments).filter((r) =>
					r.segments.some((s) => s.mention === i)
				);
				expect(runs).toHaveLength(1);
				expect(runs[0]!.place).toBe(mention.place);
				expect(joined(runs[0]!.segments)).toBe(mention.text);
			}
	});

	it('finds mentions inside facts and identical passages in the data', () => {
		const overlaps = realOverlaps();
		expect(overlaps.filter((o) => o.a.kind !== o.b.kind).length).toBeGreaterThan(10);
		expect(
			overlaps.filter((o) => o.a.kind === 'fact' && o.a.start === o.b.start && o.a.end === o.b.end)
		).not.toHaveLength(0);
	});

	it('tags the shared text of every overlapping pair with both', () => {
		const byArticle = new Map(realArticles().map((r) => [r.article.id, r.blocks]));
		const has = (s: Segment, r: { kind: string; tag: string | number }) =>
			r.kind === 'fact' ? s.facts.includes(r.tag as string) : s.mention === r.tag;
		for (const { article, a, b } of realOverlaps()) {
			const shared = blockAt(byArticle.get(article)!, a).segments.filter(
				(s) => s.start >= Math.max(a.start, b.start) && s.end <= Math.min(a.end, b.end)
			);
			expect(joined(shared).length).toBe(Math.min(a.end, b.end) - Math.max(a.start, b.start));
			for (const s of shared)
				expect(has(s, a) && has(s, b), `${article} ${a.tag} ${b.tag}`).toBe(true);
		}
	});
});

describe('articleBlocks on hand-made overlaps', () => {
	it('gives text under two overlapping mentions to the one that starts first', () => {
		const article = createArticle('North Hongqiao Business District', [
			['north-hongqiao', 0, 14],
			['hongqiao-district', 6, 32]
		]);
		const [block] = articleBlocks(article, []);
		expect(block!.segments.map((s) => [s.text, s.place])).toEqual([
			['North Hongqiao', 'north-hongqiao'],
			[' Business District', 'hongqiao-district']
		]);
	});

	it('keeps a mention that a fact boundary cuts through as one link', () => {
		const article = createArticle('In Jiading New City today', [['jiading-new-city', 3, 19]]);
		const [block] = articleBlocks(article, [createFact('new-city-fact', 11, 25)]);
		const runs = mentionRuns(block!.segments);
		expect(runs.map((r) => [joined(r.segments), r.place])).toEqual([
			['In ', null],
			['Jiading New City', 'jiading-new-city'],
			[' today', null]
		]);
		expect(runs[1]!.segments.map((s) => s.facts)).toEqual([[], ['new-city-fact']]);
	});

	it('tags the shared text of two crossing facts with both, each anchored at its own start', () => {
		const article = createArticle('Output will reach 100 billion yuan by 2025.');
		const [block] = articleBlocks(article, [createFact('a', 0, 34), createFact('b', 18, 43)]);
		expect(block!.segments.map((s) => [s.text, s.facts, s.anchors])).toEqual([
			['Output will reach ', ['a'], ['a']],
			['100 billion yuan', ['a', 'b'], ['b']],
			[' by 2025.', ['b'], []]
		]);
	});

	it('anchors facts that share a start on the same segment, in the order given', () => {
		const article = createArticle('Output will reach 100 billion yuan by 2025.');
		const [block] = articleBlocks(article, [createFact('b', 0, 43), createFact('a', 0, 34)]);
		expect(block!.segments.map((s) => [s.text, s.facts, s.anchors])).toEqual([
			['Output will reach 100 billion yuan', ['b', 'a'], ['b', 'a']],
			[' by 2025.', ['b'], []]
		]);
	});

	it('ignores facts of other articles', () => {
		const article = createArticle('Anting');
		const [block] = articleBlocks(article, [
			{ ...createFact('elsewhere', 0, 6), article: 'other' }
		]);
		expect(block!.segments).toEqual([
			{ text: 'Anting', start: 0, end: 6, place: null, mention: null, facts: [], anchors: [] }
		]);
	});

	it('names the fact whose passage runs past the end of its paragraph', () => {
		const article = createArticle('Malu');
		expect(() => articleBlocks(article, [createFact('too-long', 0, 9)])).toThrow(
			'Fact "too-long" spans 0–9, outside paragraph 0 of article "fixture" (4 characters)'
		);
	});

	it('names the fact whose passage points at a paragraph the article lacks', () => {
		const article = createArticle('Malu');
		expect(() => articleBlocks(article, [createFact('lost', 0, 2, 3)])).toThrow(
			'Fact "lost" points at paragraph 3; article "fixture" has 1'
		);
	});
});

describe('fact anchors in URLs', () => {
	it('reads the fact id back from the hash of its anchor', () => {
		expect(factFromHash(`#${factAnchor('ballard-facilities')}`)).toBe('ballard-facilities');
	});

	it('reads no fact from other hashes', () => {
		const hashes = ['', '#', '#fact-', '#top', '#facts', '#fact-%E0'];
		expect(hashes.map(factFromHash)).toEqual(hashes.map(() => null));
	});
});
