import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { booleanPointInPolygon, lineString, pointToLineDistance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { mapIdle, mapSettledAt } from './map';

/**
 * The map's labels at the sizes the atlas is used at (#15): no name cut by the edge of the map
 * or half hidden under what lies over it, and the towns named at the district view (where there
 * is room).
 */
const PLACES = (
	JSON.parse(readFileSync('geo/places.geojson', 'utf8')) as {
		features: {
			id: string;
			properties: { kind: string };
			geometry: { type: string; coordinates: unknown };
		}[];
	}
).features;
/** Kinds whose names are set beside their point or area (NAMED_BESIDE, src/lib/geo/tiles.ts). */
const NAMED_BESIDE = ['cluster', 'site', 'leisure'];
/** Clusters drawn as areas, with their outline. */
const AREAS = PLACES.filter(
	(f) => f.properties.kind === 'cluster' && f.geometry.type === 'Polygon'
).map((f) => ({ id: f.id, ring: (f.geometry.coordinates as [number, number][][])[0]! }));
/** Those that lie in no other's area (the Mobility Design Valley lies in the Automobile City). */
const AREAS_ALONE = AREAS.filter(
	(area) =>
		!AREAS.some(
			(other) =>
				other.id !== area.id &&
				area.ring.every((at) =>
					booleanPointInPolygon(at, { type: 'Polygon', coordinates: [other.ring] })
				)
		)
);
const TOWNS = PLACES.filter((f) => f.properties.kind === 'town')
	.map((f) => f.id)
	.sort();
/** Places drawn as points, where they are. */
const POINTS = PLACES.filter((f) => f.geometry.type === 'Point').map((f) => ({
	id: f.id,
	at: f.geometry.coordinates as [number, number]
}));

const VIEWS = [
	{ name: 'phone', size: [390, 844], path: '/' },
	{ name: 'desktop', size: [1440, 900], path: '/' },
	{ name: 'kiosk', size: [1920, 1080], path: '/kiosk' },
	{ name: 'portrait kiosk', size: [1080, 1920], path: '/kiosk' }
] as const;

type Box = [[number, number], [number, number]];

/**
 * The label layers drawn across a strip `depth` px wide along each side of the map and of
 * everything laid over it (MapLibre's controls, the page's panels, buttons and notes marked
 * `data-map-cover`): a label found there is cut by the map's edge or half hidden.
 */
async function labelsOnTheEdge(page: Page, depth = 3) {
	const boxes = await page.evaluate(() => {
		const canvas = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
		const covers = [...document.querySelectorAll('.maplibregl-ctrl, [data-map-cover]')]
			.map((element) => ({ element, box: element.getBoundingClientRect() }))
			.filter(({ box }) => box.width >= 2 && box.height >= 2)
			.map(({ element, box }) => ({
				name: element.className.split(' ')[0] || element.tagName,
				left: Math.max(box.left - canvas.left, 0),
				top: Math.max(box.top - canvas.top, 0),
				right: Math.min(box.right - canvas.left, canvas.width),
				bottom: Math.min(box.bottom - canvas.top, canvas.height)
			}))
			.filter((b) => b.right - b.left >= 2 && b.bottom - b.top >= 2);
		return [
			{ name: 'map', left: 0, top: 0, right: canvas.width, bottom: canvas.height },
			...covers
		];
	});
	const found: Record<string, string[]> = {};
	for (const { name, left, top, right, bottom } of boxes) {
		// The map's own edge from inside; a cover's sides across their line.
		const inside = name === 'map' ? 0 : depth / 2;
		const strips: Record<string, Box> = {
			top: [
				[left, top - inside],
				[right, top - inside + depth]
			],
			bottom: [
				[left, bottom + inside - depth],
				[right, bottom + inside]
			],
			left: [
				[left - inside, top],
				[left - inside + depth, bottom]
			],
			right: [
				[right + inside - depth, top],
				[right + inside, bottom]
			]
		};
		for (const [side, box] of Object.entries(strips)) {
			const layers = await page.evaluate((b) => window.jiadingAtlas!.labelsIn(b), box);
			if (layers.length) found[`${name} ${side}`] = layers;
		}
	}
	return found;
}

/**
 * The places whose point a label covers (any label: its own sits beside it), each as
 * `id: layers`; only points the map draws in its view are looked at.
 */
async function pointsUnderLabels(page: Page) {
	const drawn = new Set(
		((await page.evaluate(() => window.jiadingAtlas!.drawn('points'))) as { id?: string }[]).map(
			(p) => String(p.id)
		)
	);
	expect(drawn.size).toBeGreaterThan(0);
	const covered: string[] = [];
	for (const { id, at } of POINTS.filter((p) => drawn.has(p.id))) {
		const layers = await page.evaluate(([lng, lat]) => {
			const [x, y] = window.jiadingAtlas!.project(lng, lat);
			return window.jiadingAtlas!.labelsIn([
				[x - 2, y - 2],
				[x + 2, y + 2]
			]);
		}, at);
		if (layers.length) covered.push(`${id}: ${layers.join(', ')}`);
	}
	return covered;
}

/** The towns' names' layers: after the clusters' names, and before them (from zoom 11). */
const TOWN_LABELS = ['town-labels', 'town-labels-first'];

const townsNamed = async (page: Page) =>
	(
		(await page.evaluate(
			(layers) => layers.flatMap((layer) => window.jiadingAtlas!.drawn(layer)),
			TOWN_LABELS
		)) as { id?: string }[]
	)
		.map((t) => String(t.id))
		.sort();

for (const view of VIEWS)
	test(`${view.name}: no map label is cut by the map’s edge or by what lies over the map, or covers a place’s point, at the district view and panned`, async ({
		page
	}) => {
		await page.setViewportSize({ width: view.size[0], height: view.size[1] });
		await page.goto(view.path);
		await mapIdle(page);
		// The measure sees labels: the whole map holds some.
		expect(
			await page.evaluate(() =>
				window.jiadingAtlas!.labelsIn([
					[0, 0],
					[5000, 5000]
				])
			)
		).toContain('town-labels');
		expect(await labelsOnTheEdge(page)).toEqual({});
		expect(await pointsUnderLabels(page)).toEqual([]);
		// Closer, with places all along the edges (Jiading New City in the middle).
		await page.goto(`${view.path}#12/31.345/121.25`);
		// The kiosk keeps its own view (its address holds no map position).
		if (view.path === '/kiosk') await mapIdle(page);
		else await mapSettledAt(page, 12);
		expect(await page.evaluate(() => window.jiadingAtlas!.drawn('place-labels'))).not.toEqual([]);
		expect(await labelsOnTheEdge(page)).toEqual({});
		expect(await pointsUnderLabels(page)).toEqual([]);
		if (view.path === '/kiosk') return;
		// A story open: its panel over the map (beside it on the desktop, under it on the phone).
		await page.goto('/place/jiading-new-city');
		await mapIdle(page);
		expect(await labelsOnTheEdge(page)).toEqual({});
	});

/**
 * Each view opened fresh in its language, as a visitor first sees it: MapLibre tries a label's
 * previous spot first (so labels do not jump), which makes what a language switch shows depend
 * on what was shown before it.
 */
test('at the district view of a desktop, a laptop and a kiosk (either way up) every town is named, in English and in Chinese (a small laptop’s: in English)', async ({
	browser
}) => {
	expect(TOWNS).toHaveLength(11);
	for (const { size, path, languages } of [
		{ size: [1440, 900], path: '/', languages: ['en', 'zh'] },
		{ size: [1280, 800], path: '/', languages: ['en', 'zh'] },
		// Where the clusters' names are set aside, the town's name is sought clear of them
		// (town-names.ts). In Chinese, 马陆镇 finds no room here yet.
		{ size: [1024, 768], path: '/', languages: ['en'] },
		{ size: [1080, 1920], path: '/kiosk', languages: ['en', 'zh'] },
		{ size: [1920, 1080], path: '/kiosk', languages: ['en', 'zh'] }
	] as const)
		for (const language of languages) {
			const context = await browser.newContext({ viewport: { width: size[0], height: size[1] } });
			const page = await context.newPage();
			// The explorer keeps the reader's language; the kiosk takes its own from its settings.
			await page.addInitScript((l) => localStorage.setItem('jiading-atlas.locale', l), language);
			await page.goto(path === '/kiosk' ? `/kiosk?lang=${language}` : path);
			await expect(page.locator('html')).toHaveAttribute(
				'lang',
				language === 'zh' ? 'zh-Hans' : 'en'
			);
			await mapIdle(page);
			const named = await townsNamed(page);
			expect(
				named.every((id) => TOWNS.includes(id)),
				named.join()
			).toBe(true);
			expect(named, `${size.join('×')} in ${language}`).toEqual(TOWNS);
			await context.close();
		}
});

/**
 * The names drawn across an area's outline: the area's own, and those of places inside it (a
 * company in its cluster's disc). The outline, on screen, is looked at every 2 px. What MapLibre
 * reports as a name's room is its lines (0.1 em of leading above and below the letters, and the
 * glyphs' 0.125 em edge) with 2 px round them (its `text-padding`): each point of the outline is
 * looked at that much to the side where the name should not be (into the area for its own
 * name, which may sit beneath it; out of it for a name inside), so a name set just clear of the
 * outline does not count as crossing it. `size`: the names' size in px.
 */
async function namesCrossingOutlines(page: Page, size: number) {
	const inset = 2 + 0.25 * size;
	const anchors = await labelPoints(page);
	const areas = AREAS.map((area) => ({
		...area,
		inner: PLACES.filter((p) => NAMED_BESIDE.includes(p.properties.kind))
			.map((p) => p.id)
			.filter((id) => id !== area.id && anchors[id])
			.filter((id) =>
				booleanPointInPolygon(anchors[id]!, { type: 'Polygon', coordinates: [area.ring] })
			)
	}));
	expect(areas.some((a) => a.inner.length > 0)).toBe(true);
	return page.evaluate(
		({ areas, anchors, inset }) => {
			const hooks = window.jiadingAtlas!;
			const named = new Set(
				['place-labels', 'site-labels'].flatMap((layer) =>
					hooks.drawn(layer).map((p) => String(p.id))
				)
			);
			const crossed: string[] = [];
			const probe = (
				ring: [number, number][],
				toward: [number, number],
				into: number,
				id: string
			) => {
				const [cx, cy] = hooks.project(...toward);
				const screen = ring.map(([lng, lat]) => hooks.project(lng, lat));
				for (let i = 1; i < screen.length; i++) {
					const [ax, ay] = screen[i - 1]!;
					const [bx, by] = screen[i]!;
					const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 2));
					for (let s = 0; s < steps; s++) {
						const px = ax + ((bx - ax) * s) / steps;
						const py = ay + ((by - ay) * s) / steps;
						const d = Math.hypot(cx - px, cy - py) || 1;
						const x = px + ((cx - px) / d) * inset * into;
						const y = py + ((cy - py) / d) * inset * into;
						const found = hooks.namesIn([
							[x - 0.5, y - 0.5],
							[x + 0.5, y + 0.5]
						]);
						if (found.includes(id)) return true;
					}
				}
				return false;
			};
			for (const { id, ring, inner } of areas) {
				const middle = anchors[id]!;
				if (named.has(id) && probe(ring, middle, 1, id)) crossed.push(id);
				for (const other of inner)
					if (named.has(other) && probe(ring, middle, -1, other)) crossed.push(`${other} in ${id}`);
			}
			return {
				named: areas.filter((a) => named.has(a.id)).map((a) => a.id),
				namedInside: areas.flatMap((a) => a.inner.filter((id) => named.has(id))),
				crossed
			};
		},
		{ areas, anchors, inset }
	);
}

