/**
 * Seed file → article copies. A seed file is a news page saved as text: one or more articles,
 * each with a headline, bylines, perhaps a date line, body paragraphs and captions, mixed with
 * site boilerplate. Every non-blank line ends up somewhere, recorded in the ledger, so nothing
 * is lost silently.
 */
import type { Caption, Paragraph } from '../schema/article';
import { parseByline, parseCreditLine, splitTrailingCredit } from './bylines';
import { cleanLine, endsSentence, foldForComparison, headingLevel } from './text';

/** One article as one seed file prints it. */
export interface ArticleCopy {
	seed: string;
	title: string;
	authors: string[];
	date: string | null;
	paragraphs: Paragraph[];
	captions: Caption[];
	notes: string[];
}

export type LineRole =
	| 'headline'
	| 'byline'
	| 'date'
	| 'paragraph'
	| 'subhead'
	| 'caption'
	| 'standfirst'
	| 'credit'
	| 'discarded';

export interface LedgerEntry {
	line: number;
	text: string;
	role: LineRole;
	/** Index into `copies`; null for discarded lines. */
	copy: number | null;
	reason?: string;
}

export interface ParsedSeed {
	seed: string;
	copies: ArticleCopy[];
	ledger: LedgerEntry[];
}

export class SeedParseError extends Error {
	constructor(seed: string, line: number, message: string) {
		super(`seeds/${seed}, line ${line}: ${message}`);
		this.name = 'SeedParseError';
	}
}

const BOILERPLATE: [RegExp, string][] = [
	[/^Source:\s*\S.*Editor:/, 'publisher footer (source and editor credit)'],
	[/^Special Reports$/, 'website navigation link'],
	[/^Top$/, 'website navigation link (back to top)'],
	[/^[A-Z][a-z]+ \/ [A-Z][a-z]+$/, 'website section label']
];
const DATE_LINE = /^date\s+(\d{4}-\d{2}-\d{2})$/i;

interface Line {
	n: number;
	raw: string;
	text: string;
	heading: number;
	/** Lines of the blank-line-separated block this line belongs to. */
	block: Line[];
}

function readLines(content: string): Line[] {
	const lines: Line[] = [];
	let block: Line[] = [];
	content.split(/\r?\n/).forEach((raw, i) => {
		const text = cleanLine(raw);
		if (!text) {
			block = [];
			return;
		}
		const line: Line = { n: i + 1, raw, text, heading: headingLevel(raw), block };
		block.push(line);
		lines.push(line);
	});
	return lines;
}

function boilerplateReason(text: string): string | null {
	return BOILERPLATE.find(([re]) => re.test(text))?.[1] ?? null;
}

/** Short, unpunctuated, capitalised: a headline or a subheading. */
function isHeadlineLike(text: string): boolean {
	return /^[A-Z0-9]/.test(text) && text.length <= 100 && !endsSentence(text) && !/[,]$/.test(text);
}

const same = (a: string, b: string) => foldForComparison(a) === foldForComparison(b);

