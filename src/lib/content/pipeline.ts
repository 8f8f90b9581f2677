/**
 * The content pipeline: seed texts and curated geo files in, validated and joined data out.
 * Pure: it receives file contents and returns data or throws a DataError listing every problem.
 */
import type { Article, SeedReport } from '../schema/article';
import type { Disagreement, Fact } from '../schema/fact';
import type { Place } from '../schema/place';
import { copyFigureProblems, mergeCopies, groupCopies } from './dedupe';
import { assertNoProblems, parseJson, type DataProblem } from './errors';
import { checkClaims, type ClaimCoverage } from './claim-coverage';
import { checkCoverage, checkFacts, type Coverage } from './fact-checks';
import { checkBasemapLayer, checkPlaces } from './geo-checks';
import { createMatchers, findMentions } from './mentions';
import { parseSeed, SeedParseError, type ParsedSeed } from './seed-parser';
import { checkSeedSums, seedTextProblem } from './seed-files';

export interface SourceFile {
	/** Path relative to the project root, as it appears in messages ("geo/facts.json"). */
	path: string;
	text: string;
	/**
	 * Why the file could not be read as it should be (not UTF-8, not a kind of file its folder
	 * holds). Its text is then empty; the file is reported and nothing is built from it.
	 */
	problem?: string;
}

export interface Sources {
	/** Every file in seeds/, whatever its name (a file that is not a seed is reported). */
	seeds: SourceFile[];
	/** The seeds' SHA-256 sums (geo/seeds.sha256, `sha256sum` format): the source documents as copied. */
	seedSums: SourceFile;
	places: SourceFile;
	facts: SourceFile;
	unmapped: SourceFile;
	/** Sentences naming a place that are deliberately not facts (geo/unmapped-claims.json). */
	unmappedClaims: SourceFile;
	disagreements: SourceFile;
	/** Every file in geo/basemap/, whatever its name. */
	basemap: SourceFile[];
}

export interface Content {
	articles: Article[];
	facts: Fact[];
	places: Place[];
	disagreements: Disagreement[];
	seedReports: SeedReport[];
	coverage: Coverage;
	claimCoverage: ClaimCoverage;
	basemap: Record<string, unknown>;
}

const fileName = (path: string) => path.split('/').at(-1)!;

export function parseSeeds(seeds: SourceFile[], problems: DataProblem[]): ParsedSeed[] {
	return seeds.flatMap((seed) => {
		const unreadable = seedTextProblem(seed);
		if (unreadable) {
			problems.push({ file: seed.path, message: unreadable });
			return [];
		}
		try {
			const parsed = parseSeed(fileName(seed.path), seed.text);
			if (parsed.copies.length === 0) {
				problems.push({
					file: seed.path,
					message: 'holds no article (no headline found): a seed is a saved news page'
				});
				return [];
			}
			return [parsed];
		} catch (error) {
			if (!(error instanceof SeedParseError)) throw error;
			problems.push({ file: seed.path, message: error.message.replace(/^seeds\/[^,]+, /, '') });
			return [];
		}
	});
}

export function buildArticles(
	parsed: ParsedSeed[],
	places: Place[]
): { articles: Article[]; seedReports: SeedReport[] } {
	const copies = parsed.flatMap((p) => p.copies);
	const matchers = createMatchers(
		places.map((p) => ({
			id: p.id,
			names: [p.properties.name_en, p.properties.name_zh, ...p.properties.aliases]
		}))
	);
	const groups = groupCopies(copies);
	const merged = groups.map((group) => {
		const article = mergeCopies(group);
		return { group, article: { ...article, mentions: findMentions(article, matchers) } };
	});
	const order = (a: Article) => copies.findIndex((c) => c.title === a.title);
	const articles = merged
		.map((m) => m.article)
		.sort((a, b) => a.seeds[0]!.localeCompare(b.seeds[0]!) || order(a) - order(b));
	const articleOfCopy = new Map(
		merged.flatMap(({ group, article }) => group.map((copy) => [copy, article.id] as const))
	);
	const seedReports = parsed.map((p) => ({
		seed: p.seed,
		articles: [...new Set(p.copies.map((c) => articleOfCopy.get(c)!))],
		discarded: p.ledger
			.filter((e) => e.role === 'discarded')
			.map((e) => ({ line: e.line, text: e.text, reason: e.reason! }))
	}));
	return { articles, seedReports };
}