/** Each place's label point (the open data's, inside its area). */
async function labelPoints(page: Page): Promise<Record<string, [number, number]>> {
	const labels = (await (await page.request.get('/data/map/labels.geojson')).json()) as {
		features: { id: string; geometry: { coordinates: [number, number] } }[];
	};
	return Object.fromEntries(labels.features.map((f) => [f.id, f.geometry.coordinates]));
}

for (const view of VIEWS)
	test(`${view.name}: no name is crossed by the outline of its area or of the area it lies in, at the district view and closer`, async ({
		page
	}) => {
		expect(AREAS.length).toBeGreaterThanOrEqual(5);
		await page.setViewportSize({ width: view.size[0], height: view.size[1] });
		await page.goto(view.path);
		await mapIdle(page);
		// A place's name at these zooms (9-13) is 11-13 px; on the kiosk 1.8 times that
		// (KIOSK_LABEL_SCALE, src/lib/map/style.ts).
		const size = 13 * (view.path === '/kiosk' ? 1.8 : 1);
		const district = await namesCrossingOutlines(page, size);
		expect(district.crossed).toEqual([]);
		// Where there is room, every area that lies in no other's is named.
		expect(AREAS_ALONE.length).toBeLessThan(AREAS.length);
		if (view.name !== 'phone')
			expect(district.named.filter((id) => AREAS_ALONE.some((a) => a.id === id)).sort()).toEqual(
				AREAS_ALONE.map((a) => a.id).sort()
			);
		if (view.path === '/kiosk') return;
		const namedInside = new Set<string>();
		for (const spot of [
			'11/31.3/121.2',
			'12/31.345/121.25',
			'13/31.33/121.255',
			'13/31.41/121.233',
			'14/31.28/121.166'
		]) {
			await page.goto(`${view.path}#${spot}`);
			await mapSettledAt(page, Number(spot.split('/')[0]));
			const closer = await namesCrossingOutlines(page, size);
			expect(closer.named.length, spot).toBeGreaterThan(0);
			expect(closer.crossed, spot).toEqual([]);
			for (const id of closer.namedInside) namedInside.add(id);
		}
		// Closer in, the places inside an area are named: the headquarters in United Imaging Town,
		// the Mobility Design Valley in the Automobile City.
		expect([...namedInside].sort()).toEqual(
			expect.arrayContaining(['intelligent-mobility-design-valley', 'united-imaging-hq'])
		);
	});

