/**
 * Checks that tie every fact to its article: the quote is a verbatim passage, the value and
 * year stand in the quote, the places exist, and two printed forms of one amount agree.
 * Then the coverage check: every figure printed in an article is a fact or listed as
 * deliberately unmapped with a reason.
 */
import { z } from 'zod';
import type { Article, Passage } from '../schema/article';
import {
	CuratedFact,
	Disagreement,
	UnmappedFigure,
	type Equivalent,
	type Fact
} from '../schema/fact';
import { DISTRICT_ID, type Unit } from '../schema/vocabulary';
import { zodProblems, type DataProblem } from './errors';
import { findFigures, sameNumber, type Figure } from './figures';
import { labelProblems } from './label-checks';
import { UNIT_WORDS } from './units';
import { blockText, clauseProblem, nameProblems, unitAndQualifierProblems } from './quote-checks';

/** Finds a verbatim passage in an article's paragraphs, then its captions. */
export function locate(
	article: Pick<Article, 'paragraphs' | 'captions'>,
	quote: string
): Passage | null {
	const blocks: [Passage['block'], string[]][] = [
		['paragraph', article.paragraphs.map((p) => p.text)],
		['caption', article.captions.filter((c) => c.kind !== 'pullquote').map((c) => c.text)]
	];
	for (const [block, texts] of blocks) {
		for (const [index, text] of texts.entries()) {
			const start = text.indexOf(quote);
			if (start >= 0) return { block, index, start, end: start + quote.length };
		}
	}
	return null;
}

/** Square metres in one of each area unit (a mu is 1/15 of a hectare). */
export const SQUARE_METRES = {
	km2: 1e6,
	ha: 1e4,
	mu: 10000 / 15,
	sqm: 1
} as const satisfies Partial<Record<Unit, number>>;
/** Yuan per US dollar that a printed conversion may imply and still be read as one amount. */
export const PLAUSIBLE_CNY_PER_USD = { min: 6, max: 8 };

/** Why two printed forms of one amount disagree, or null when they agree. */
export function conversionProblem(value: number, unit: Unit, other: Equivalent): string | null {
	const areas: Partial<Record<Unit, number>> = SQUARE_METRES;
	const a = areas[unit];
	const b = areas[other.unit];
	if (a !== undefined && b !== undefined) {
		const ratio = (value * a) / (other.value * b);
		return Math.abs(ratio - 1) <= 0.01
			? null
			: `${value} ${unit} is ${((value * a) / b).toPrecision(4)} ${other.unit}, not ${other.value}`;
	}
	if (unit === 'yuan' && other.unit === 'usd') {
		const rate = value / other.value;
		const { min, max } = PLAUSIBLE_CNY_PER_USD;
		return rate >= min && rate <= max
			? null
			: `${value} yuan against US$${other.value} implies ${rate.toFixed(2)} yuan per dollar, outside ${min}–${max}`;
	}
	return `no conversion between ${unit} and ${other.unit}`;
}

interface DateParts {
	year?: number;
	month?: number;
	day?: number;
}
function dateParts(date: string): DateParts {
	const m = /^(?:(\d{4})|-)-?(\d{2})?-?(\d{2})?$/.exec(date);
	return {
		...(m?.[1] ? { year: Number(m[1]) } : {}),
		...(m?.[2] ? { month: Number(m[2]) } : {}),
		...(m?.[3] ? { day: Number(m[3]) } : {})
	};
}

/** Does this printed figure express one of the fact's numbers or its date? */
export function figureMatchesFact(figure: Figure, fact: z.infer<typeof CuratedFact>): boolean {
	const numbers = [
		fact.value,
		fact.value_max,
		fact.year,
		...(fact.also ?? []).map((e) => e.value)
	].filter((n): n is number => n !== undefined);
	// A figure in words is carried by a fact whose label repeats it ("the first half", "billions of").
	const label = fact.label.toLowerCase().replace(/\s+/g, ' ');
	if (figure.approximate !== undefined) return label.includes(figure.approximate);
	if (figure.month !== undefined) {
		const d = fact.date ? dateParts(fact.date) : {};
		return (
			d.month === figure.month &&
			(figure.day === undefined || d.day === figure.day) &&
			(figure.part === undefined || label.includes(`${figure.part} `))
		);
	}
	if (numbers.some((n) => figure.values.some((v) => sameNumber(n, v)))) return true;
	const d = fact.date ? dateParts(fact.date) : {};
	return d.year !== undefined && figure.values.includes(d.year);
}