export function buildContent(sources: Sources): Content {
	const problems: DataProblem[] = [];

	const placesInput = parseJson(sources.places, problems);
	const { places, problems: placeProblems } =
		placesInput === undefined
			? { places: [], problems: [] }
			: checkPlaces(sources.places.path, placesInput);
	problems.push(...placeProblems);

	const basemap: Record<string, unknown> = {};
	for (const layer of sources.basemap) {
		const input = parseJson(layer, problems);
		if (input === undefined) continue;
		problems.push(...checkBasemapLayer(layer.path, input));
		basemap[fileName(layer.path).replace(/\.geojson$/, '')] = input;
	}

	const beforeSeeds = problems.length;
	const parsed = parseSeeds(sources.seeds, problems);
	problems.push(...checkSeedSums(sources.seedSums, sources.seeds));
	const { articles, seedReports } = buildArticles(parsed, places);
	problems.push(...copyFigureProblems(articles));
	// With a seed unread or not as recorded, the articles are not the ones the facts were taken
	// from: the seeds' own problems are reported, and the checks of facts against them wait.
	const seedsRead = problems.length === beforeSeeds;
	const articleIds = new Set<string>();
	for (const article of articles) {
		if (articleIds.has(article.id)) {
			problems.push({
				file: article.seeds.map((s) => `seeds/${s}`).join(', '),
				id: article.id,
				message: 'two different articles get the same id'
			});
		}
		articleIds.add(article.id);
	}

	const factsInput = parseJson(sources.facts, problems);
	// Ids of features that failed their own checks still count as known, so their facts are not
	// reported a second time as naming unknown places.
	// Their names, as far as they can be read, still count for the label checks.
	const placeNames = new Map<string, string[]>();
	const rawFeatures = (placesInput as { features?: unknown } | undefined)?.features;
	for (const f of Array.isArray(rawFeatures) ? rawFeatures : []) {
		const { properties, ...feature } = (f ?? {}) as {
			id?: unknown;
			properties?: Record<string, unknown>;
		};
		// A feature that lost its id is still the place its properties name.
		const id = typeof feature.id === 'string' ? feature.id : properties?.id;
		if (typeof id !== 'string') continue;
		const names = [
			properties?.name_en,
			...(Array.isArray(properties?.aliases) ? properties.aliases : [])
		];
		placeNames.set(
			id,
			names.filter((n): n is string => typeof n === 'string')
		);
	}
	for (const p of places) placeNames.set(p.id, [p.properties.name_en, ...p.properties.aliases]);
	// A places file that cannot be read at all (not JSON, not a FeatureCollection) is one problem,
	// not one more for every fact that names a place.
	const placesRead = Array.isArray(rawFeatures);
	const { facts: checkedFacts, problems: factProblems } =
		factsInput === undefined || !seedsRead
			? { facts: [], problems: [] }
			: checkFacts(sources.facts.path, factsInput, articles, placesRead ? placeNames : null);
	problems.push(...factProblems);

	const unmappedInput = parseJson(sources.unmapped, problems);
	const disagreementsInput = parseJson(sources.disagreements, problems);
	const {
		coverage,
		disagreements,
		facts,
		problems: coverageProblems
	} = checkCoverage(
		{
			facts: sources.facts.path,
			unmapped: sources.unmapped.path,
			disagreements: sources.disagreements.path
		},
		unmappedInput,
		disagreementsInput,
		articles,
		checkedFacts
	);
	const unmappedClaimsInput = parseJson(sources.unmappedClaims, problems);
	const { coverage: claimCoverage, problems: claimProblems } = checkClaims(
		{ facts: sources.facts.path, unmappedClaims: sources.unmappedClaims.path },
		unmappedClaimsInput,
		articles,
		facts
	);
	// Coverage is only meaningful when every fact could be checked; claims also need every place,
	// since a place that failed its checks is not looked for in the articles.
	if (factsInput !== undefined && seedsRead && factProblems.length === 0) {
		problems.push(...coverageProblems);
		if (placesRead && placeProblems.length === 0) problems.push(...claimProblems);
	}

	assertNoProblems(problems);
	return {
		articles,
		facts,
		places,
		disagreements,
		seedReports,
		coverage,
		claimCoverage,
		basemap
	};
}
