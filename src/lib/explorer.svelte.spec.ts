/**
 * The explorer's view-model with a fake router: what is on screen follows the URL, a move shows at
 * once while the URL catches up, and an older navigation finishing late never undoes a newer one.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { KIOSK_LABEL_SCALE } from '$lib/map/style';
import { loadAtlas } from '$lib/server/load';
import { chapterPart, indexFile, indexPart, storyPart } from '$lib/server/explorer-index';
import {
	cardPadding,
	Explorer,
	isFullChapter,
	panelPadding,
	type Destination,
	type ExplorerIndex,
	type ExplorerPage,
	type NavigateOptions,
	type ShownScheme
} from './explorer.svelte';
import type { Story } from './schema/story';

const atlas = loadAtlas();
const whole = JSON.parse(indexFile(atlas).body) as ExplorerIndex;
const [first, second, third] = atlas.tour;

/**
 * A router whose navigations finish when the test says so; pages carry their parts of the index as
 * the server gives them. With `index`, the whole index has arrived before the test starts.
 */
async function setUp({
	kiosk = false,
	start = '/',
	index = true,
	scheme = undefined as ShownScheme | undefined
} = {}) {
	const page = $state<ExplorerPage>({ route: { id: null }, params: {}, data: {} });
	const moves: { to: Destination; options: NavigateOptions; finish: () => void }[] = [];
	const arrive = (path: string) => {
		const [, kind, id] = path.split('/');
		page.route = {
			id:
				kind === 'place'
					? '/(explorer)/place/[id]'
					: kind === 'tour' && id
						? '/(explorer)/tour/[chapter]'
						: kind === 'tour'
							? '/(explorer)/tour'
							: kind === 'kiosk'
								? '/(explorer)/kiosk'
								: '/(explorer)'
		};
		page.params = kind === 'place' ? { id } : kind === 'tour' && id ? { chapter: id } : {};
		page.data =
			kind === 'place'
				? { story: atlas.stories[id!], part: storyPart(atlas, atlas.stories[id!]!) }
				: kind === 'tour' || kind === 'kiosk'
					? { part: chapterPart(atlas, atlas.tour.find((c) => c.id === id) ?? null) }
					: { part: indexPart(atlas, {}) };
	};
	arrive(start);
	const loads: string[] = [];
	const explorer = new Explorer(
		{
			page: () => page,
			navigate: (to, options) =>
				new Promise<void>((done) => {
					moves.push({
						to,
						options,
						finish: () => {
							arrive(
								to.to === 'place'
									? `/place/${to.id}`
									: to.to === 'chapter'
										? `/tour/${to.id}`
										: kiosk
											? '/kiosk'
											: '/'
							);
							done();
						}
					});
				}),
			loadStory: async (id) => {
				loads.push(id);
				return atlas.stories[id] ?? null;
			},
			loadChapter: async (id) => {
				loads.push(`tour/${id}`);
				return atlas.tour.find((c) => c.id === id) ?? null;
			},
			loadSearch: async () => atlas.search,
			loadIndex: async () => whole
		},
		{ kiosk, scheme }
	);
	/** Lets every navigation under way arrive, oldest first. */
	const finishAll = async () => {
		for (const move of moves.splice(0)) move.finish();
		await vi.runAllTimersAsync();
	};
	if (index) await explorer.loadIndex();
	return { explorer, page, moves, finishAll, loads };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('the selected place and its story follow the URL', async () => {
	const { explorer } = await setUp({ start: '/place/malu' });
	expect(explorer.selected?.id).toBe('malu');
	expect(explorer.story?.id).toBe('malu');
	expect(explorer.chapter).toBeNull();
	expect(explorer.scene.selected?.id).toBe('malu');
	expect(Object.isFrozen(explorer.scene)).toBe(true);
});

test('select shows the place at once, fetches its story, and moves the URL', async () => {
	const { explorer, moves, finishAll, loads } = await setUp();
	const done = explorer.select('anting', 'map');
	expect(explorer.selected?.id).toBe('anting');
	expect(moves[0]!.to).toEqual({ to: 'place', id: 'anting' });
	expect(moves[0]!.options).toEqual({ keepFocus: true, replaceState: false, keepMapView: true });
	expect(loads).toEqual(['anting']);
	await finishAll();
	await done;
	expect(explorer.pending).toBeUndefined();
	expect(explorer.story?.id).toBe('anting');
});

test('a navigation finishing late does not undo a newer selection', async () => {
	const { explorer, moves } = await setUp();
	void explorer.select('anting', 'map');
	void explorer.select('malu', 'list');
	// The first navigation arrives after the second was asked for.
	moves[0]!.finish();
	await vi.runAllTimersAsync();
	expect(explorer.selected?.id).toBe('malu');
	moves[1]!.finish();
	await vi.runAllTimersAsync();
	expect(explorer.pending).toBeUndefined();
	expect(explorer.selected?.id).toBe('malu');
});

test('close clears the selection and sends focus back where the selection came from', async () => {
	const { explorer, finishAll } = await setUp();
	void explorer.select('malu', 'list');
	await finishAll();
	const closing = explorer.close();
	expect(explorer.selected).toBeNull();
	await finishAll();
	await closing;
	expect(explorer.focusReturn).toMatchObject({ to: 'list', place: 'malu' });

	void explorer.select('anting', 'search');
	await finishAll();
	const again = explorer.close();
	await finishAll();
	await again;
	expect(explorer.focusReturn).toMatchObject({ to: 'search' });
});

test('on a phone the drawer closes on each choice made in it, and Escape closes it first', async () => {
	const { explorer, finishAll } = await setUp();
	explorer.viewport = { wide: false, width: 390, height: 844, rem: 16 };
	const choices: [string, () => unknown][] = [
		['an industry', () => explorer.toggleIndustry('hydrogen')],
		['a layer', () => explorer.toggleGroup('towns')],
		['all industries', () => explorer.allIndustries()],
		['show all', () => explorer.clearFilters()]
	];
	for (const [what, choose] of choices) {
		explorer.drawerOpen = true;
		const seq = explorer.focusReturn?.seq ?? 0;
		choose();
		expect(explorer.drawerOpen, what).toBe(false);
		expect(explorer.focusReturn, what).toMatchObject({ to: 'drawer', seq: seq + 1 });
	}
	expect(explorer.filter.industries).toEqual([]);
	expect(explorer.hiddenGroups).toEqual([]);
	// A filter changed with the drawer shut (the wide sidebar) moves no focus.
	const before = explorer.focusReturn;
	explorer.toggleIndustry('auto');
	expect(explorer.focusReturn).toBe(before);

	// Escape closes the drawer before it closes a story.
	void explorer.select('malu', 'map');
	await finishAll();
	explorer.drawerOpen = true;
	await explorer.escape();
	expect(explorer.drawerOpen).toBe(false);
	expect(explorer.selected?.id).toBe('malu');

	// A place followed from the list closes the drawer; closing its story gives the keyboard to the
	// drawer's toggle, since the list is in the closed drawer.
	explorer.drawerOpen = true;
	explorer.listFollowed();
	expect(explorer.drawerOpen).toBe(false);
	const closing = explorer.close();
	await finishAll();
	await closing;
	expect(explorer.focusReturn).toMatchObject({ to: 'drawer' });
});

test('a pick of several places at one spot offers a choice; empty map closes it', async () => {
	const { explorer, moves, finishAll } = await setUp();
	await explorer.pick(['malu', 'anting']);
	expect(explorer.choices?.map((p) => p.id)).toEqual(['malu', 'anting']);
	expect(moves).toHaveLength(0);
	void explorer.pick([]);
	expect(explorer.choices).toBeNull();
	await finishAll();
	void explorer.pick(['malu']);
	expect(explorer.selected?.id).toBe('malu');
	expect(explorer.choices).toBeNull();
});

test('the tour: next and previous, a pick pauses it, continue resumes it', async () => {
	const { explorer, finishAll, loads } = await setUp();
	// The whole index names the chapters; one shows once fetched in full, before its page arrives.
	expect(whole.tour.some(isFullChapter)).toBe(false);
	void explorer.showChapter(first!.id);
	expect(explorer.chapter).toBeNull();
	await vi.runAllTimersAsync();
	expect(loads).toEqual([`tour/${first!.id}`]);
	expect(explorer.chapter?.id).toBe(first!.id);
	expect(explorer.selected?.id).toBe(first!.open);
	expect(explorer.previous).toBeNull();
	expect(explorer.next?.id).toBe(second!.id);
	await finishAll();

	// Fetched ahead (the tour card asks for the chapters either side), the next one shows at once.
	await explorer.prefetchChapter(second!.id);
	expect(explorer.turn(1)).toBe(true);
	expect(explorer.chapter?.id).toBe(second!.id);
	await finishAll();
	expect(explorer.turn(-1)).toBe(true);
	await finishAll();
	expect(explorer.chapter?.id).toBe(first!.id);
	expect(explorer.turn(-1)).toBe(false);

	// Until a chapter not fetched yet arrives, the one on show stays (its card with it).
	void explorer.showChapter(third!.id);
	expect(explorer.chapter?.id).toBe(first!.id);
	await vi.runAllTimersAsync();
	expect(explorer.chapter?.id).toBe(third!.id);
	await finishAll();
	void explorer.showChapter(first!.id);
	expect(explorer.chapter?.id).toBe(first!.id);
	await finishAll();

	// Choosing a place pauses the tour at its chapter.
	void explorer.select(third!.open, 'map');
	expect(explorer.chapter).toBeNull();
	await finishAll();
	expect(explorer.paused?.id).toBe(first!.id);
	expect(explorer.turn(1)).toBe(false);
	void explorer.continueTour();
	await finishAll();
	expect(explorer.chapter?.id).toBe(first!.id);
	expect(explorer.paused).toBeNull();

	// Empty map during the tour leaves it for free exploration, keeping its place.
	void explorer.pick([]);
	await finishAll();
	expect(explorer.chapter).toBeNull();
	expect(explorer.paused?.id).toBe(first!.id);
	void explorer.endTour();
	await finishAll();
	expect(explorer.paused).toBeNull();
});

test('the kiosk: moves replace history without the map view; reset is a new visitor', async () => {
	const { explorer, moves, finishAll } = await setUp({ kiosk: true, start: '/kiosk' });
	expect(explorer.kiosk).toBe(true);
	// Its map's labels are read at arm's length; an ordinary screen's keep their size.
	expect(explorer.scene.labelScale).toBe(KIOSK_LABEL_SCALE);
	expect((await setUp()).explorer.scene.labelScale).toBe(1);
	explorer.toggleIndustry('auto');
	explorer.toggleGroup('towns');
	explorer.drawerOpen = true;
	void explorer.select('malu', 'map');
	expect(moves.at(-1)!.options).toEqual({
		keepFocus: true,
		replaceState: true,
		keepMapView: false
	});
	await finishAll();
	const home = explorer.scene.home;
	void explorer.reset();
	expect(explorer.selected).toBeNull();
	expect(explorer.filter.industries).toEqual([]);
	expect(explorer.filter.kinds).toContain('town');
	expect(explorer.drawerOpen).toBe(false);
	expect(explorer.scene.home).toBe(home + 1);
	expect(moves.at(-1)!.to).toEqual({ to: 'home' });
	await finishAll();
	expect(explorer.selected).toBeNull();
});

test('the legend filter reaches the map scene', async () => {
	const { explorer } = await setUp();
	explorer.toggleGroup('sites');
	explorer.toggleIndustry('hydrogen');
	expect(explorer.scene.filter.kinds).not.toContain('site');
	expect(explorer.scene.filter.industries).toEqual(['hydrogen']);
	explorer.toggleIndustry('hydrogen');
	expect(explorer.scene.filter.industries).toEqual([]);
});

test('the map is drawn in the colour scheme it is given, and follows it; light without one', async () => {
	const scheme = $state<{ current: ShownScheme['current'] }>({ current: 'dark' });
	const { explorer } = await setUp({ scheme });
	expect(explorer.scene.scheme).toBe('dark');
	scheme.current = 'light';
	expect(explorer.scene.scheme).toBe('light');
	expect((await setUp()).explorer.scene.scheme).toBe('light');
});

test('the search index is fetched once, on demand', async () => {
	const { explorer } = await setUp();
	expect(explorer.searchEntries).toBeNull();
	await Promise.all([explorer.loadSearch(), explorer.loadSearch()]);
	expect(explorer.searchEntries).toBe(atlas.search);
});

test('the panel keeps its side of a wide screen clear; a narrow screen keeps all of it', async () => {
	expect(panelPadding({ wide: false, width: 400, height: 800, rem: 16 })).toEqual({});
	// 1440 px less the 22rem sidebar leaves room for the whole 26rem panel and its 0.75rem gap.
	expect(panelPadding({ wide: true, width: 1440, height: 900, rem: 16 })).toEqual({
		right: 26 * 16 + 12
	});
	// A narrower map area leaves at least 5rem of map to the panel's left.
	expect(panelPadding({ wide: true, width: 800, height: 800, rem: 16 }).right).toBe(
		800 - 22 * 16 - 5 * 16 + 12
	);
});

test('the home view goes beside the home page card where both fit side by side, else below it', async () => {
	const district = atlas.places.find((p) => p.kind === 'district')!.bbox;
	const beside = { right: 26 * 16 + 12 };
	// The card (17rem, with a 0.75rem gap above and below it) over the map's top right.
	const below = { top: (17 + 1.5) * 16 };
	expect(cardPadding({ wide: true, width: 1440, height: 900, rem: 16 }, district)).toEqual(beside);
	expect(cardPadding({ wide: true, width: 1280, height: 800, rem: 16 }, district)).toEqual(beside);
	// 1024 px less the sidebar leaves 148 px beside the card: below it the district shows larger.
	expect(cardPadding({ wide: true, width: 1024, height: 768, rem: 16 }, district)).toEqual(below);
	// A tall window has room below the card even where the width would do beside it.
	expect(cardPadding({ wide: true, width: 1280, height: 1024, rem: 16 }, district)).toEqual(below);
	expect(cardPadding({ wide: false, width: 390, height: 844, rem: 16 }, district)).toEqual({});
});

test("the scene keeps the home page's card clear at home, and the whole panel with a place", async () => {
	const { explorer, finishAll } = await setUp();
	explorer.viewport = { wide: true, width: 1024, height: 768, rem: 16 };
	expect(explorer.homeCard).toBe(true);
	expect(explorer.scene.padding).toEqual({ top: 18.5 * 16 });
	void explorer.select('anting', 'map');
	await finishAll();
	expect(explorer.homeCard).toBe(false);
	expect(explorer.scene.padding).toEqual({ right: 26 * 16 + 12 });
	// The kiosk's panel is its own, never the home page's card.
	const kiosk = (await setUp({ kiosk: true, start: '/kiosk' })).explorer;
	expect(kiosk.homeCard).toBe(false);
});

test('a story or chapter is fetched ahead only once, and only for a real one', async () => {
	const { explorer, loads } = await setUp();
	// A second ask while the first is under way waits for it.
	await Promise.all([explorer.prefetch('anting'), explorer.prefetch('anting')]);
	await explorer.prefetch('anting');
	await explorer.prefetch('no-such-place');
	expect(loads).toEqual(['anting']);
	const story: Story | null = explorer.story;
	expect(story).toBeNull();
	await Promise.all([explorer.prefetchChapter(second!.id), explorer.prefetchChapter(second!.id)]);
	await explorer.prefetchChapter(second!.id);
	await explorer.prefetchChapter('no-such-chapter');
	expect(loads).toEqual(['anting', `tour/${second!.id}`]);
	expect(explorer.chapter).toBeNull();
});

test('before the whole index arrives, the page’s own part is enough to show its story', async () => {
	const { explorer, finishAll } = await setUp({ start: '/place/malu', index: false });
	expect(explorer.complete).toBe(false);
	expect(explorer.selected?.id).toBe('malu');
	expect(explorer.story?.id).toBe('malu');
	// The story's place and town are there without the whole index; its lists carry their names.
	const story = atlas.stories['malu']!;
	expect(explorer.places['malu']).toBeDefined();
	for (const id of Object.values(story.related).flat())
		expect(story.relatedNames[id], id).toBeDefined();
	expect(explorer.index.places.length).toBeLessThan(atlas.places.length);
	await explorer.loadIndex();
	expect(explorer.complete).toBe(true);
	expect(explorer.index.places.map((p) => p.id)).toEqual(atlas.places.map((p) => p.id));
	expect(explorer.selected?.id).toBe('malu');
	void explorer.select('anting', 'map');
	expect(explorer.selected?.id).toBe('anting');
	await finishAll();
});

test('a tour page carries the tour: next and previous work before the whole index', async () => {
	const { explorer } = await setUp({ start: `/tour/${second!.id}`, index: false });
	expect(explorer.chapter?.id).toBe(second!.id);
	expect(explorer.previous?.id).toBe(first!.id);
	expect(explorer.next?.id).toBe(third!.id);
	expect(explorer.selected?.id).toBe(second!.open);
});

test('a station found in search is shown on the map, closing the story; a place or Escape clears it', async () => {
	const { explorer, moves, finishAll } = await setUp({ start: '/place/malu' });
	const station = atlas.search.find((e) => e.type === 'station' && e.label.startsWith('Malu'))!;
	const showing = explorer.showSpot(station);
	// The story closes at once; the station is shown once the address is home.
	expect(explorer.selected).toBeNull();
	expect(explorer.spot).toBeNull();
	expect(moves.at(-1)!.to).toEqual({ to: 'home' });
	await finishAll();
	await showing;
	expect(explorer.spot).toMatchObject({ id: station.id, type: 'station', lines: ['11'] });
	expect(explorer.scene.spot?.anchor).toEqual(station.spot!.anchor);
	// A ring on the station, drawn as the map's overlay.
	expect(explorer.scene.overlay?.features[0]?.geometry).toEqual({
		type: 'Point',
		coordinates: station.spot!.anchor
	});

	// A place chosen while the station is on its way wins.
	void explorer.select('malu', 'list');
	await finishAll();
	const late = explorer.showSpot(station);
	void explorer.select('anting', 'map');
	await finishAll();
	await late;
	expect(explorer.spot).toBeNull();
	expect(explorer.selected?.id).toBe('anting');
	void explorer.close();
	await finishAll();
	await explorer.showSpot(station);
	expect(explorer.spot?.id).toBe(station.id);

	void explorer.select('anting', 'map');
	expect(explorer.spot).toBeNull();
	expect(explorer.scene.overlay).toBeNull();
	await finishAll();

	const line = atlas.search.find((e) => e.type === 'line')!;
	void explorer.close();
	await finishAll();
	await explorer.showSpot(line);
	expect(explorer.scene.spot?.bbox).toEqual(line.spot!.bbox);
	// A line is framed, not ringed: it is drawn on the map already.
	expect(explorer.scene.overlay).toBeNull();
	await explorer.escape();
	expect(explorer.spot).toBeNull();
});
