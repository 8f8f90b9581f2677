import {
	createExpression,
	type StyleExpression,
	featureFilter,
	latest,
	validateStyleMin,
	type LayerSpecification,
	type FilterSpecification,
	type SymbolLayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, expectTypeOf, test } from 'vitest';
import Color from 'colorjs.io';
import { COLOUR_SCHEMES, DARK_THEME, PALETTES, THEME } from '$lib/theme';
import { loadAtlas, loadContent } from '$lib/server/load';
import { publishedMapLabels, publishedMapPlaces, publishedPlaces } from '$lib/content/published';
import { INDUSTRIES, PLACE_KINDS, type Industry } from '$lib/schema/vocabulary';
import {
	BASEMAP_TILE_LAYERS,
	DISTRICT_LATITUDE,
	LABEL_LINE_EMS,
	metresPerPixel,
	PLACE_NAMES,
	PLACE_TILE_CONTENT,
	TILE_LAYERS
} from '$lib/geo/tiles';
import {
	MAX_ZOOM_WITH_STREETS,
	STREET_LAYERS,
	STREET_TILE_ZOOMS,
	type StreetTiles
} from '$lib/geo/street-tiles';
import {
	ATLAS_LAYERS,
	atlasLayers,
	atlasStyle,
	FILTERED_LAYERS,
	INTERACTIVE_LAYERS,
	KIOSK_LABEL_SCALE,
	MIN_ZOOM,
	OTHER_NAME_SCALE,
	LABEL_LAYERS,
	LAYER_GROUPS,
	LAYER_LEGEND,
	legendFilter,
	placeLayerFilters,
	placeShown,
	POINT_LAYERS,
	type FilteredLayerId,
	type InteractiveLayerId,
	type LabelLayerId,
	type PlaceFilter,
	type PointLayerId
} from './style';

const origin = 'http://127.0.0.1:4173';
/** A street tiles record as `npm run basemap` writes it (scripts/basemap.spec.ts makes real ones). */
const streets: StreetTiles = {
	source: 'jiading.osm.pbf',
	sourceDate: '2026-11-01',
	made: '2026-12-05',
	licence: 'ODbL 1.0',
	attribution: '© OpenStreetMap contributors',
	tool: 'tilemaker 2.2.0',
	zooms: { ...STREET_TILE_ZOOMS },
	bounds: [121.2, 31.35, 121.3, 31.4],
	tiles: 9,
	bytes: 3000
};

describe('atlasStyle', () => {
	test('is a valid MapLibre style in both languages, with and without street tiles', () => {
		for (const locale of ['en', 'zh'] as const) {
			expect(validateStyleMin(atlasStyle({ origin, locale, streets: null }))).toEqual([]);
			expect(validateStyleMin(atlasStyle({ origin, locale, streets }))).toEqual([]);
		}
	});

	test('reads every source from our own origin and has no glyphs or sprite URL', () => {
		const style = atlasStyle({ origin, locale: 'en', streets });
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const source of Object.values(style.sources)) {
			const { data, tiles } = source as { data?: unknown; tiles?: string[] };
			// Data and tiles are URLs on our origin, or drawn in the page (the overlay starts empty).
			if (tiles)
				for (const url of tiles)
					expect([
						`${origin}/map-tiles/{z}/{x}/{y}.pbf`,
						`${origin}/street-tiles/{z}/{x}/{y}.pbf`
					]).toContain(url);
			else if (typeof data === 'string') expect(data.startsWith(`${origin}/data/`)).toBe(true);
			else expect(data).toEqual({ type: 'FeatureCollection', features: [] });
		}
	});

	test('draws the basemap from the tiles, one layer per basemap file, and reads no other file', () => {
		const style = atlasStyle({ origin, locale: 'en', streets: null });
		expect(Object.keys(style.sources).sort()).toEqual(['overlay', 'places', 'view-edges']);
		const read = new Set(
			style.layers.flatMap((l) => ('source-layer' in l ? [l['source-layer']] : []))
		);
		for (const layer of BASEMAP_TILE_LAYERS) expect(read, layer).toContain(layer);
	});

	test('promotes the place id so hover and selection can use feature-state', () => {
		const style = atlasStyle({ origin, locale: 'en' });
		expect(style.sources.places).toMatchObject({ type: 'vector', promoteId: 'id' });
	});

	test('without street tiles: no streets source, no street layer', () => {
		const style = atlasStyle({ origin, locale: 'en', streets: null });
		expect(style.sources.streets).toBeUndefined();
		expect(style.layers.filter((l) => 'source' in l && l.source === 'streets')).toEqual([]);
	});

	test('with street tiles: their source as recorded, and every layer of theirs drawn', () => {
		const style = atlasStyle({ origin, locale: 'en', streets });
		expect(style.sources.streets).toEqual({
			type: 'vector',
			tiles: [`${origin}/street-tiles/{z}/{x}/{y}.pbf`],
			minzoom: 10,
			maxzoom: 14,
			bounds: streets.bounds,
			attribution: '© OpenStreetMap contributors'
		});
		const read = new Set(
			style.layers.flatMap((l) =>
				'source' in l && l.source === 'streets' ? [l['source-layer']] : []
			)
		);
		expect([...read].sort()).toEqual([...STREET_LAYERS].sort());
	});

	test('streets lie under the places: ground under the district’s water, names under every place label', () => {
		const ids = atlasLayers('en', 1, true).map((l) => l.id);
		const at = (id: string) => ids.indexOf(id);
		expect(at('street-landuse')).toBeGreaterThan(at('district-fill'));
		expect(at('street-buildings')).toBeLessThan(at('water-fill'));
		expect(at('street-roads')).toBeLessThan(at('expressways'));
		for (const id of ['street-road-names', 'street-pois'])
			for (const place of ['towns-fill', 'points', 'town-labels', 'place-labels'])
				expect(at(id), `${id} under ${place}`).toBeLessThan(at(place));
	});

	test('road names follow the interface language, falling back to OSM’s local name', () => {
		const field = (locale: 'en' | 'zh') =>
			(
				atlasLayers(locale, 1, true).find((l) => l.id === 'street-road-names') as {
					layout: { 'text-field': unknown };
				}
			).layout['text-field'];
		expect(field('en')).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name']]);
		expect(field('zh')).toEqual(['coalesce', ['get', 'name'], ['get', 'name_en']]);
	});

	test('every interactive and label layer exists', () => {
		const ids = atlasLayers('en', 1, true).map((l) => l.id);
		for (const id of [...INTERACTIVE_LAYERS, ...LABEL_LAYERS]) expect(ids).toContain(id);
	});

	test('labels put the interface language first', () => {
		const label = (locale: 'en' | 'zh') =>
			JSON.stringify(atlasLayers(locale).find((l) => l.id === 'place-labels')!.layout);
		expect(label('en').indexOf('name_en')).toBeLessThan(label('en').indexOf('name_zh'));
		expect(label('zh').indexOf('name_zh')).toBeLessThan(label('zh').indexOf('name_en'));
	});
});

