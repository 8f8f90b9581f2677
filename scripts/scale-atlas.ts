/**
 * Synthetic atlases for the scale benchmark (`npm run bench:scale`): the real seeds and geo files
 * copied `factor` times into a folder of their own, never into seeds/ or geo/.
 *
 * Copy 0 is the real atlas (its ids, names and text); at a factor above 1 its geometry is shrunk
 * into a cell of a grid, like every other copy's. Copy k ≥ 1 gets a tag ("Qa", "Qb", … "Zv"):
 * - every place is copied with the id `<id>-<tag>`, its names and aliases end in " <Tag>" ("Malu
 *   Town Qa"), its town is the copy's town, and its geometry is shrunk into the copy's grid cell
 *   inside the Jiading area the checks accept (JIADING_AREA: the district itself fills it, so
 *   shifting alone cannot keep copies apart);
 * - every seed is copied with the text rewritten: each place name the pipeline finds in it gets the
 *   copy's tag after it ("Malu Town" → "Malu Town Qa"), and every other word of three letters or
 *   more gets the tag in lower case glued to its end ("medical" → "medicalqa"; a capitalised word
 *   only where the articles also print it in lower case, so names of people and firms stay). Copies
 *   of one article must not share their wording, or the pipeline's duplicate finder (5-word
 *   shingles) would merge them into one article. The words the figure, unit, date, label and
 *   seed-format checks read ("three", "the first half", "square kilometers", "since", "key",
 *   "May", "date") are left alone, so every figure stays the same; so are bylines, photo credits,
 *   date lines and site boilerplate, which the seed parser knows by their form;
 * - facts, unmapped figures and claims, disagreements and tour chapters are copied pointing at the
 *   copy's articles, places and facts. Quotes and contexts are cut from the rewritten passage at the
 *   same place, so they stay verbatim; labels and titles are rewritten the same way as the text,
 *   so the names in them stay names of the quote or of the fact's places. The district-wide
 *   wording ("Jiading will", "the suburban district") no longer reads as district-wide once tagged,
 *   so a copy's district is an ordinary place: a fact the real data shows on the district and
 *   mentions from other places (`mentioned_from`, allowed only on "jiading") sits on all of them.
 * The basemap layers are copied once.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bbox } from '@turf/turf';
import type { Article } from '../src/lib/schema/article';
import { APPROXIMATIONS, MONTHS } from '../src/lib/content/figures';
import { locate } from '../src/lib/content/fact-checks';
import { EMPHATIC_WORDS } from '../src/lib/content/label-checks';
import { JIADING_AREA } from '../src/lib/content/geo-checks';
import {
	buildArticles,
	buildContent,
	parseSeeds,
	type SourceFile,
	type Sources
} from '../src/lib/content/pipeline';
import { buildPlanner } from '../src/lib/content/planner';
import { buildAtlas } from '../src/lib/content/stories';
import { buildTour } from '../src/lib/content/tour';
import type { DataProblem } from '../src/lib/content/errors';
import { parseSeed } from '../src/lib/content/seed-parser';
import { seedSumsText } from '../src/lib/content/seed-files';
import { readSources, readTour } from '../src/lib/server/load';

/** The pipeline's inputs read from a folder holding seeds/ and geo/, as the site's loaders read them. */
export function readAtlasSources(root: string): Sources & { tour: SourceFile } {
	return { ...readSources(root), tour: readTour(root) };
}

export interface AtlasTimings {
	readSources: number;
	buildContent: number;
	buildTour: number;
	buildAtlas: number;
	buildPlanner: number;
}

/**
 * Runs the real pipeline and the explorer's builders on a folder, as the build does: throws a
 * DataError listing every problem, or returns what they built and how long each step took (ms).
 * Without `builders`, only the pipeline and the tour (the checks that can fail) run.
 */
export function checkAtlas(root: string, { builders = true } = {}) {
	const time = <T>(run: () => T): [T, number] => {
		const start = performance.now();
		const result = run();
		return [result, performance.now() - start];
	};
	const [sources, readMs] = time(() => readAtlasSources(root));
	const [content, contentMs] = time(() => buildContent(sources));
	const [tour, tourMs] = time(() => buildTour(sources.tour, content));
	const [atlas, atlasMs] = builders ? time(() => buildAtlas(content, tour)) : [null, 0];
	const [planner, plannerMs] = builders ? time(() => buildPlanner(content)) : [null, 0];
	const timings: AtlasTimings = {
		readSources: readMs,
		buildContent: contentMs,
		buildTour: tourMs,
		buildAtlas: atlasMs,
		buildPlanner: plannerMs
	};
	return { content, tour, atlas, planner, timings };
}

