/**
 * The guided tour, built from geo/tour.json at build time: each chapter's camera box, the line
 * it traces, and its facts. Every reference is checked; a bad one fails the build naming the file,
 * the chapter and the field.
 */
import { along, bbox, distance, length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import type { Fact } from '../schema/fact';
import type { Place } from '../schema/place';
import type { StoryDisagreement } from '../schema/story';
import { CuratedTour, type CuratedChapter, type TourChapter } from '../schema/tour';
import { DISTRICT_ID } from '../schema/vocabulary';
import { assertNoProblems, DataError, parseJson, zodProblems, type DataProblem } from './errors';
import { arrayRecordOf } from './fact-checks';
import { findFigures, sameNumber } from './figures';
import { unknownNames } from './label-checks';
import { atPositions, positionsBy } from './lookup';
import type { Content, SourceFile } from './pipeline';
import { anchorOf } from './stories';

/** How many points the camera visits along a traced line (ends included). */
export const TRACE_STEPS = 6;

function traceOf(line: Place, from: Place): [number, number][] {
	const g = line.geometry;
	// checkChapter has made sure of this.
	if (g.type !== 'LineString' && g.type !== 'MultiLineString')
		throw new Error(`${line.id}: not a line`);
	const coordinates = g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
	const start = anchorOf(from);
	const first = coordinates[0]!;
	const last = coordinates.at(-1)!;
	const ordered =
		distance(start, last) < distance(start, first) ? [...coordinates].reverse() : coordinates;
	const feature: Feature<LineString> = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'LineString', coordinates: ordered }
	};
	const total = length(feature);
	return Array.from({ length: TRACE_STEPS }, (_, i) => {
		const [lng, lat] = along(feature, (total * i) / (TRACE_STEPS - 1)).geometry.coordinates;
		return [Math.round(lng! * 1e6) / 1e6, Math.round(lat! * 1e6) / 1e6];
	});
}

/** The content by id, built once for all chapters (see lookup.ts): positions in content order. */
interface TourIndex {
	placeAt: Map<string, number[]>;
	factAt: Map<string, number[]>;
	articleAt: Map<string, number[]>;
}

const indexContent = (content: Content): TourIndex => ({
	placeAt: positionsBy(content.places, (p) => [p.id]),
	factAt: positionsBy(content.facts, (f) => [f.id]),
	articleAt: positionsBy(content.articles, (a) => [a.id])
});

function checkChapter(
	file: string,
	chapter: CuratedChapter,
	content: Content,
	problems: DataProblem[],
	index: TourIndex
): void {
	const places = index.placeAt;
	const facts = index.factAt;
	const problem = (field: string, message: string) =>
		problems.push({ file, id: chapter.id, field, message });
	if (!places.has(chapter.open)) problem('open', `no place with the id "${chapter.open}"`);
	chapter.frame.forEach((id, i) => {
		if (!places.has(id)) problem(`frame.${i}`, `no place with the id "${id}"`);
	});
	chapter.facts.forEach((id, i) => {
		if (!facts.has(id)) problem(`facts.${i}`, `no fact with the id "${id}"`);
		else if (chapter.facts.indexOf(id) < i)
			problem(`facts.${i}`, `"${id}" is already fact ${chapter.facts.indexOf(id)} of the chapter`);
	});
	// A title says no more than its chapter: every name in it is in a fact's quote or is a name of
	// a place the chapter shows.
	const told = atPositions(content.facts, ...chapter.facts.map((id) => facts.get(id)));
	const shown = new Set([chapter.open, ...chapter.frame, ...told.flatMap((f) => f.places)]);
	const known = [
		...told.map((f) => f.quote),
		...atPositions(content.places, ...[...shown].map((id) => places.get(id))).flatMap((p) => [
			p.properties.name_en,
			...p.properties.aliases
		])
	];
	const articleText = atPositions(
		content.articles,
		...told.map((f) => index.articleAt.get(f.article))
	)
		.flatMap((a) => a.paragraphs.map((p) => p.text))
		.join('\n');
	for (const word of unknownNames(chapter.title_en, known, articleText))
		problem(
			'title_en',
			`names "${word}", which no fact of the chapter quotes and no place it shows is called`
		);
	// Nor a figure: every number in a title is one a fact of the chapter prints.
	const quoted = told.flatMap((f) => findFigures(f.quote).flatMap((fig) => fig.values));
	for (const figure of findFigures(chapter.title_en))
		if (!figure.values.some((v) => quoted.some((q) => sameNumber(q, v))))
			problem('title_en', `gives the figure "${figure.text}", which no fact of the chapter prints`);
	if (chapter.trace) {
		const line = atPositions(content.places, places.get(chapter.trace.place))[0];
		if (!line) problem('trace.place', `no place with the id "${chapter.trace.place}"`);
		else if (!['LineString', 'MultiLineString'].includes(line.geometry.type))
			problem('trace.place', `"${line.id}" is a ${line.geometry.type}, not a line to trace`);
		if (!places.has(chapter.trace.from))
			problem('trace.from', `no place with the id "${chapter.trace.from}"`);
	}
}

/** Reads and checks the tour; throws a DataError listing every problem. */
export function buildTour(source: SourceFile, content: Content): TourChapter[] {
	const problems: DataProblem[] = [];
	const input = parseJson(source, problems);
	assertNoProblems(problems);
	const parsed = CuratedTour.safeParse(input);
	if (!parsed.success) {
		throw new DataError(
			zodProblems(source.path, parsed.error, input, arrayRecordOf(input), CuratedTour)
		);
	}
	const chapters = parsed.data;
	const seen = new Set<string>();
	const index = indexContent(content);
	for (const chapter of chapters) {
		if (seen.has(chapter.id))
			problems.push({ file: source.path, id: chapter.id, field: 'id', message: 'duplicate id' });
		seen.add(chapter.id);
		checkChapter(source.path, chapter, content, problems, index);
	}
	assertNoProblems(problems);

	const placeById = new Map(content.places.map((p) => [p.id, p]));
	const factById = new Map(content.facts.map((f) => [f.id, f]));
	return chapters.map((chapter) => {
		const facts = chapter.facts.map((id) => factById.get(id)!);
		const districtWide = (f: Fact) =>
			chapter.open !== DISTRICT_ID && f.places.length === 1 && f.places[0] === DISTRICT_ID;
		const boxes = chapter.frame.map((id) => bbox(placeById.get(id)! as Feature));
		const disagreements: StoryDisagreement[] = content.disagreements
			.filter((d) => facts.some((f) => f.disagreement === d.id))
			.map((d) => ({ ...d, members: d.facts.map((id) => factById.get(id)!) }));
		return {
			id: chapter.id,
			title_en: chapter.title_en,
			title_zh: chapter.title_zh,
			title_zh_source: chapter.title_zh_source,
			open: chapter.open,
			bbox: [
				Math.min(...boxes.map((b) => b[0])),
				Math.min(...boxes.map((b) => b[1])),
				Math.max(...boxes.map((b) => b[2])),
				Math.max(...boxes.map((b) => b[3]))
			],
			trace: chapter.trace
				? traceOf(placeById.get(chapter.trace.place)!, placeById.get(chapter.trace.from)!)
				: null,
			facts: facts.filter((f) => !districtWide(f)),
			districtFacts: facts.filter(districtWide),
			disagreements
		};
	});
}