describe('what the style reads from the places’ tiles (PLACE_TILE_CONTENT)', () => {
	/** Every property a value of a style reads with ['get', …]. */
	const reads = (value: unknown): string[] =>
		Array.isArray(value)
			? value[0] === 'get' && typeof value[1] === 'string'
				? [value[1]]
				: value.flatMap(reads)
			: value && typeof value === 'object'
				? Object.values(value).flatMap(reads)
				: [];

	test('is what the tiles carry: names on shapes only where the layer draws the axis', () => {
		const names: readonly string[] = PLACE_NAMES;
		for (const locale of ['en', 'zh'] as const) {
			const layers = atlasLayers(locale, 1, true);
			// The legend's filter too, with every kind of condition it writes.
			const filters = placeLayerFilters(layers, {
				kinds: ['town', 'cluster'],
				industries: ['auto'],
				only: ['anting']
			});
			for (const layer of layers) {
				const from = 'source-layer' in layer ? layer['source-layer'] : undefined;
				if (from !== TILE_LAYERS.places && from !== TILE_LAYERS.labels) continue;
				const content = PLACE_TILE_CONTENT[from];
				const carried: readonly string[] = content.properties;
				const read = [...new Set(reads([layer, filters[layer.id]]))];
				expect(read.length, layer.id).toBeGreaterThan(0);
				for (const key of read) {
					if (carried.includes(key)) continue;
					expect(names, `${layer.id} reads ${key}`).toContain(key);
					// Only a layer of the named kinds' shapes reads a shape's name.
					expect(JSON.stringify((layer as { filter?: unknown }).filter), layer.id).toBe(
						JSON.stringify(['in', ['get', 'kind'], ['literal', content.namedKinds]])
					);
				}
			}
		}
	});
});

describe('placeLayerFilters', () => {
	const layers = atlasLayers('en');

	test('with everything on show, each place layer keeps its own filter', () => {
		const filters = placeLayerFilters(layers, { kinds: [...PLACE_KINDS], industries: [] });
		const own = layers.find((l) => l.id === 'points') as { filter: unknown };
		expect(filters.points).toEqual(['all', own.filter, expect.anything(), true, true]);
	});

	test('an industry filter tests the industry list and never hides towns', () => {
		const filters = placeLayerFilters(layers, {
			kinds: [...PLACE_KINDS],
			industries: ['hydrogen']
		});
		const text = JSON.stringify(filters['clusters-fill']);
		expect(text).toContain('" hydrogen "');
		expect(text).toContain('"town"');
	});

	test('filtered styles stay valid', () => {
		const filters = placeLayerFilters(layers, {
			kinds: ['town'],
			industries: ['auto', 'biopharma']
		});
		const style = atlasStyle({ origin, locale: 'en' });
		style.layers = style.layers.map((l) => (filters[l.id] ? { ...l, filter: filters[l.id] } : l));
		expect(validateStyleMin(style)).toEqual([]);
	});
});