// ---------------------------------------------------------------------------------------------
// Tags and text rewriting

/** The tag of copy k ≥ 1: "Qa" … "Qz", "Xa" … — two letters, no figure, no word the checks read. */
export function copyTag(k: number): string {
	const first = 'QXZVKJ'[Math.floor((k - 1) / 26)];
	if (k < 1 || first === undefined) throw new Error(`no tag for copy ${k}`);
	return first + String.fromCharCode(97 + ((k - 1) % 26));
}

/**
 * Lower-case words the checks read, left as printed: numbers and amounts in words, vague figures
 * ("several", "the first half", "this year"), month parts, units, the words that tie a date to
 * its event ("since", "from … to"), and the seed format's "date" line.
 */
const KEPT_WORDS = new Set([
	...APPROXIMATIONS.join(' ').match(/[a-z]+/g)!,
	...'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion'.split(
		' '
	),
	...'early mid late the'.split(' '),
	...'yuan rmb dollar dollars square kilometer kilometers kilometre kilometres meter meters metre metres hectare hectares sqm percent per cent centimeter centimeters centimetre centimetres year years month months day days hour hours'.split(
		' '
	),
	...'since until till through by before after from between to and'.split(' '),
	// The words of a figure's qualifier ("about", "more than"), which the fact's qualifier needs.
	...'about around some approximately roughly circa more than over above exceed exceeds exceeded exceeding upwards almost nearly close at least'.split(
		' '
	),
	// A label may use one only where its quote does, in either case ("Key projects": "key").
	...EMPHATIC_WORDS,
	// Month names count as dates only capitalised, and "May" is also a verb.
	...MONTHS.map((m) => m.toLowerCase()),
	'date'
]);

interface Insertion {
	at: number;
	text: string;
}

/** A text rewritten for one copy, with the map from positions in the original to the rewrite. */
export interface Rewrite {
	text: string;
	/** Position in the rewrite of an original position; a tag at `at` goes with the text before it. */
	map: (at: number) => number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s);

/**
 * Rewrites text for copy k: a place name (found as the pipeline finds mentions: longest name
 * first, case-insensitive, on word boundaries) gets " <Tag>" after it; any other word of three
 * letters or more that the checks do not read gets the tag glued to it, in lower case — a
 * capitalised word only where it is also in `ordinary` (words the articles print in lower case).
 */
export function createRewriter(names: string[], tag: string, ordinary: Set<string> = new Set()) {
	const patterns = [...new Set(names)]
		.sort((a, b) => b.length - a.length)
		.map((name) =>
			isLatin(name)
				? new RegExp(
						`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/ /g, '[ \\t\\u00a0]+')}(?![\\p{L}\\p{N}])`,
						'giu'
					)
				: new RegExp(escapeRegExp(name), 'gu')
		);
	const wordTag = tag.toLowerCase();
	return (text: string): Rewrite => {
		const taken: [number, number][] = [];
		const insertions: Insertion[] = [];
		for (const pattern of patterns) {
			for (const m of text.matchAll(pattern)) {
				const start = m.index;
				const end = start + m[0].length;
				if (taken.some(([s, e]) => start < e && end > s)) continue;
				taken.push([start, end]);
				insertions.push({ at: end, text: ` ${tag}` });
			}
		}
		for (const m of text.matchAll(/(?<![\p{L}\p{N}])[A-Za-z][a-z]{2,}(?![\p{L}\p{N}])/gu)) {
			const start = m.index;
			const end = start + m[0].length;
			const lower = m[0].toLowerCase();
			// A capitalised word is tagged where the articles also print it in lower case: the label
			// checks match names case-insensitively ("New four modernizations" for "new four…") and
			// take a label's first word for an ordinary word when the article prints it in lower case.
			if (KEPT_WORDS.has(lower) || (m[0] !== lower && !ordinary.has(lower))) continue;
			if (taken.some(([s, e]) => start < e && end > s)) continue;
			insertions.push({ at: end, text: wordTag });
		}
		insertions.sort((a, b) => a.at - b.at);
		let out = '';
		let from = 0;
		for (const { at, text: inserted } of insertions) {
			out += text.slice(from, at) + inserted;
			from = at;
		}
		out += text.slice(from);
		const map = (at: number) =>
			at + insertions.filter((i) => i.at <= at).reduce((n, i) => n + i.text.length, 0);
		return { text: out, map };
	};
}