export function parseSeed(seed: string, content: string): ParsedSeed {
	const lines = readLines(content);
	const copies: ArticleCopy[] = [];
	const ledger: LedgerEntry[] = [];
	let current: ArticleCopy | null = null;
	let pendingDate: { date: string; line: Line } | null = null;

	const record = (line: Line, role: LineRole, reason?: string) =>
		ledger.push({
			line: line.n,
			text: line.text,
			role,
			copy: role === 'discarded' ? null : copies.length - 1,
			...(reason ? { reason } : {})
		});
	const discard = (line: Line, reason: string) => record(line, 'discarded', reason);

	const startArticle = (line: Line) => {
		current = {
			seed,
			title: line.text,
			authors: [],
			date: null,
			paragraphs: [],
			captions: [],
			notes: []
		};
		copies.push(current);
		if (pendingDate) {
			current.date = pendingDate.date;
			ledger.push({
				line: pendingDate.line.n,
				text: pendingDate.line.text,
				role: 'date',
				copy: copies.length - 1
			});
			pendingDate = null;
		}
		record(line, 'headline');
	};

	/** Next content line after `index`, skipping boilerplate. */
	const nextContent = (index: number): Line | undefined =>
		lines.slice(index + 1).find((l) => !boilerplateReason(l.text));

	/** Before an article's first byline, text followed by that byline is a caption, not body. */
	const bylineFollows = (index: number): boolean => {
		const next = lines
			.slice(index + 1)
			.find((l) => !boilerplateReason(l.text) && !parseCreditLine(l.text));
		return next !== undefined && parseByline(next.text) !== null;
	};

	const knownDeckText = (article: ArticleCopy, text: string) =>
		article.captions.some((c) => same(c.text, text) || (c.label !== null && same(c.label, text)));

	lines.forEach((line, index) => {
		const { text } = line;
		const boilerplate = boilerplateReason(text);
		if (boilerplate) return discard(line, boilerplate);

		const date = DATE_LINE.exec(text)?.[1];
		if (date) {
			pendingDate = { date, line };
			return;
		}

		const byline = parseByline(text);
		if (line.heading && !byline) {
			if (current && same(text, current.title))
				return discard(line, 'headline repeated on the page');
			return startArticle(line);
		}
		if (byline) {
			if (!current) throw new SeedParseError(seed, line.n, `byline "${text}" before any headline`);
			const article: ArticleCopy = current;
			const fresh = byline.filter((name) => !article.authors.includes(name));
			if (fresh.length === 0) return discard(line, 'byline repeated on the page');
			article.authors.push(...fresh);
			return record(line, 'byline');
		}

		const credit = parseCreditLine(text);
		if (credit) {
			if (!current)
				throw new SeedParseError(seed, line.n, `photo credit "${text}" before any headline`);
			const article: ArticleCopy = current;
			// A credit line turns the paragraph just before it into the photo's caption.
			const last = article.paragraphs.at(-1);
			const lastCaption = article.captions.at(-1);
			if (last && (!lastCaption || lastCaption.credit !== null)) {
				article.paragraphs.pop();
				article.captions.push({ kind: 'caption', text: last.text, label: null, credit });
				const entry = ledger.findLast((e) => e.text === last.text && e.role === 'paragraph');
				if (entry) entry.role = 'caption';
			} else if (lastCaption) {
				lastCaption.credit = credit;
			}
			return record(line, 'credit');
		}

		if (isHeadlineLike(text)) {
			if (current && same(text, (current as ArticleCopy).title))
				return discard(line, 'headline repeated on the page');
			const next = nextContent(index);
			if (!current || (next && parseByline(next.text))) return startArticle(line);
		}
		if (!current) throw new SeedParseError(seed, line.n, `text before any headline: "${text}"`);
		const article: ArticleCopy = current;

		if (knownDeckText(article, text))
			return discard(line, 'standfirst or caption repeated on the page');

		const withCredit = splitTrailingCredit(text);
		if (withCredit) {
			article.captions.push({
				kind: 'caption',
				text: withCredit.text,
				label: null,
				credit: withCredit.credit
			});
			return record(line, 'caption');
		}

		if (article.paragraphs.length === 0) {
			// Header region: lines sharing a block with the headline area are decks, not body.
			if (line.block.length > 1) {
				const inBylineBlock = line.block.some((l) => parseByline(l.text));
				const previous = article.captions.at(-1);
				if (
					!inBylineBlock &&
					previous &&
					previous.label === null &&
					isHeadlineLike(text) &&
					line.block.indexOf(line) > 0
				) {
					previous.label = text;
					return record(line, 'caption');
				}
				article.captions.push({
					kind: inBylineBlock ? 'standfirst' : 'caption',
					text,
					label: null,
					credit: null
				});
				return record(line, inBylineBlock ? 'standfirst' : 'caption');
			}
			if (article.authors.length === 0 && bylineFollows(index)) {
				article.captions.push({ kind: 'caption', text, label: null, credit: null });
				return record(line, 'caption');
			}
		}

		const kind = isHeadlineLike(text) ? 'subhead' : 'body';
		article.paragraphs.push({ kind, text });
		record(line, kind === 'subhead' ? 'subhead' : 'paragraph');
	});

	if (pendingDate) {
		const { line } = pendingDate as { date: string; line: Line };
		throw new SeedParseError(seed, line.n, 'date line with no article after it');
	}
	const { copies: placed, moves } = reassignTrailingCaptions(copies.map(tidyCopy));
	for (const move of moves) {
		for (const entry of ledger) {
			const isCaptionLine = entry.text.includes(move.text) || entry.text === `— ${move.credit}`;
			if (entry.copy === move.from && isCaptionLine) entry.copy = move.to;
		}
	}
	return { seed, copies: placed, ledger };
}