describe('placeShown', () => {
	const all = { kinds: [...PLACE_KINDS], industries: [] };

	test('everything shows when nothing is filtered', () => {
		expect(placeShown({ id: 'p', kind: 'site', industries: [] }, all)).toBe(true);
	});

	test('the industry filter keeps matching places and towns, hides the rest', () => {
		const hydrogen = { ...all, industries: ['hydrogen' as const] };
		expect(
			placeShown({ id: 'p', kind: 'cluster', industries: ['hydrogen', 'auto'] }, hydrogen)
		).toBe(true);
		expect(placeShown({ id: 'p', kind: 'cluster', industries: ['biopharma'] }, hydrogen)).toBe(
			false
		);
		expect(placeShown({ id: 'p', kind: 'town', industries: [] }, hydrogen)).toBe(true);
	});

	test('a list of places (the planner’s filtered table) keeps those and the towns as context', () => {
		const only = { ...all, only: ['anting-park'] };
		expect(placeShown({ id: 'anting-park', kind: 'cluster', industries: [] }, only)).toBe(true);
		expect(placeShown({ id: 'malu-park', kind: 'cluster', industries: [] }, only)).toBe(false);
		expect(placeShown({ id: 'malu', kind: 'town', industries: [] }, only)).toBe(true);
		expect(
			placeShown({ id: 'malu-park', kind: 'cluster', industries: [] }, { ...all, only: null })
		).toBe(true);
	});

	test('a hidden kind hides its places whatever their industry', () => {
		expect(
			placeShown({ id: 'p', kind: 'town', industries: [] }, { kinds: ['cluster'], industries: [] })
		).toBe(false);
	});
});

describe('the layer registry', () => {
	const ids = ATLAS_LAYERS.map((l) => l.id);

	test('declares each layer once, in drawing order', () => {
		expect(new Set(ids).size).toBe(ids.length);
		expect(atlasLayers('en', 1, true).map((l) => l.id)).toEqual(ids);
	});

	test('role lists have literal layer ids for types', () => {
		expectTypeOf<InteractiveLayerId>().toEqualTypeOf<
			| 'points'
			| 'points-halo'
			| 'place-lines'
			| 'axis-line'
			| 'axis-band'
			| 'clusters-fill'
			| 'towns-fill'
		>();
		expectTypeOf<PointLayerId>().toEqualTypeOf<'points' | 'points-halo'>();
		expectTypeOf<LabelLayerId>().toEqualTypeOf<
			| 'town-labels'
			| 'town-labels-first'
			| 'axis-label'
			| 'place-labels'
			| 'site-labels'
			| 'metro-station-labels'
			| 'street-water-names'
			| 'street-road-names'
			| 'street-park-names'
			| 'street-pois'
		>();
		expectTypeOf<FilteredLayerId>().toEqualTypeOf<
			| 'towns-fill'
			| 'towns-line'
			| 'towns-line-approximate'
			| 'town-labels'
			| 'town-labels-first'
			| 'clusters-fill'
			| 'clusters-outline'
			| 'clusters-outline-schematic'
			| 'axis-band'
			| 'axis-line'
			| 'axis-label'
			| 'axis-band-space'
			| 'place-lines'
			| 'points-halo'
			| 'points'
			| 'point-spaces'
			| 'place-labels'
			| 'site-labels'
		>();
		expect(FILTERED_LAYERS).toHaveLength(18);
	});

	test('every role list names only registry layers', () => {
		for (const list of [INTERACTIVE_LAYERS, POINT_LAYERS, LABEL_LAYERS, FILTERED_LAYERS]) {
			expect(list.length).toBeGreaterThan(0);
			expect(new Set(list).size).toBe(list.length);
			for (const id of list) expect(ids).toContain(id);
		}
		expect(Object.keys(LAYER_LEGEND).sort()).toEqual([...FILTERED_LAYERS].sort());
		for (const id of POINT_LAYERS) expect(INTERACTIVE_LAYERS).toContain(id);
	});

	test('pick ranks run from the most specific place to the least', () => {
		expect(INTERACTIVE_LAYERS).toEqual([
			'points',
			'points-halo',
			'place-lines',
			'axis-line',
			'axis-band',
			'clusters-fill',
			'towns-fill'
		]);
		const ranks = ATLAS_LAYERS.flatMap((l) =>
			'interactive' in l.roles ? [l.roles.interactive.rank] : []
		);
		expect([...ranks].sort((a, b) => a - b)).toEqual(ranks.map((_, i) => i));
		expect([...POINT_LAYERS].sort()).toEqual(['points', 'points-halo']);
	});

	test('exactly the label layers change with the language, and only their text', () => {
		const en = atlasLayers('en', 1, true);
		const zh = atlasLayers('zh', 1, true);
		const changed = en
			.filter((l, i) => JSON.stringify(l) !== JSON.stringify(zh[i]))
			.map((l) => l.id);
		expect(changed.sort()).toEqual([...LABEL_LAYERS].sort());
		/** The layer with its text left out. */
		const withoutText = (layers: typeof en, id: string) => {
			const layer = layers.find((l) => l.id === id) as { type: string; layout: object };
			return { ...layer, layout: { ...layer.layout, 'text-field': null } };
		};
		for (const id of LABEL_LAYERS) {
			expect(withoutText(en, id).type).toBe('symbol');
			expect(withoutText(en, id)).toEqual(withoutText(zh, id));
		}
	});
});