const REQUIRED: Partial<Record<Fact['kind'], (keyof z.infer<typeof CuratedFact>)[]>> = {
	figure: ['value', 'unit'],
	date: ['date'],
	quote: ['speaker'],
	agreement: ['parties'],
	claim: ['claim']
};

/**
 * Wordings that give a quote for the whole district: "Jiading will…", "in Jiading District",
 * "the suburban district", "Jiading's … industry". Not "Jiading's Malu Town" or "Jiading
 * Hydrogen Park", which name a smaller place.
 */
const DISTRICT_WIDE =
	/\b(?:Jiading|JIADING)(?: District)? (?:will|has|had|is|was|boasts|currently|continues|aims|plans|hopes|intends|saw)\b|\bin (?:Jiading(?: District)?|the suburban district)\b(?! [A-Z])|\bJiading['’]s (?![A-Z])|\bthe suburban district\b/;

/** The words that make a quote district-wide, or null. */
export function districtWording(quote: string): string | null {
	return DISTRICT_WIDE.exec(quote)?.[0] ?? null;
}

/** Why a fact's places do not fit a district-wide quote, or null. */
export function scopeProblem(
	fact: Pick<Fact, 'quote' | 'places' | 'value' | 'scope_note'>
): string | null {
	const wording = districtWording(fact.quote);
	if (!wording || fact.scope_note) return null;
	if (fact.value !== undefined && (fact.places.length !== 1 || fact.places[0] !== DISTRICT_ID))
		return `the quote gives the figure for the whole district ("${wording}"): it sits on "${DISTRICT_ID}" alone (list other places in mentioned_from), or a scope_note says why not`;
	if (fact.value === undefined && !fact.places.includes(DISTRICT_ID))
		return `the quote speaks of the whole district ("${wording}") but the fact is not on "${DISTRICT_ID}"; add it, or a scope_note says why not`;
	return null;
}

/** All the text of an article, for checks that ask whether it prints a word at all. */
const articleText = (article: Article) =>
	[...article.paragraphs.map((p) => p.text), ...article.captions.map((c) => c.text)].join('\n');

/**
 * Finds the context of each entry of an "unmapped" list in its article. An unknown article or a
 * context that is not verbatim is reported, naming the file and the entry's position.
 */
export function locateEntries<E extends { article: string; context: string }>(
	file: string,
	entries: E[],
	articles: Article[],
	problems: DataProblem[]
): { entry: E; passage: Passage; i: number }[] {
	const articleById = new Map(articles.map((a) => [a.id, a]));
	const unknown = unknownArticles(entries.map((e, i) => ({ article: e.article, id: `[${i}]` })));
	return entries.flatMap((entry, i) => {
		const p = (field: string, message: string) =>
			problems.push({ file, id: `[${i}]`, field, message });
		const article = articleById.get(entry.article);
		if (!article) {
			const message = unknown(entry.article, articleById);
			if (message) p('article', message);
			return [];
		}
		const passage = locate(article, entry.context);
		if (!passage)
			return (
				p('context', `not found verbatim in article "${entry.article}": "${entry.context}"`),
				[]
			);
		return [{ entry, passage, i }];
	});
}

/**
 * The message for a record naming an article that does not exist, given once per article with
 * every record naming it (a removed seed would otherwise give one line per fact); null for the
 * records after the first.
 */
function unknownArticles(records: { article: string; id: string }[]) {
	const told = new Set<string>();
	return (article: string, known: Map<string, unknown>): string | null => {
		if (told.has(article)) return null;
		told.add(article);
		const naming = records.filter((r) => r.article === article).map((r) => r.id);
		return (
			`unknown article "${article}" (known: ${[...known.keys()].join(', ')})` +
			(naming.length > 1 ? `; ${naming.length} records name it: ${naming.join(', ')}` : '')
		);
	};
}

export interface FactCheckResult {
	facts: Fact[];
	problems: DataProblem[];
}

/** Maps a zod issue path in a JSON array of records to the record's id and the path inside it. */
export function arrayRecordOf(input: unknown) {
	return (path: PropertyKey[]) => {
		const record = Array.isArray(input) && typeof path[0] === 'number' ? input[path[0]] : undefined;
		const id = (record as { id?: unknown } | undefined)?.id;
		// A file that is not a list at all is the file's problem, not a record's.
		if (path.length === 0) return { rest: [] };
		return { id: typeof id === 'string' ? id : `[${String(path[0])}]`, rest: path.slice(1) };
	};
}

/** Units a site area may be stated in. */
export const AREA_UNITS = Object.keys(SQUARE_METRES) as (keyof typeof SQUARE_METRES)[];

export function checkFacts(
	file: string,
	input: unknown,
	articles: Article[],
	/** Every known place id with its English name and aliases. */
	/** Every place's names by id; null when the places file could not be read at all. */
	placeNames: Map<string, string[]> | null
): FactCheckResult {
	const schema = z.array(CuratedFact);
	const parsed = schema.safeParse(input);
	if (!parsed.success) {
		return {
			facts: [],
			problems: zodProblems(file, parsed.error, input, arrayRecordOf(input), schema)
		};
	}
	const problems: DataProblem[] = [];
	const articleById = new Map(articles.map((a) => [a.id, a]));
	const seen = new Set<string>();
	const facts: Fact[] = [];
	const unknown = unknownArticles(parsed.data);
	const unknownPlaces = new Set<string>();
	for (const fact of parsed.data) {
		const p = (field: string, message: string) =>
			problems.push({ file, id: fact.id, field, message });
		if (seen.has(fact.id)) p('id', 'duplicate id');
		seen.add(fact.id);
		for (const [field, place] of [
			...fact.places.map((place) => ['places', place] as const),
			...(fact.mentioned_from ?? []).map((place) => ['mentioned_from', place] as const)
		])
			if (placeNames && !placeNames.has(place) && !unknownPlaces.has(place)) {
				// Once per place, with every fact naming it: a renamed place is one mistake.
				unknownPlaces.add(place);
				const naming = parsed.data
					.filter((f) => [...f.places, ...(f.mentioned_from ?? [])].includes(place))
					.map((f) => f.id);
				p(
					field,
					`unknown place "${place}"` +
						(naming.length > 1 ? `; ${naming.length} facts name it: ${naming.join(', ')}` : '')
				);
			}
		if (new Set(fact.places).size < fact.places.length) p('places', 'a place is listed twice');
		if (fact.mentioned_from && (fact.places.length !== 1 || fact.places[0] !== DISTRICT_ID))
			p(
				'mentioned_from',
				`only a fact on the district alone ("${DISTRICT_ID}") is mentioned from other places; this one is on ${fact.places.join(', ')}`
			);
		for (const place of fact.mentioned_from ?? []) {
			if (fact.places.includes(place))
				p('mentioned_from', `"${place}" is already one of the fact's places`);
		}
		if (fact.claim && fact.kind !== 'claim')
			p('claim', `only claim facts have a claim type (this is a ${fact.kind} fact)`);
		const scope = scopeProblem(fact);
		if (scope) p('places', scope);
		for (const field of REQUIRED[fact.kind] ?? []) {
			if (fact[field] === undefined) p(field, `missing (a ${fact.kind} fact needs it)`);
		}
		if ((fact.value === undefined) !== (fact.unit === undefined))
			p('unit', 'value and unit go together');
		if (
			fact.measures === 'site-area' &&
			!AREA_UNITS.includes(fact.unit as (typeof AREA_UNITS)[number])
		)
			p(
				'measures',
				`a site area needs an area unit (${AREA_UNITS.join(', ')}), not ${fact.unit ?? 'none'}`
			);
		const article = articleById.get(fact.article);
		if (!article) {
			const message = unknown(fact.article, articleById);
			if (message) p('article', message);
			continue;
		}
		const passage = locate(article, fact.quote);
		if (!passage) {
			p('quote', `not found verbatim in article "${fact.article}": "${fact.quote.slice(0, 80)}"`);
			continue;
		}
		const clause = clauseProblem(fact.quote, blockText(article, passage), passage);
		if (clause) p('quote', clause);
		for (const problem of [
			...unitAndQualifierProblems(fact),
			...nameProblems(fact, articleText(article))
		])
			p(problem.field, problem.message);
		// A fact naming an unknown place (reported above) is not checked for names it may use.
		const names =
			placeNames && fact.places.every((id) => placeNames.has(id))
				? fact.places.flatMap((id) => placeNames.get(id) ?? [])
				: null;
		for (const problem of labelProblems(fact, names, articleText(article)))
			p(problem.field, problem.message);
		const figures = findFigures(fact.quote);
		const inQuote = (n: number) => figures.some((f) => f.values.some((v) => sameNumber(v, n)));
		if (fact.value !== undefined && !inQuote(fact.value))
			p('value', `${fact.value} does not appear in the quote`);
		else if (fact.value !== undefined) {
			// "38.5" for "38.5 billion yuan": the bare number of a scaled figure is not its value.
			const bare = figures.find(
				(f) => f.values.length > 1 && sameNumber(f.values[1]!, fact.value!)
			);
			const whole = figures.some((f) => sameNumber(f.values[0] ?? Number.NaN, fact.value!));
			if (bare && !whole)
				p(
					'value',
					`${fact.value} is the bare number of "${bare.text}", whose value is ${bare.values[0]}`
				);
		}
		for (const [field, unit] of [
			['unit', fact.unit],
			...(fact.also ?? []).map((e, i) => [`also[${i}].unit`, e.unit] as const)
		] as const) {
			const words = unit ? UNIT_WORDS[unit] : undefined;
			if (words && !words.test(fact.quote))
				p(field, `the quote does not give the figure in ${unit}`);
		}
		if (fact.value_max !== undefined && !inQuote(fact.value_max))
			p('value_max', `${fact.value_max} does not appear in the quote`);
		if (fact.year !== undefined && !inQuote(fact.year))
			p('year', `${fact.year} does not appear in the quote`);
		for (const [i, other] of (fact.also ?? []).entries()) {
			if (!inQuote(other.value))
				p(`also[${i}].value`, `${other.value} does not appear in the quote`);
			if (fact.value !== undefined && fact.unit) {
				const problem = conversionProblem(fact.value, fact.unit, other);
				if (problem) p(`also[${i}]`, `inconsistent with the value: ${problem}`);
			}
		}
		if (fact.date) {
			const d = dateParts(fact.date);
			const printed = figures.some(
				(f) =>
					(d.month === undefined || f.month === d.month) &&
					(d.day === undefined || f.day === d.day) &&
					(d.year === undefined || f.values.includes(d.year))
			);
			if (!printed) p('date', `${fact.date} does not appear in the quote`);
		}
		facts.push({ ...fact, passage, disagreement: null });
	}
	return { facts, problems };
}

export interface Coverage {
	figures: number;
	mapped: number;
	unmapped: number;
	/** Figures neither mapped nor listed; each is also reported as a problem. */
	unaccounted: { article: string; figure: string; passage: Passage }[];
}

/** Every figure occurrence in every article (pull quotes repeat the body and are skipped). */
export function figureOccurrences(article: Article) {
	const blocks: { block: Passage['block']; index: number; text: string }[] = [
		...article.paragraphs.map((p, index) => ({ block: 'paragraph' as const, index, text: p.text })),
		...article.captions.flatMap((c, index) =>
			c.kind === 'pullquote' ? [] : [{ block: 'caption' as const, index, text: c.text }]
		)
	];
	return blocks.flatMap(({ block, index, text }) =>
		findFigures(text).map((figure) => ({ figure, block, index }))
	);
}

export function checkCoverage(
	files: { facts: string; unmapped: string; disagreements: string },
	unmappedInput: unknown,
	disagreementsInput: unknown,
	articles: Article[],
	facts: Fact[]
): {
	coverage: Coverage;
	disagreements: z.infer<typeof Disagreement>[];
	facts: Fact[];
	problems: DataProblem[];
} {
	const problems: DataProblem[] = [];
	const unmappedParsed = z.array(UnmappedFigure).safeParse(unmappedInput);
	if (!unmappedParsed.success)
		problems.push(
			...zodProblems(
				files.unmapped,
				unmappedParsed.error,
				unmappedInput,
				arrayRecordOf(unmappedInput),
				z.array(UnmappedFigure)
			)
		);
	const unmapped = unmappedParsed.success ? unmappedParsed.data : [];
	// A list that could not be read would make every figure it lists look unaccounted for: its own
	// problems are reported, and the figures are not. Likewise for the disagreements below.
	const unmappedRead = unmappedInput !== undefined && unmappedParsed.success;

	const listed = locateEntries(files.unmapped, unmapped, articles, problems).flatMap(
		({ entry, passage, i }) => {
			const p = (field: string, message: string) =>
				problems.push({ file: files.unmapped, id: `[${i}]`, field, message });
			// An entry stands for every occurrence of its figure inside its context.
			const offsets = findFigures(entry.context).filter((f) => f.text === entry.figure);
			if (offsets.length === 0)
				return (
					p('figure', `"${entry.figure}" is not a figure of the context "${entry.context}"`),
					[]
				);
			return offsets.map((offset) => ({
				...passage,
				article: entry.article,
				start: passage.start + offset.start,
				end: passage.start + offset.end,
				used: false,
				i
			}));
		}
	);

	let figures = 0;
	let mapped = 0;
	let unmappedCount = 0;
	const unaccounted: Coverage['unaccounted'] = [];
	for (const article of articles) {
		for (const { figure, block, index } of figureOccurrences(article)) {
			figures++;
			const covers = (p: Passage) =>
				p.block === block && p.index === index && p.start <= figure.start && p.end >= figure.end;
			if (
				facts.some(
					(f) => f.article === article.id && covers(f.passage) && figureMatchesFact(figure, f)
				)
			) {
				mapped++;
				continue;
			}
			const entry = listed.find(
				(l) =>
					l.article === article.id &&
					l.block === block &&
					l.index === index &&
					l.start === figure.start
			);
			if (entry) {
				entry.used = true;
				unmappedCount++;
				continue;
			}
			const passage = { block, index, start: figure.start, end: figure.end };
			unaccounted.push({ article: article.id, figure: figure.text, passage });
			if (unmappedRead)
				problems.push({
					file: files.facts,
					id: article.id,
					field: `${block}s[${index}]`,
					message: `figure "${figure.text}" is neither a fact nor listed in ${files.unmapped}`
				});
		}
	}
	for (const entry of listed) {
		if (!entry.used && !listed.some((other) => other.i === entry.i && other.used)) {
			problems.push({
				file: files.unmapped,
				id: `[${entry.i}]`,
				field: 'figure',
				message: 'already covered by a fact; remove it from the unmapped list'
			});
		}
	}

	const disagreementsParsed = z.array(Disagreement).safeParse(disagreementsInput);
	if (!disagreementsParsed.success) {
		problems.push(
			...zodProblems(
				files.disagreements,
				disagreementsParsed.error,
				disagreementsInput,
				arrayRecordOf(disagreementsInput),
				z.array(Disagreement)
			)
		);
	}
	const disagreements = disagreementsParsed.success ? disagreementsParsed.data : [];
	const disagreementsRead = disagreementsInput !== undefined && disagreementsParsed.success;
	const factById = new Map(facts.map((f) => [f.id, f]));
	/** Each fact's disagreement, by fact id: the facts given are read, never written. */
	const disagreementOf = new Map<string, string>();
	const disagreementIds = new Set<string>();
	for (const d of disagreements) {
		if (disagreementIds.has(d.id))
			problems.push({ file: files.disagreements, id: d.id, field: 'id', message: 'duplicate id' });
		disagreementIds.add(d.id);
		const twice = d.facts.find((id, i) => d.facts.indexOf(id) < i);
		if (twice)
			problems.push({
				file: files.disagreements,
				id: d.id,
				field: 'facts',
				message: `lists "${twice}" twice`
			});
		const ids = [...new Set(d.facts)];
		const members = ids.map((id) => factById.get(id));
		ids.forEach((id, i) => {
			if (!members[i])
				problems.push({
					file: files.disagreements,
					id: d.id,
					field: 'facts',
					message: `unknown fact "${id}"`
				});
		});
		const known = members.filter((f): f is Fact => f !== undefined);
		const readings = new Set(known.map((f) => JSON.stringify([f.value, f.unit, f.also])));
		if (known.length === ids.length && ids.length > 1 && readings.size < 2) {
			problems.push({
				file: files.disagreements,
				id: d.id,
				field: 'facts',
				message: 'these facts give the same figures; there is no disagreement'
			});
		}
		for (const f of known) {
			// A fact shows one disagreement box; a second would silently replace the first.
			const already = disagreementOf.get(f.id);
			if (already)
				problems.push({
					file: files.disagreements,
					id: d.id,
					field: 'facts',
					message: `"${f.id}" is already in the disagreement "${already}"; merge the two`
				});
			else disagreementOf.set(f.id, d.id);
		}
	}
	// The same amount printed with different equivalents is a disagreement that must be recorded.
	for (const fact of facts) {
		if (!fact.also || fact.value === undefined || disagreementOf.has(fact.id)) continue;
		const rival = facts.find(
			(other) =>
				other !== fact &&
				other.value === fact.value &&
				other.unit === fact.unit &&
				other.also &&
				JSON.stringify(other.also) !== JSON.stringify(fact.also)
		);
		if (rival && disagreementsRead) {
			problems.push({
				file: files.disagreements,
				id: fact.id,
				message: `gives ${JSON.stringify(fact.also)} for the same amount for which "${rival.id}" gives ${JSON.stringify(rival.also)}; record the disagreement`
			});
		}
	}
	return {
		coverage: { figures, mapped, unmapped: unmappedCount, unaccounted },
		disagreements,
		// New fact values carrying their disagreement; the ones given stay as they were.
		facts: facts.map((f) =>
			disagreementOf.has(f.id) ? { ...f, disagreement: disagreementOf.get(f.id)! } : f
		),
		problems
	};
}