// ---------------------------------------------------------------------------------------------
// Geometry

type Position = number[];
type Json = Record<string, unknown>;
interface PlaceFeature {
	type: 'Feature';
	id: string;
	properties: Json & {
		id: string;
		name_en: string;
		name_zh: string;
		aliases: string[];
		town: string | null;
	};
	geometry: { type: string; coordinates: unknown };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Maps every position of a geometry; drops repeated positions that rounding makes. */
function mapGeometry<G extends { type: string; coordinates: unknown }>(
	geometry: G,
	f: (p: Position) => Position
): G {
	const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
	const line = (ps: Position[]) =>
		ps.map(f).filter((p, i, all) => i === 0 || !same(p, all[i - 1]!));
	const c = geometry.coordinates as never;
	const coordinates =
		geometry.type === 'Point'
			? f(c)
			: geometry.type === 'LineString'
				? line(c)
				: geometry.type === 'MultiLineString' || geometry.type === 'Polygon'
					? (c as Position[][]).map(line)
					: (c as Position[][][]).map((rings) => rings.map(line));
	return { ...geometry, coordinates };
}

/**
 * Where copy k of n goes: the real atlas's box shrunk into cell k of a grid over the Jiading area.
 * At n = 1 the geometry is left as it is.
 */
export function cellTransform(
	k: number,
	n: number,
	box: [number, number, number, number]
): { scale: number; move: (p: Position) => Position } {
	if (n === 1) return { scale: 1, move: (p) => p };
	const columns = Math.ceil(Math.sqrt(n));
	const rows = Math.ceil(n / columns);
	const area = JIADING_AREA;
	const cellW = (area.east - area.west) / columns;
	const cellH = (area.north - area.south) / rows;
	const [w, s, e, nb] = box;
	const scale = 0.92 * Math.min(cellW / (e - w), cellH / (nb - s));
	const col = k % columns;
	const row = Math.floor(k / columns);
	// Rows from the north, as a reader scans the map.
	const x0 = area.west + col * cellW + (cellW - (e - w) * scale) / 2;
	const y0 = area.north - (row + 1) * cellH + (cellH - (nb - s) * scale) / 2;
	return {
		scale,
		move: ([x, y]) => [round6(x0 + (x! - w) * scale), round6(y0 + (y! - s) * scale)]
	};
}

// ---------------------------------------------------------------------------------------------
// The generator

export interface ScaledAtlas {
	/** The folder with seeds/ and geo/, for ATLAS_CONTENT_ROOT. */
	dir: string;
	factor: number;
	counts: { seeds: number; places: number; facts: number; chapters: number };
	/**
	 * Where the real atlas (copy 0, real ids and names) went: a position of the real atlas moved
	 * there, and how much it was shrunk (a view of it is log2(1 / scale) zoom levels further in).
	 */
	real: { scale: number; move: (p: number[]) => number[] };
}

/** The text of a passage's block, as `locate` finds it. */
function blockText(article: Article, block: 'paragraph' | 'caption', index: number): string {
	return block === 'paragraph'
		? article.paragraphs[index]!.text
		: article.captions.filter((c) => c.kind !== 'pullquote')[index]!.text;
}

/**
 * Writes an atlas `factor` times the real one (read from `root`) into `out` (default: a new folder
 * in the system's temp folder) and returns where it is.
 */
export function generateScaledAtlas(
	factor: number,
	{ root = process.cwd(), out }: { root?: string; out?: string } = {}
): ScaledAtlas {
	if (!Number.isInteger(factor) || factor < 1)
		throw new Error(`factor ${factor}: a whole number ≥ 1`);
	const sources = readAtlasSources(root);
	const real = buildContent(sources);
	const dir = out ?? mkdtempSync(join(tmpdir(), `atlas-scale-${factor}x-`));
	mkdirSync(join(dir, 'seeds'), { recursive: true });
	mkdirSync(join(dir, 'geo/basemap'), { recursive: true });
	cpSync(join(root, 'geo/basemap'), join(dir, 'geo/basemap'), { recursive: true });

	const json = <T>(file: SourceFile) => JSON.parse(file.text) as T;
	const places = json<{ type: string; features: PlaceFeature[] }>(sources.places);
	const facts = json<Json[]>(sources.facts);
	const unmapped = json<Json[]>(sources.unmapped);
	const claims = json<Json[]>(sources.unmappedClaims);
	const disagreements = json<Json[]>(sources.disagreements);
	const tour = json<Json[]>(sources.tour);
	const names = places.features.flatMap((f) => [
		f.properties.name_en,
		f.properties.name_zh,
		...f.properties.aliases
	]);
	/** Lines of each seed that are not text: bylines, credits, dates and boilerplate. */
	const verbatimLines = new Map(
		sources.seeds.map((seed) => [
			seed.path,
			new Set(
				parseSeed(seed.path.split('/').at(-1)!, seed.text)
					.ledger.filter(
						(e) =>
							['byline', 'credit', 'date'].includes(e.role) ||
							(e.role === 'discarded' && !e.reason?.includes('repeated'))
					)
					.map((e) => e.line)
			)
		])
	);
	/** Words the articles print in lower case. */
	const ordinary = new Set(
		real.articles.flatMap((a) =>
			[...a.paragraphs, ...a.captions].flatMap((b) => b.text.match(/\b[a-z]{3,}\b/g) ?? [])
		)
	);
	const box = bbox(places as never) as [number, number, number, number];
	const articleById = new Map(real.articles.map((a) => [a.id, a]));

	const out_ = {
		seeds: [] as SourceFile[],
		places: [] as PlaceFeature[],
		facts: [] as Json[],
		unmapped: [] as Json[],
		claims: [] as Json[],
		disagreements: [] as Json[],
		tour: [] as Json[]
	};
	for (let k = 0; k < factor; k++) {
		const { move } = cellTransform(k, factor, box);
		if (k === 0) {
			out_.seeds.push(...sources.seeds);
			out_.places.push(
				...places.features.map((f) => ({ ...f, geometry: mapGeometry(f.geometry, move) }))
			);
			out_.facts.push(...facts);
			out_.unmapped.push(...unmapped);
			out_.claims.push(...claims);
			out_.disagreements.push(...disagreements);
			out_.tour.push(...tour);
			continue;
		}
		const tag = copyTag(k);
		const lower = tag.toLowerCase();
		const rewrite = createRewriter(names, tag, ordinary);
		const id = (x: string) => `${x}-${lower}`;
		const text = (s: string) => rewrite(s).text;

		// Seeds, rewritten line by line (a name never spans two lines); bylines, credits, date lines
		// and site boilerplate keep their form, which is how the seed parser knows them.
		const seeds = sources.seeds.map((seed) => {
			const kept = verbatimLines.get(seed.path)!;
			return {
				path: seed.path.replace(/\.txt$/, `-${lower}.txt`),
				text: seed.text
					.split('\n')
					.map((line, i) => (kept.has(i + 1) ? line : rewrite(line).text))
					.join('\n')
			};
		});
		out_.seeds.push(...seeds);

		// The copy's articles, to tie each real article to its copy and to make sure the rewrite of
		// the seeds reads as the rewrite of the articles' text.
		const problems: DataProblem[] = [];
		const { articles } = buildArticles(parseSeeds(seeds, problems), []);
		if (problems.length > 0 || articles.length !== real.articles.length)
			throw new Error(
				`copy ${tag}: the rewritten seeds parse into ${articles.length} articles, not ${real.articles.length}`
			);
		const articleId = new Map<string, string>();
		real.articles.forEach((a, i) => {
			const copy = articles[i]!;
			const expected = [a.title, ...a.paragraphs.map((p) => p.text)].map(text);
			const got = [copy.title, ...copy.paragraphs.map((p) => p.text)];
			const differs = Array.from(
				{ length: Math.max(expected.length, got.length) },
				(_, j) => j
			).find((j) => expected[j] !== got[j]);
			if (differs !== undefined)
				throw new Error(
					`copy ${tag} of "${a.id}": the rewritten seed parses differently (block ${differs}: "${got[differs]?.slice(0, 80)}" for "${expected[differs]?.slice(0, 80)}")`
				);
			articleId.set(a.id, copy.id);
		});
		/** A verbatim passage of a real article, cut at the same place from its rewrite. */
		const passage = (article: string, quote: string) => {
			const a = articleById.get(article);
			const at = a && locate(a, quote);
			if (!a || !at) throw new Error(`"${quote.slice(0, 60)}" is not in article "${article}"`);
			const block = rewrite(blockText(a, at.block, at.index));
			return block.text.slice(block.map(at.start), block.map(at.end));
		};
		const articleOf = (a: unknown) => {
			const mapped = articleId.get(a as string);
			if (!mapped) throw new Error(`copy ${tag}: unknown article "${String(a)}"`);
			return mapped;
		};

		out_.places.push(
			...places.features.map((f) => {
				const p = f.properties;
				return {
					...f,
					id: id(f.id),
					properties: {
						...p,
						id: id(p.id),
						name_en: `${p.name_en} ${tag}`,
						name_zh: `${p.name_zh} ${tag}`,
						aliases: p.aliases.map((a) => `${a} ${tag}`),
						town: p.town === null ? null : id(p.town)
					},
					geometry: mapGeometry(f.geometry, move)
				};
			})
		);
		out_.facts.push(
			...facts.map((f) => {
				const { mentioned_from, ...rest } = f as Json & { mentioned_from?: string[] };
				const copy: Json = {
					...rest,
					id: id(f.id as string),
					article: articleOf(f.article),
					quote: passage(f.article as string, f.quote as string),
					places: [...(f.places as string[]), ...(mentioned_from ?? [])].map(id),
					label: text(f.label as string)
				};
				for (const field of ['speaker', 'scope_note'] as const)
					if (typeof f[field] === 'string') copy[field] = text(f[field]);
				if (Array.isArray(f.parties)) copy.parties = (f.parties as string[]).map(text);
				return copy;
			})
		);
		out_.unmapped.push(
			...unmapped.map((u) => ({
				...u,
				article: articleOf(u.article),
				figure: text(u.figure as string),
				context: passage(u.article as string, u.context as string)
			}))
		);
		out_.claims.push(
			...claims.map((c) => ({
				...c,
				article: articleOf(c.article),
				place: id(c.place as string),
				context: passage(c.article as string, c.context as string)
			}))
		);
		out_.disagreements.push(
			...disagreements.map((d) => ({
				...d,
				id: id(d.id as string),
				facts: (d.facts as string[]).map(id)
			}))
		);
		out_.tour.push(
			...tour.map((c) => {
				const trace = c.trace as { place: string; from: string } | undefined;
				return {
					...c,
					id: id(c.id as string),
					title_en: text(c.title_en as string),
					title_zh: `${c.title_zh as string} ${tag}`,
					open: id(c.open as string),
					frame: (c.frame as string[]).map(id),
					...(trace ? { trace: { place: id(trace.place), from: id(trace.from) } } : {}),
					facts: (c.facts as string[]).map(id)
				};
			})
		);
	}

	for (const seed of out_.seeds) writeFileSync(join(dir, seed.path), seed.text);
	writeFileSync(join(dir, 'geo/seeds.sha256'), seedSumsText(out_.seeds));
	const write = (path: string, data: unknown) =>
		writeFileSync(join(dir, path), JSON.stringify(data, null, '\t') + '\n');
	write('geo/places.geojson', { ...places, features: out_.places });
	write('geo/facts.json', out_.facts);
	write('geo/unmapped-figures.json', out_.unmapped);
	write('geo/unmapped-claims.json', out_.claims);
	write('geo/disagreements.json', out_.disagreements);
	write('geo/tour.json', out_.tour);
	return {
		dir,
		factor,
		real: cellTransform(0, factor, box),
		counts: {
			seeds: out_.seeds.length,
			places: out_.places.length,
			facts: out_.facts.length,
			chapters: out_.tour.length
		}
	};
}