/** The real map features, as published, and each place's industries as the place list has them. */
function realPlaces() {
	const content = loadContent();
	const industries = new Map(
		publishedPlaces(content).features.map((p) => [p.properties.id, p.properties.industries])
	);
	/** By the tile layer (`source-layer`) that carries them. */
	const sources = {
		[TILE_LAYERS.places]: publishedMapPlaces(content).features,
		[TILE_LAYERS.labels]: publishedMapLabels(content, loadAtlas()).features
	};
	return { industries, sources };
}

/** MapLibre's own filter evaluation on a GeoJSON feature. */
function passes(
	filter: FilterSpecification,
	feature: { geometry: { type: string }; properties: object },
	zoom = 12
) {
	const compiled = featureFilter(filter, 'test');
	return compiled.filter(
		{ zoom },
		{
			type: feature.geometry.type as 'Point',
			properties: feature.properties
		}
	);
}

describe('the legend on real places', () => {
	const { industries, sources } = realPlaces();
	const all = { kinds: [...PLACE_KINDS], industries: [] } satisfies PlaceFilter;
	const pairs = INDUSTRIES.flatMap((a, i) => INDUSTRIES.slice(i + 1).map((b) => [a, b]));
	const states: PlaceFilter[] = [
		all,
		{ kinds: [], industries: [] },
		...PLACE_KINDS.map((k) => ({ ...all, kinds: PLACE_KINDS.filter((x) => x !== k) })),
		...INDUSTRIES.map((i) => ({ ...all, industries: [i] })),
		...pairs.map((industries) => ({ ...all, industries: industries as Industry[] })),
		{ kinds: ['town', 'site'], industries: ['hydrogen', 'auto'] },
		{ ...all, only: ['shanghai-medvalley', 'malu', 'jiading-hydrogen-park'] },
		{ ...all, industries: ['hydrogen'], only: ['shanghai-medvalley', 'jiading-hydrogen-park'] },
		{ ...all, only: [] }
	];

	test('MapLibre’s evaluation of the legend filter agrees with placeShown for every place', () => {
		const features = [...sources.places, ...sources.labels];
		expect(features.length).toBeGreaterThan(0);
		let shown = 0;
		for (const filter of states) {
			const expression = legendFilter(filter);
			for (const feature of features) {
				const place = {
					id: feature.properties.id,
					kind: feature.properties.kind,
					industries: industries.get(feature.properties.id)!
				};
				expect(place.industries, feature.properties.id).toBeDefined();
				const expected = placeShown(place, filter);
				expect(
					passes(expression, feature),
					`${feature.properties.id} ${JSON.stringify(filter)}`
				).toBe(expected);
				if (expected) shown++;
			}
		}
		// The states tried both show and hide places.
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(states.length * features.length);
	});

	test('each filtered layer gets exactly its own filter and the legend’s', () => {
		const layers = atlasLayers('en');
		const filter = { kinds: ['town', 'cluster'], industries: ['auto'] } satisfies PlaceFilter;
		const filters = placeLayerFilters(layers, filter);
		expect(Object.keys(filters).sort()).toEqual([...FILTERED_LAYERS].sort());
		for (const id of FILTERED_LAYERS) {
			const own = (layers.find((l) => l.id === id) as { filter: FilterSpecification }).filter;
			expect(filters[id]).toEqual(['all', own, ...(legendFilter(filter) as unknown[]).slice(1)]);
		}
	});

	test('a filtered layer draws only kinds of its legend groups; the others draw no kind the legend toggles', () => {
		const toggled = new Set<string>(Object.values(LAYER_GROUPS).flat());
		for (const layer of atlasLayers('en')) {
			if (!('source-layer' in layer) || !('filter' in layer)) continue;
			// The basemap's layers hold no places (tested below).
			if ((BASEMAP_TILE_LAYERS as readonly string[]).includes(layer['source-layer']!)) continue;
			const features = sources[layer['source-layer'] as keyof typeof sources];
			expect(features, `${layer.id} reads a layer of the map's tiles`).toBeDefined();
			const drawn = new Set(
				features.filter((f) => passes(layer.filter!, f)).map((f) => f.properties.kind)
			);
			const groups = LAYER_LEGEND[layer.id as keyof typeof LAYER_LEGEND];
			const allowed = groups
				? new Set<string>(groups.flatMap((g) => LAYER_GROUPS[g]))
				: new Set([...PLACE_KINDS].filter((k) => !toggled.has(k)));
			for (const kind of drawn) expect(allowed, `${layer.id} draws ${kind}`).toContain(kind);
		}
	});
});

describe('map text meets WCAG 1.4.3 (contrast), which axe cannot read on a canvas', () => {
	for (const scheme of COLOUR_SCHEMES)
		for (const locale of ['en', 'zh'] as const) {
			// Every symbol layer that shows text (point-spaces draws none: it only takes up room).
			const labels = atlasStyle({
				origin: 'http://127.0.0.1',
				locale,
				streets,
				theme: PALETTES[scheme]
			}).layers.filter(
				(layer) =>
					layer.type === 'symbol' &&
					(layer.paint as Record<string, unknown> | undefined)?.['text-opacity'] !== 0
			);
			test(`${scheme}, ${locale}: the map has text layers to check`, () => {
				expect(labels.length).toBeGreaterThan(3);
			});
			for (const layer of labels)
				test(`${scheme}, ${locale}: ${layer.id} is at least 4.5:1 against its halo, at least 1 px wide`, () => {
					const paint = (layer.paint ?? {}) as Record<string, unknown>;
					const text = paint['text-color'];
					const halo = paint['text-halo-color'];
					// A colour that is an expression would need each of its outcomes checked.
					expect(typeof text, 'text-color is one colour').toBe('string');
					expect(typeof halo, 'text-halo-color is one colour').toBe('string');
					expect(paint['text-halo-width']).toBeGreaterThanOrEqual(1);
					const ratio = new Color(text as string).contrast(new Color(halo as string), 'WCAG21');
					expect(ratio).toBeGreaterThanOrEqual(4.5);
				});
		}
});

