/**
 * An article's text as typed blocks for the reader: every paragraph and caption cut into segments
 * at each place-mention and fact-passage boundary, so the page renders text nodes with links and
 * highlight spans and never an HTML string. Ranges may overlap or nest; the segments still add up
 * to the original text exactly.
 */
import type { Article, Caption, Paragraph, Passage } from '../schema/article';
import type { Fact } from '../schema/fact';

export interface Segment {
	/** The text, verbatim. */
	text: string;
	/** Offsets of the text in its block. */
	start: number;
	end: number;
	/** The place named here, when a mention covers this text. */
	place: string | null;
	/** Index in `article.mentions` of that mention; consecutive segments sharing it are one link. */
	mention: number | null;
	/** Facts whose passage covers this text, in the order the facts were given. */
	facts: string[];
	/** Facts whose passage begins with this segment: it carries their `fact-<id>` anchors. */
	anchors: string[];
}

interface BlockBase {
	/** Which list of the article the block comes from, as in a Passage. */
	block: Passage['block'];
	index: number;
	segments: Segment[];
}

export interface ParagraphBlock extends BlockBase {
	block: 'paragraph';
	kind: Paragraph['kind'];
}

export interface CaptionBlock extends BlockBase {
	block: 'caption';
	kind: Caption['kind'];
	label: string | null;
	credit: string | null;
}

export type ArticleBlock = ParagraphBlock | CaptionBlock;

/** Consecutive segments under one mention (a link), or a single segment outside any. */
export interface Run {
	place: string | null;
	segments: Segment[];
}

interface Range {
	start: number;
	end: number;
}

const FACT_ANCHOR = 'fact-';

/** The element id the story panel links to: `/article/<article>#fact-<id>`. */
export const factAnchor = (factId: string) => `${FACT_ANCHOR}${factId}`;

/** The fact a URL hash targets ("#fact-ballard-facilities"), or null. */
export function factFromHash(hash: string): string | null {
	let anchor: string;
	try {
		anchor = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return null; // A malformed escape ("#%E0") names no fact.
	}
	return anchor.startsWith(FACT_ANCHOR) && anchor.length > FACT_ANCHOR.length
		? anchor.slice(FACT_ANCHOR.length)
		: null;
}

function checkRange(range: Range, text: string, what: string, where: string): void {
	if (range.start < 0 || range.end > text.length || range.start >= range.end)
		throw new Error(
			`${what} spans ${range.start}–${range.end}, outside ${where} (${text.length} characters)`
		);
}

/**
 * Among overlapping mentions the one starting first wins, then the longer. Mention-finding never
 * overlaps them today; this keeps the result defined if it ever does.
 */
function coveringMention<M extends Range>(mentions: M[], from: number, to: number): M | undefined {
	return mentions
		.filter((m) => m.start <= from && to <= m.end)
		.sort((a, b) => a.start - b.start || b.end - a.end)[0];
}

function segmentsOf(
	text: string,
	mentions: (Range & { at: number; place: string })[],
	facts: (Range & { id: string })[]
): Segment[] {
	const cuts = [
		...new Set([0, text.length, ...[...mentions, ...facts].flatMap((r) => [r.start, r.end])])
	].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (const [i, start] of cuts.slice(0, -1).entries()) {
		const end = cuts[i + 1]!;
		const mention = coveringMention(mentions, start, end);
		const covering = facts.filter((f) => f.start <= start && end <= f.end);
		const previous = segments.at(-1);
		const sameTags =
			previous !== undefined &&
			previous.mention === (mention?.at ?? null) &&
			previous.facts.join('\n') === covering.map((f) => f.id).join('\n');
		if (sameTags) {
			// A cut made only by a mention that lost an overlap changes nothing here.
			previous.text += text.slice(start, end);
			previous.end = end;
			continue;
		}
		segments.push({
			text: text.slice(start, end),
			start,
			end,
			place: mention?.place ?? null,
			mention: mention?.at ?? null,
			facts: covering.map((f) => f.id),
			anchors: covering.filter((f) => f.start === start).map((f) => f.id)
		});
	}
	return segments;
}

/**
 * The article's paragraphs, then its captions, each cut into segments. `facts` may hold every
 * published fact; only this article's are used. Throws when a mention or passage lies outside
 * its block.
 */
export function articleBlocks(
	article: Pick<Article, 'id' | 'paragraphs' | 'captions' | 'mentions'>,
	facts: readonly Pick<Fact, 'id' | 'article' | 'passage'>[]
): ArticleBlock[] {
	const own = facts.filter((f) => f.article === article.id);
	const rangesIn = (block: Passage['block'], index: number, text: string) => {
		const where = `${block} ${index} of article "${article.id}"`;
		const mentions = article.mentions.flatMap((m, at) => {
			if (m.block !== block || m.index !== index) return [];
			checkRange(m, text, `Mention of "${m.place}"`, where);
			return [{ start: m.start, end: m.end, place: m.place, at }];
		});
		const passages = own.flatMap(({ id, passage: p }) => {
			if (p.block !== block || p.index !== index) return [];
			checkRange(p, text, `Fact "${id}"`, where);
			return [{ start: p.start, end: p.end, id }];
		});
		return segmentsOf(text, mentions, passages);
	};
	const located = [
		...article.mentions.map((m) => ({ what: `Mention of "${m.place}"`, at: m })),
		...own.map((f) => ({ what: `Fact "${f.id}"`, at: f.passage }))
	];
	for (const { what, at } of located) {
		const count = at.block === 'paragraph' ? article.paragraphs.length : article.captions.length;
		if (at.index >= count)
			throw new Error(
				`${what} points at ${at.block} ${at.index}; article "${article.id}" has ${count}`
			);
	}
	return [
		...article.paragraphs.map((p, index): ParagraphBlock => ({
			block: 'paragraph',
			index,
			kind: p.kind,
			segments: rangesIn('paragraph', index, p.text)
		})),
		...article.captions.map((c, index): CaptionBlock => ({
			block: 'caption',
			index,
			kind: c.kind,
			label: c.label,
			credit: c.credit,
			segments: rangesIn('caption', index, c.text)
		}))
	];
}

/** Groups segments into runs so that a mention split by a fact boundary stays one link. */
export function mentionRuns(segments: readonly Segment[]): Run[] {
	const runs: Run[] = [];
	for (const segment of segments) {
		const last = runs.at(-1);
		if (segment.mention !== null && last?.segments.at(-1)?.mention === segment.mention)
			last.segments.push(segment);
		else runs.push({ place: segment.place, segments: [segment] });
	}
	return runs;
}
