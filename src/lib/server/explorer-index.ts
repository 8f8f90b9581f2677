/**
 * The explorer's index (every place, the tour's outline, the articles' titles) as one
 * content-hashed file, and each page's own share of it. A page carries only what it draws before that file arrives
 * (its place, its town and the articles its story cites, or the tour on the tour's pages), so its
 * weight follows its own story, not the size of the atlas. Build time only.
 */
import { createHash } from 'node:crypto';
import type { ExplorerIndex } from '$lib/explorer.svelte';
import type { Fact } from '$lib/schema/fact';
import {
	OUT_OF_INDEX,
	type Atlas,
	type AtlasPlace,
	type PlaceEntry,
	type Story,
	translationOnly
} from '$lib/schema/story';
import type { TourChapter, TourOutline } from '$lib/schema/tour';
import { DISTRICT_ID } from '$lib/schema/vocabulary';

export interface IndexFile {
	/** The first 16 hex digits of the body's SHA-256: a new index is a new URL. */
	hash: string;
	body: string;
}

const files = new WeakMap<Atlas, IndexFile>();

/**
 * A place as the index holds it: without the geometry note its story carries, its aliases, or
 * where a published Chinese name was recorded (the open data carries it; a translated name stays
 * marked).
 */
function entryOf(place: AtlasPlace): PlaceEntry {
	const entry: Partial<AtlasPlace> = { ...place };
	for (const field of OUT_OF_INDEX) delete entry[field];
	return { ...(entry as PlaceEntry), ...translationOnly(place.name_zh_source) };
}

/** A chapter as a list names it: the whole index and a page's part carry the tour this way. */
function outlineOf({ id, title_en, title_zh, title_zh_source, open }: TourChapter): TourOutline {
	return { id, title_en, title_zh, title_zh_source, open };
}

/** The whole index, serialised once per atlas. */
export function indexFile(atlas: Atlas): IndexFile {
	let file = files.get(atlas);
	if (!file) {
		const index: ExplorerIndex = {
			places: atlas.places.map(entryOf),
			tour: atlas.tour.map(outlineOf),
			articles: atlas.articles
		};
		const body = JSON.stringify(index);
		file = { hash: createHash('sha256').update(body).digest('hex').slice(0, 16), body };
		files.set(atlas, file);
	}
	return file;
}

/**
 * Where the index file is served (src/routes/explorer-index/[hash].json): the app's own file, apart
 * from the open data under /data.
 */
export const indexUrl = (atlas: Atlas) => `/explorer-index/${indexFile(atlas).hash}.json`;

interface PartOptions {
	/** Places the page names; the district (the map's home) is always added. */
	places?: Iterable<string>;
	articles?: Iterable<string>;
	/** Carry the tour's outline (the tour's own pages and the kiosk), this chapter in full. */
	tour?: boolean;
	chapter?: TourChapter | null;
}

/** The share of the index a page carries: the places, articles and chapters it names. */
export function indexPart(
	atlas: Atlas,
	{ places = [], articles = [], tour = false, chapter = null }: PartOptions
) {
	const placeIds = new Set(places);
	const articleIds = new Set(articles);
	const problems = [
		...[...placeIds]
			.filter((id) => !atlas.places.some((p) => p.id === id))
			.map((id) => `place "${id}"`),
		...[...articleIds].filter((id) => !atlas.articles[id]).map((id) => `article "${id}"`)
	];
	if (problems.length > 0) throw new Error(`index part: no ${problems.join(', no ')}`);
	const part: ExplorerIndex = {
		places: atlas.places.filter((p) => p.id === DISTRICT_ID || placeIds.has(p.id)).map(entryOf),
		tour: tour ? atlas.tour.map((c) => (c === chapter ? c : outlineOf(c))) : [],
		articles: Object.fromEntries(
			Object.entries(atlas.articles).filter(([id]) => articleIds.has(id))
		)
	};
	return part;
}

/** Every fact a story or chapter shows, wherever in it. */
function shownFacts(from: Story | TourChapter): Fact[] {
	const lists: Fact[][] =
		'figures' in from
			? [
					from.figures,
					from.timeline,
					from.agreements,
					from.quotes,
					from.statements,
					from.districtWide
				]
			: [from.facts, from.districtFacts];
	return [...lists.flat(), ...from.disagreements.flatMap((d) => d.members)];
}

/**
 * What a place's page names: the place, its town, and every source article. The places its story
 * lists come by name in the story (relatedNames), so the page does not carry them.
 */
export function storyPart(atlas: Atlas, story: Story) {
	const place = atlas.places.find((p) => p.id === story.id)!;
	const towns = [place.town, place.spill?.town].filter((t): t is string => !!t);
	return indexPart(atlas, {
		places: [story.id, ...towns],
		articles: [...story.articles, ...shownFacts(story).map((f) => f.article)]
	});
}

/**
 * What a tour page names: the tour's outline with its own chapter in full, the chapter's place and
 * its town, and its articles.
 */
export function chapterPart(atlas: Atlas, chapter: TourChapter | null) {
	const open = chapter ? atlas.places.find((p) => p.id === chapter.open) : undefined;
	return indexPart(atlas, {
		places: open ? [open.id, ...(open.town ? [open.town] : [])] : [],
		articles: chapter ? shownFacts(chapter).map((f) => f.article) : [],
		tour: true,
		chapter
	});
}