describe('precision at a glance (#15)', () => {
	const paint = (id: string, property: string) => {
		const found = atlasLayers('en').find((l) => l.id === id) as { paint: Record<string, unknown> };
		const compiled = createExpression(found.paint[property], `layers.${id}.paint.${property}`);
		if (compiled.result !== 'success') throw new Error(`${id} ${property}: not an expression`);
		return (precision: string, state: Record<string, boolean> = {}) =>
			compiled.value.evaluate(
				{ zoom: 11 },
				{ type: 1, properties: { precision, industry: 'auto' } } as never,
				state
			) as number;
	};

	test('a schematic area is the palest shape with the faintest edge, until it is selected', () => {
		const fill = paint('clusters-fill', 'fill-opacity');
		expect(fill('schematic')).toBeLessThan(fill('approximate'));
		expect(fill('schematic')).toBeLessThan(fill('exact'));
		expect(fill('schematic', { selected: true })).toBe(fill('exact', { selected: true }));
		const edge = paint('clusters-outline-schematic', 'line-opacity');
		expect(edge('schematic')).toBeLessThan(edge('approximate'));
		const width = paint('clusters-outline-schematic', 'line-width');
		expect(width('schematic')).toBeLessThan(width('approximate'));
	});
});

/** A label layer's text size at zoom z. */
function textSize(layers: LayerSpecification[], id: string, z: number): number {
	const found = layers.find((l) => l.id === id) as { layout: Record<string, unknown> };
	const size = createExpression(found.layout['text-size'], id);
	if (size.result !== 'success') throw new Error(`${id}: text-size`);
	return size.value.evaluate({ zoom: z }) as number;
}

/** Where a label layer may set a feature's name at zoom z: [anchor, [x, y] in ems] in order. */
function nameSpots(
	layers: LayerSpecification[],
	id: string,
	z: number,
	properties: Record<string, unknown>
): [string, [number, number]][] {
	const found = layers.find((l) => l.id === id) as { layout: Record<string, unknown> };
	const spots = createExpression(
		found.layout['text-variable-anchor-offset'],
		id,
		latest.layout_symbol['text-variable-anchor-offset'] as never
	);
	if (spots.result !== 'success') throw new Error(`${id}: ${JSON.stringify(spots.value)}`);
	const value = spots.value.evaluate({ zoom: z }, {
		type: 'Point',
		properties
	} as never) as unknown as { values: (string | [number, number])[] };
	const list = value.values;
	return list.flatMap((v, i) => (i % 2 ? [] : [[v as string, list[i + 1] as [number, number]]]));
}

const NAME_ZOOMS_FOR_TEST = Array.from(
	{ length: MAX_ZOOM_WITH_STREETS - MIN_ZOOM + 1 },
	(_, i) => MIN_ZOOM + i
);