/** The One Axis as drawn: its line and the band's half width at the district views, in px. */
const AXIS = PLACES.filter((f) => f.properties.kind === 'axis').flatMap((f) =>
	f.geometry.type === 'LineString'
		? [f.geometry.coordinates as [number, number][]]
		: (f.geometry.coordinates as [number, number][][])
);
/** The towns' outlines (their rings). */
const TOWN_OUTLINES = PLACES.filter((f) => f.properties.kind === 'town').flatMap((f) => ({
	id: f.id,
	rings:
		f.geometry.type === 'Polygon'
			? (f.geometry.coordinates as [number, number][][])
			: (f.geometry.coordinates as [number, number][][][]).flat()
}));
/**
 * Towns smaller at the district view than their names (Jiadingzhen and Xinchenglu about 73×65 px
 * at zoom 10, Zhenxin 49×56; Juyuan nowhere as wide as its name): their names go in their middle
 * (src/lib/content/town-names.ts) and cross the outline there.
 */
const TOWNS_SMALLER_THAN_THEIR_NAMES = ['jiadingzhen-xinchenglu', 'juyuan', 'zhenxin'];

/**
 * The towns whose names a line runs through: the One Axis or a town's outline, each followed on
 * screen every 2 px. A name counts where the line passes through its letters rather than the room
 * MapLibre keeps round them (see namesCrossingOutlines): where the name is found `inset` px to
 * both sides of the line. Each as `town × what`.
 */
