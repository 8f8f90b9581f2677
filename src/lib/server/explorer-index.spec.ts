/** Each page's share of the index names everything the page draws, and no more than it needs. */
import { expect, test } from 'vitest';
import { loadAtlas } from '$lib/server/load';
import { chapterPart, indexFile, indexPart, indexUrl, storyPart } from './explorer-index';

const atlas = loadAtlas();

test('the index file is the whole index, named by its content', () => {
	const file = indexFile(atlas);
	const index = JSON.parse(file.body);
	expect(index.places.map((p: { id: string }) => p.id)).toEqual(atlas.places.map((p) => p.id));
	expect(index.tour.map((c: { id: string }) => c.id)).toEqual(atlas.tour.map((c) => c.id));
	expect(Object.keys(index.articles)).toEqual(Object.keys(atlas.articles));
	expect(file.hash).toMatch(/^[0-9a-f]{16}$/);
	expect(indexUrl(atlas)).toBe(`/explorer-index/${file.hash}.json`);
	// Another atlas, another name.
	const other = { ...atlas, places: atlas.places.slice(1) };
	expect(indexFile(other).hash).not.toBe(file.hash);
});

test('index entries leave the geometry note to the place’s story, which carries it whole, the aliases to the build and the record of a published Chinese name to the credits', () => {
	const entries = [
		...JSON.parse(indexFile(atlas).body).places,
		...storyPart(atlas, atlas.stories['shanghai-medvalley']!).places
	];
	for (const entry of entries) {
		const place = atlas.places.find((p) => p.id === entry.id)!;
		const {
			precision_reason,
			precision_reason_zh,
			source,
			licence,
			spill,
			aliases,
			name_zh_source,
			...rest
		} = place;
		// A translated name stays marked as the atlas's own.
		expect(entry, place.id).toEqual(
			name_zh_source === 'translation' ? { ...rest, name_zh_source } : rest
		);
		expect(aliases, place.id).toBeInstanceOf(Array);
		expect(atlas.stories[place.id]!.geometry, place.id).toEqual({
			precision: place.precision,
			precision_reason,
			precision_reason_zh,
			source,
			licence,
			...(spill && { spill })
		});
	}
	// Some place spills beyond its town, so the spill is checked too; some Chinese names are the
	// atlas's own and some are published, so both are.
	expect(atlas.places.some((p) => p.spill)).toBe(true);
	const translated = entries.filter((e) => e.name_zh_source === 'translation').length;
	expect(translated).toBeGreaterThan(0);
	expect(translated).toBeLessThan(entries.length);
});

test('a place page carries its place, its town, every article its story cites and the district; the places it lists by name', () => {
	for (const story of Object.values(atlas.stories)) {
		const part = storyPart(atlas, story);
		const places = new Set(part.places.map((p) => p.id));
		const place = atlas.places.find((p) => p.id === story.id)!;
		expect(places, story.id).toContain(story.id);
		if (place.town) expect(places, `${story.id}: its town`).toContain(place.town);
		// The places its story lists come by name, not as whole places; a translated Chinese name
		// is marked, a published one's record left to the open data.
		for (const id of Object.values(story.related).flat()) {
			const { name_en, name_zh, name_zh_source } = atlas.places.find((p) => p.id === id)!;
			expect(story.relatedNames[id], `${story.id}: ${id}`).toEqual(
				name_zh_source === 'translation'
					? { name_en, name_zh, name_zh_source }
					: { name_en, name_zh }
			);
		}
		expect(places.size, story.id).toBeLessThanOrEqual(4);
		expect(part.places.some((p) => p.kind === 'district')).toBe(true);
		const facts = [
			...story.figures,
			...story.timeline,
			...story.agreements,
			...story.quotes,
			...story.statements,
			...story.districtWide,
			...story.disagreements.flatMap((d) => d.members)
		];
		for (const id of [...story.articles, ...facts.map((f) => f.article)])
			expect(part.articles[id], `${story.id}: article ${id}`).toEqual(atlas.articles[id]);
		expect(part.tour).toEqual([]);
	}
	// A small place's page does not carry the whole atlas.
	expect(storyPart(atlas, atlas.stories['xuhang']!).places.length).toBeLessThan(
		atlas.places.length / 2
	);
});

test('a tour page carries the tour’s outline, its own chapter in full, its place and articles', () => {
	for (const chapter of atlas.tour) {
		const part = chapterPart(atlas, chapter);
		expect(part.tour.map((c) => c.id)).toEqual(atlas.tour.map((c) => c.id));
		for (const entry of part.tour)
			if (entry.id === chapter.id) expect(entry).toBe(chapter);
			else
				expect(Object.keys(entry).sort()).toEqual([
					'id',
					'open',
					'title_en',
					'title_zh',
					'title_zh_source'
				]);
		expect(part.places.map((p) => p.id)).toContain(chapter.open);
		for (const fact of [...chapter.facts, ...chapter.districtFacts])
			expect(part.articles[fact.article], `${chapter.id}: ${fact.id}`).toBeDefined();
	}
});

test('a part naming a place or article the atlas lacks is an error naming it', () => {
	expect(() => indexPart(atlas, { places: ['nowhere'], articles: ['no-such-article'] })).toThrow(
		'index part: no place "nowhere", no article "no-such-article"'
	);
});