describe('label hierarchy (#15)', () => {
	const layers = atlasLayers('en', 1, true);
	const at = (id: string) => layers.findIndex((l) => l.id === id);
	const layout = (id: string) => (layers[at(id)] as { layout: Record<string, unknown> }).layout;

	test('the map’s edge is placed first, then a space for every point, from zoom 11 the towns’ names, clusters’ labels, the towns’ names below zoom 11 or too large for their towns, then companies’ and parks’', () => {
		// MapLibre places symbols from the top layer down: no label crosses the edge or covers a
		// place's point; on the kiosk and closer, a town's name at the spot town-names.ts found
		// clear of lines keeps it (a cluster's name moves aside); below that, and in a town smaller
		// than its name, the town's name yields to the clusters'; a company's name yields to all.
		const symbols = layers.filter((l) => l.type === 'symbol').map((l) => l.id);
		expect(symbols.at(-1)).toBe('view-edges');
		expect(at('view-edges')).toBeGreaterThan(at('point-spaces'));
		expect(at('point-spaces')).toBeGreaterThan(at('town-labels-first'));
		expect(at('town-labels-first')).toBeGreaterThan(at('place-labels'));
		expect(at('place-labels')).toBeGreaterThan(at('town-labels'));
		expect(at('town-labels')).toBeGreaterThan(at('site-labels'));
		// A town is named by one of the two at every zoom (filters see the tiles' whole zooms).
		const first = layers[at('town-labels-first')] as {
			filter: FilterSpecification;
			minzoom: number;
		};
		const after = (layers[at('town-labels')] as { filter: FilterSpecification }).filter;
		expect(first.minzoom).toBe(11);
		for (const zoom of [9, 10, 11, 12, 16])
			for (const cramped of [false, true]) {
				const town = {
					geometry: { type: 'Point' },
					properties: { kind: 'town', ...(cramped ? { cramped: true } : {}) }
				};
				const shown = [
					zoom >= first.minzoom && passes(first.filter, town, zoom) ? 'first' : null,
					passes(after, town, zoom) ? 'after' : null
				].filter(Boolean);
				expect(shown, `zoom ${zoom}${cramped ? ', cramped' : ''}`).toEqual([
					!cramped && zoom >= 11 ? 'first' : 'after'
				]);
			}
		const spaces = layers[at('point-spaces')] as {
			filter: unknown;
			layout: Record<string, unknown>;
			paint: Record<string, unknown>;
		};
		expect(spaces.filter).toEqual((layers[at('points')] as { filter: unknown }).filter);
		expect(spaces.layout).toMatchObject({
			'text-allow-overlap': true,
			'text-ignore-placement': false
		});
		expect(spaces.paint).toEqual({ 'text-opacity': 0 });
	});

	test('a town’s name moves beside its middle when that is taken, further from zoom 10; places’ labels move too', () => {
		const spots = layout('town-labels')['text-variable-anchor-offset'] as [
			'step',
			unknown,
			['literal', (string | number[])[]],
			number,
			['literal', (string | number[])[]]
		];
		const [, , [, near], zoom, [, far]] = spots;
		const distances = (list: (string | number[])[]) =>
			list
				.filter((v) => Array.isArray(v))
				.map((v) => Math.round(Math.hypot(...(v as number[])) * 1000) / 1000);
		expect(near.slice(0, 2)).toEqual(['center', [0, 0]]);
		expect(zoom).toBe(10);
		expect(Math.max(...distances(near))).toBeCloseTo(1.2);
		expect(Math.max(...distances(far))).toBe(4);
		// Nearest spots first, every side tried at each distance.
		const rings = distances(far);
		expect(rings).toEqual([...rings].sort((a, b) => a - b));
		for (const side of ['left', 'top-left', 'bottom-right'])
			expect(far.filter((v) => v === side)).toHaveLength(3);
		// Places' names try the four sides first, then the four corners.
		for (const id of ['place-labels', 'site-labels'])
			for (const precision of ['exact', 'schematic']) {
				const anchors = nameSpots(layers, id, 10, { precision }).map(([anchor]) => anchor);
				expect(new Set(anchors).size).toBe(8);
				expect(anchors.slice(0, 4).every((a) => !a.includes('-'))).toBe(true);
				expect(anchors.slice(4).every((a) => /^(top|bottom)-(left|right)$/.test(a))).toBe(true);
			}
	});

	for (const scale of [1, KIOSK_LABEL_SCALE])
		test(`a place's name stays clear of its point's mark, halo included, as the mark grows to the next whole zoom (labels ${scale}×)`, () => {
			const scaled = atlasLayers('en', scale, true);
			const paint = (id: string, property: string, zoom: number, feature: object) => {
				const found = scaled.find((l) => l.id === id) as { paint: Record<string, unknown> };
				const compiled = createExpression(found.paint[property], id);
				if (compiled.result !== 'success') throw new Error(`${id}: ${property}`);
				return compiled.value.evaluate({ zoom }, { properties: feature } as never) as number;
			};
			for (const id of ['place-labels', 'site-labels'])
				for (const kind of ['cluster', 'site'])
					for (let z = MIN_ZOOM; z <= MAX_ZOOM_WITH_STREETS; z++) {
						const size = textSize(scaled, id, z);
						for (const precision of ['exact', 'approximate', 'schematic']) {
							const feature = { kind, precision };
							// The widest the mark is before the next whole zoom (MapLibre keeps the name where it
							// set it until then).
							let mark =
								paint('points', 'circle-radius', z + 0.999, feature) +
								paint('points', 'circle-stroke-width', z + 0.999, feature);
							if (precision !== 'exact')
								mark = Math.max(
									mark,
									paint('points-halo', 'circle-radius', z + 0.999, feature) +
										paint('points-halo', 'circle-stroke-width', z + 0.999, feature)
								);
							for (const [anchor, [x, y]] of nameSpots(scaled, id, z, feature)) {
								// The side of the name's box nearest the point, or its corner.
								const px = Math.hypot(x, y) * size;
								expect(px, `${id}, ${kind} ${precision} at ${z}, ${anchor}`).toBeGreaterThan(
									mark + 2
								);
							}
						}
					}
		});

	test('clusters’ names are placed first, a larger area’s before a smaller’s and before points’, then companies’', () => {
		const key = createExpression(layout('place-labels')['symbol-sort-key'], 'symbol-sort-key');
		if (key.result !== 'success') throw new Error('symbol-sort-key');
		const at = (properties: Record<string, unknown>) =>
			key.value.evaluate({ zoom: 10 }, { properties } as never) as number;
		const large = at({ kind: 'cluster', reach: 4730 });
		const small = at({ kind: 'cluster', reach: 550 });
		const point = at({ kind: 'cluster' });
		expect(large).toBeLessThan(small);
		expect(small).toBeLessThan(point);
		expect(point).toBeLessThan(at({ kind: 'site' }));
		expect(at({ kind: 'site' })).toBeLessThan(at({ kind: 'leisure' }));
	});

	test('an area’s name sits in the middle of the circle inside it where it fits there, else beneath the area', () => {
		const metresPerPixelAt = (z: number) => metresPerPixel(z, DISTRICT_LATITUDE);
		for (const scale of [1, KIOSK_LABEL_SCALE]) {
			const scaled = atlasLayers('en', scale, true);
			for (const [reach, rise, across] of [
				[300, 300, 0],
				[850, 860, -40],
				[1730, 1760, 70],
				[4730, 5900, -3200]
			] as const)
				for (let z = MIN_ZOOM; z <= MAX_ZOOM_WITH_STREETS; z++) {
					const size = textSize(scaled, 'place-labels', z);
					const spots = nameSpots(scaled, 'place-labels', z, {
						reach,
						rise,
						across,
						precision: 'schematic'
					});
					const radius = reach / metresPerPixelAt(z);
					// The widest a name is (text-max-width) by five lines, from its middle to a corner.
					const half = Math.hypot(LABEL_LINE_EMS.place / 2, 3) * size;
					const [first, ...rest] = spots;
					const where = `reach ${reach} m at zoom ${z}, labels ${scale}×`;
					if (radius >= half + 4) {
						expect(first![0], where).toBe('center');
						// From the lowest point to the circle's middle.
						expect(first![1][0] * size).toBeCloseTo(across / metresPerPixelAt(z), 0);
						expect(-first![1][1] * size).toBeCloseTo(rise / metresPerPixelAt(z), 0);
					} else expect(spots.map(([a]) => a)).not.toContain('center');
					if (radius < half) expect(spots.map(([a]) => a)).not.toContain('center');
					// Beneath: the name's top edge below the area's lowest point, centred or to one side.
					const beneath = radius >= half + 4 ? rest : spots;
					expect(beneath.map(([a]) => a)).toEqual(['top', 'top-left', 'top-right']);
					for (const [, [x, y]] of beneath) {
						expect(x).toBe(0);
						expect(y * size).toBeGreaterThanOrEqual(2);
					}
				}
		}
	});

	for (const scale of [1, KIOSK_LABEL_SCALE])
		test(`a place inside another's area is named from the zoom where its name stays inside that area's outline (labels ${scale}×)`, () => {
			const scaled = atlasLayers('en', scale, true);
			const w = LABEL_LINE_EMS.place;
			/**
			 * The farthest corner from the point (or an area's lowest point) of the widest name
			 * (text-max-width by five lines) at any spot but the middle of an area (inside the area,
			 * so inside the one around it), in ems.
			 */
			const farthest = (spots: [string, [number, number]][]) =>
				Math.max(
					0,
					...spots
						.filter(([anchor]) => anchor !== 'center')
						.map(([anchor, [x, y]]) => {
							const left = anchor.includes('left')
								? x
								: anchor.includes('right')
									? x - w
									: x - w / 2;
							const top = anchor.includes('top') ? y : anchor.includes('bottom') ? y - 6 : y - 3;
							return Math.hypot(
								Math.max(Math.abs(left), Math.abs(left + w)),
								Math.max(Math.abs(top), Math.abs(top + 6))
							);
						})
				);
			for (const id of ['place-labels', 'site-labels']) {
				const { filter } = scaled.find((l) => l.id === id) as { filter: FilterSpecification };
				const compiled = featureFilter(filter, id);
				const kind = id === 'place-labels' ? 'cluster' : 'site';
				const point = { kind, precision: 'schematic', minzoom: 0 };
				// A small disc like the Mobility Design Valley's in the Automobile City.
				const area = { ...point, reach: 1030, rise: 1040, across: 0 };
				for (const shape of [point, area])
					for (const room of [540, 830, 1730, 3330, 20_000]) {
						const properties = { ...shape, room };
						const named = (zoom: number) =>
							compiled.filter({ zoom }, { type: 'Point', properties } as never);
						for (let z = MIN_ZOOM; z <= MAX_ZOOM_WITH_STREETS; z++) {
							const spots = nameSpots(scaled, id, z, properties);
							// With MapLibre's 2 px padding round it; at this zoom and as the name and the area
							// grow to the next whole zoom (MapLibre keeps the name's spot until then).
							const needAt = (z: number) => farthest(spots) * textSize(scaled, id, z) + 2;
							const roomAt = (zoom: number) => room / metresPerPixel(zoom, DISTRICT_LATITUDE);
							const where = `${id}: ${'reach' in shape ? 'area' : 'point'}, room ${room} m at zoom ${z}`;
							if (named(z))
								for (const zoom of [z, z + 0.5, z + 0.999])
									expect(roomAt(zoom), where).toBeGreaterThanOrEqual(needAt(zoom));
							const need = needAt(z);
							const roomPx = roomAt(z);
							// Not held back far beyond that.
							if (roomPx >= 1.25 * need) expect(named(z), where).toBe(true);
							// An area whose name fits in its middle is named there, whatever the room.
							const fits = spots.some(([anchor]) => anchor === 'center');
							if (fits) expect(named(z), where).toBe(true);
						}
						// Once named, named at every closer zoom.
						const from = NAME_ZOOMS_FOR_TEST.findIndex(named);
						expect(NAME_ZOOMS_FOR_TEST.slice(from).every(named), `${id}: room ${room}`).toBe(true);
					}
				// A place inside no other's area is named from its own zoom on.
				const free = { kind, precision: 'schematic', minzoom: 9 };
				expect(compiled.filter({ zoom: 9 }, { type: 'Point', properties: free } as never)).toBe(
					true
				);
			}
		});

	test('a name’s other language shows beneath it from zoom 12, not at the district views', () => {
		const feature = {
			type: 'Point',
			properties: { name_en: 'Malu', name_zh: '马陆镇' }
		} as unknown as Parameters<StyleExpression['evaluate']>[1];
		for (const id of ['town-labels', 'place-labels', 'site-labels']) {
			const text = createExpression(layout(id)['text-field'], id);
			if (text.result !== 'success') throw new Error(`${id}: text-field`);
			// As read: the zero-width space after a Chinese name (labelText) is not seen.
			const at = (zoom: number) =>
				String(text.value.evaluate({ zoom }, feature))
					.replaceAll('\u200b', '')
					.replace(/\s+/g, ' ');
			expect(at(11.9), id).toBe('Malu');
			expect(at(12), id).toBe('Malu 马陆镇');
		}
	});

	test('the map’s edge is unseen, takes room from every label, and has a source of its own', () => {
		const edges = layers[at('view-edges')] as SymbolLayerSpecification;
		expect(edges.source).toBe('view-edges');
		expect(edges.layout).toMatchObject({
			'symbol-placement': 'line',
			'text-allow-overlap': true,
			'text-ignore-placement': false
		});
		expect(edges.paint).toEqual({ 'text-opacity': 0 });
		const style = atlasStyle({ origin: 'http://127.0.0.1', locale: 'en', streets: null });
		expect(style.sources['view-edges']).toEqual({
			type: 'geojson',
			data: { type: 'FeatureCollection', features: [] }
		});
	});
});