/** Joins a paragraph broken mid-sentence ("Covering some 9.5 square" / "kilometers, it will…"). */
function joinBrokenParagraphs(paragraphs: Paragraph[]): Paragraph[] {
	const out: Paragraph[] = [];
	for (const p of paragraphs) {
		const prev = out.at(-1);
		// A short fragment looks like a subheading until the next line continues its sentence.
		if (prev && !endsSentence(prev.text) && /^[a-z]/.test(p.text)) {
			prev.text = prev.text.endsWith('-') ? prev.text + p.text : `${prev.text} ${p.text}`;
			prev.kind = 'body';
		} else {
			out.push({ ...p });
		}
	}
	return out;
}

/**
 * Pull quotes repeat a sentence of the body inside it, often with a short label before them
 * ("100 billion"). A body paragraph whose whole text stands again in a longer paragraph is one.
 */
function extractPullQuotes(copy: ArticleCopy): ArticleCopy {
	const paragraphs = [...copy.paragraphs];
	const captions = [...copy.captions];
	for (let i = 0; i < paragraphs.length; i++) {
		const p = paragraphs[i]!;
		if (p.kind !== 'body') continue;
		const folded = foldForComparison(p.text);
		const repeated = paragraphs.some(
			(other, j) =>
				j !== i &&
				other.text.length > p.text.length &&
				foldForComparison(other.text).includes(folded)
		);
		if (!repeated) continue;
		const before = paragraphs[i - 1];
		const label = before?.kind === 'subhead' ? before.text : null;
		captions.push({ kind: 'pullquote', text: p.text, label, credit: null });
		paragraphs.splice(label ? i - 1 : i, label ? 2 : 1);
		i -= label ? 2 : 1;
	}
	return { ...copy, paragraphs, captions };
}

function tidyCopy(copy: ArticleCopy): ArticleCopy {
	const joined = { ...copy, paragraphs: joinBrokenParagraphs(copy.paragraphs) };
	const withoutPullQuotes = extractPullQuotes(joined);
	const paragraphs = joinBrokenParagraphs(withoutPullQuotes.paragraphs);
	const notes = paragraphs
		.map((p, i) => ({ p, i }))
		.filter(({ p }) => p.kind === 'body' && !endsSentence(p.text))
		.map(
			({ p, i }) =>
				`Paragraph ${i + 1} breaks off mid-sentence in the source ("…${p.text.slice(-40)}").`
		);
	return { ...withoutPullQuotes, paragraphs, notes: [...copy.notes, ...notes] };
}

const STOPWORDS = new Set(
	'the and for with from that this have has will its into also more than which their been were was are of in on at to a an by as is it be or'.split(
		' '
	)
);
function contentWords(text: string): Set<string> {
	return new Set(
		foldForComparison(text)
			.split(/[^a-z0-9]+/)
			.filter((w) => w.length > 2 && !STOPWORDS.has(w))
	);
}

/**
 * A photo caption printed after an article's last paragraph may belong to the article that
 * follows it on the page. It goes to whichever neighbour shares more of its words.
 */
interface CaptionMove {
	text: string;
	credit: string | null;
	from: number;
	to: number;
}

function reassignTrailingCaptions(copies: ArticleCopy[]): {
	copies: ArticleCopy[];
	moves: CaptionMove[];
} {
	const out = copies.map((c) => ({ ...c, captions: [...c.captions] }));
	const moves: CaptionMove[] = [];
	for (let i = 0; i < out.length - 1; i++) {
		const here = out[i]!;
		const next = out[i + 1]!;
		const hereWords = contentWords(here.paragraphs.map((p) => p.text).join(' '));
		const nextWords = contentWords([next.title, ...next.paragraphs.map((p) => p.text)].join(' '));
		here.captions = here.captions.filter((caption) => {
			if (caption.kind !== 'caption' || caption.credit === null) return true;
			const words = [...contentWords(caption.text)];
			const score = (set: Set<string>) => words.filter((w) => set.has(w)).length;
			if (score(nextWords) <= score(hereWords)) return true;
			next.captions.unshift(caption);
			moves.push({ text: caption.text, credit: caption.credit, from: i, to: i + 1 });
			return false;
		});
	}
	return { copies: out, moves };
}