async function townNamesCrossed(page: Page, size: number) {
	const inset = 2 + 0.25 * size;
	return page.evaluate(
		({ lines, inset, layers }) => {
			const hooks = window.jiadingAtlas!;
			const towns = new Set(layers.flatMap((layer) => hooks.drawn(layer)).map((p) => String(p.id)));
			const crossed = new Set<string>();
			for (const { what, line } of lines) {
				const screen = line.map(([lng, lat]) => hooks.project(lng, lat));
				for (let i = 1; i < screen.length; i++) {
					const [ax, ay] = screen[i - 1]!;
					const [bx, by] = screen[i]!;
					const length = Math.hypot(bx - ax, by - ay) || 1;
					const [nx, ny] = [-(by - ay) / length, (bx - ax) / length];
					const steps = Math.max(1, Math.ceil(length / 2));
					for (let s = 0; s < steps; s++) {
						const [x, y] = [ax + ((bx - ax) * s) / steps, ay + ((by - ay) * s) / steps];
						const at = (side: number) =>
							hooks
								.namesIn([
									[x + nx * inset * side - 0.5, y + ny * inset * side - 0.5],
									[x + nx * inset * side + 0.5, y + ny * inset * side + 0.5]
								])
								.filter((id) => towns.has(id));
						const other = at(-1);
						for (const id of at(1)) if (other.includes(id)) crossed.add(`${id} × ${what}`);
					}
				}
			}
			return { named: towns.size, crossed: [...crossed].sort() };
		},
		{
			lines: [
				...AXIS.map((line) => ({ what: 'the One Axis', line })),
				...TOWN_OUTLINES.flatMap(({ id, rings }) =>
					rings.map((line) => ({ what: `${id}’s outline`, line }))
				)
			],
			inset,
			layers: TOWN_LABELS
		}
	);
}