describe('kiosk labels (#15)', () => {
	for (const locale of ['en', 'zh'] as const)
		test(`${locale}: every map label is at least 18 px, the other language beneath at least 16 px`, () => {
			const style = atlasStyle({
				origin: 'http://127.0.0.1',
				locale,
				labelScale: KIOSK_LABEL_SCALE,
				streets
			});
			const labels = style.layers.filter((l) => LABEL_LAYERS.includes(l.id as LabelLayerId));
			expect(labels.length).toBeGreaterThan(0);
			for (const layer of labels) {
				const layout = (layer as { layout: Record<string, unknown> }).layout;
				const size = createExpression(layout['text-size'], `layers.${layer.id}.layout.text-size`);
				if (size.result !== 'success') throw new Error(`${layer.id}: text-size`);
				const twoLines = JSON.stringify(layout['text-field']).includes('font-scale');
				for (let zoom = MIN_ZOOM; zoom <= MAX_ZOOM_WITH_STREETS; zoom += 0.5) {
					const px = size.value.evaluate({ zoom }) as number;
					expect(px, `${layer.id} at zoom ${zoom}`).toBeGreaterThanOrEqual(18);
					if (twoLines)
						expect(
							px * OTHER_NAME_SCALE,
							`${layer.id}'s second line at ${zoom}`
						).toBeGreaterThanOrEqual(16);
				}
			}
			// Elsewhere labels keep their size.
			const plain = atlasStyle({ origin: 'http://127.0.0.1', locale, streets }).layers.find(
				(l) => l.id === labels[0]!.id
			) as { layout: Record<string, unknown> };
			expect(JSON.stringify(plain.layout['text-size'])).not.toBe(
				JSON.stringify((labels[0] as { layout: Record<string, unknown> }).layout['text-size'])
			);
		});
});

describe('dark map (#15)', () => {
	const light = atlasStyle({ origin: 'http://127.0.0.1', locale: 'en', streets });
	const dark = atlasStyle({ origin: 'http://127.0.0.1', locale: 'en', streets, theme: DARK_THEME });
	const colours = (value: unknown) => JSON.stringify(value).match(/#[0-9a-f]{6}\b/gi) ?? [];
	const values = (palette: object): string[] =>
		Object.values(palette).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));

	test('the same layers, sources, layouts and filters: only the paint differs', () => {
		expect(dark.layers.map((l) => l.id)).toEqual(light.layers.map((l) => l.id));
		expect(dark.sources).toEqual(light.sources);
		const shape = (style: typeof light) =>
			style.layers.map((l) => ({ ...l, paint: colours((l as { paint?: unknown }).paint).length }));
		expect(shape(dark)).toEqual(shape(light));
	});

	test('every colour it paints is the dark palette’s, and none is only the light one’s', () => {
		const darkColours = new Set(values(DARK_THEME));
		const lightOnly = values(THEME).filter((c) => !darkColours.has(c));
		const painted = dark.layers.flatMap((l) => colours((l as { paint?: unknown }).paint));
		expect(painted.length).toBeGreaterThan(30);
		for (const colour of painted) {
			expect(darkColours, colour).toContain(colour);
			expect(lightOnly).not.toContain(colour);
		}
	});
});