// Every view but the phone's, where not every town is named. (On laptops' windows, about zoom 10,
// clusters' names are placed first and may still move a town's aside, across a line.)
for (const view of VIEWS.filter((v) => v.name !== 'phone'))
	for (const language of ['en', 'zh'] as const)
		test(`${view.name} in ${language}: at the district view no line runs through a town’s name, but in towns smaller than their names`, async ({
			page
		}) => {
			await page.setViewportSize({ width: view.size[0], height: view.size[1] });
			await page.addInitScript((l) => localStorage.setItem('jiading-atlas.locale', l), language);
			await page.goto(view.path === '/kiosk' ? `/kiosk?lang=${language}` : view.path);
			await mapIdle(page);
			// A town's name at the district views (zoom 10-11.3) is 12-13 px; on the kiosk 1.8 times.
			const { named, crossed } = await townNamesCrossed(
				page,
				12.5 * (view.path === '/kiosk' ? 1.8 : 1)
			);
			expect(named).toBe(TOWNS.length);
			expect(
				crossed.filter((c) => !TOWNS_SMALLER_THAN_THEIR_NAMES.some((id) => c.startsWith(`${id} `)))
			).toEqual([]);
		});

/** Places whose names yield to the One Axis's band (companies and parks; basemap names too). */
const YIELDING = new Set(
	PLACES.filter((f) => ['site', 'leisure'].includes(f.properties.kind)).map((f) => f.id)
);

/**
 * The companies' and parks' names drawn across the One Axis's band: found where the axis runs,
 * or `within` px to either side of it (inside the band), followed on screen every 2 px.
 */
async function namesOnTheBand(page: Page, within: number) {
	return page.evaluate(
		({ lines, within, yielding }) => {
			const hooks = window.jiadingAtlas!;
			const found = new Set<string>();
			for (const line of lines) {
				const screen = line.map(([lng, lat]) => hooks.project(lng, lat));
				for (let i = 1; i < screen.length; i++) {
					const [ax, ay] = screen[i - 1]!;
					const [bx, by] = screen[i]!;
					const length = Math.hypot(bx - ax, by - ay) || 1;
					const [nx, ny] = [-(by - ay) / length, (bx - ax) / length];
					for (let s = 0; s < Math.ceil(length / 2); s++)
						for (const side of [-within, 0, within]) {
							const x = ax + ((bx - ax) * s * 2) / length + nx * side;
							const y = ay + ((by - ay) * s * 2) / length + ny * side;
							for (const id of hooks.namesIn([
								[x - 0.5, y - 0.5],
								[x + 0.5, y + 0.5]
							]))
								if (yielding.includes(id)) found.add(id);
						}
				}
			}
			return [...found].sort();
		},
		{ lines: AXIS, within, yielding: [...YIELDING] }
	);
}

for (const view of VIEWS.filter((v) => v.name === 'desktop' || v.name === 'kiosk'))
	test(`${view.name}: at the district view no company’s or park’s name lies across the One Axis’s band`, async ({
		page
	}) => {
		await page.setViewportSize({ width: view.size[0], height: view.size[1] });
		await page.goto(view.path);
		await mapIdle(page);
		// The band is 16 px wide at the desktop's district view and 19 px on the kiosk's: its
		// middle, 5 px either side of the axis, well inside the band and clear of a name's padding.
		expect(await namesOnTheBand(page, 5)).toEqual([]);
		// Companies' names are drawn at this view (the test would pass with none).
		const drawn = await page.evaluate(() =>
			window.jiadingAtlas!.drawn('site-labels').map((p) => String(p.id))
		);
		expect(drawn.length).toBeGreaterThan(0);
	});

/** Metro stations within 400 m of the One Axis, where its band runs through or beside them. */
const STATIONS_ON_THE_AXIS = (
	JSON.parse(readFileSync('geo/basemap/metro-stations.geojson', 'utf8')) as FeatureCollection<
		Point,
		{ name_en: string }
	>
).features.filter((station) =>
	AXIS.some((line) => pointToLineDistance(station, lineString(line), { units: 'meters' }) < 400)
);

test('some metro stations lie on the One Axis', () => {
	// Lexiu Road, Jinyun Road, Nanxiang and North Jiading when this was written.
	expect(STATIONS_ON_THE_AXIS.length).toBeGreaterThan(0);
});

for (const { properties, geometry } of STATIONS_ON_THE_AXIS)
	test(`the station ${properties.name_en}, on the One Axis, keeps its name where stations are named`, async ({
		page
	}) => {
		const [lng, lat] = geometry.coordinates;
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(`/#13.5/${lat}/${lng}`);
		await mapIdle(page);
		const named = await page.evaluate(() =>
			window.jiadingAtlas!.drawn('metro-station-labels').map((p) => String(p.name_en))
		);
		expect(named).toContain(properties.name_en);
	});
