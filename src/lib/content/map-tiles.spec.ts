import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Point, Polygon } from 'geojson';
import {
	createExpression,
	featureFilter,
	Formatted,
	latest,
	type FilterSpecification,
	type LayerSpecification,
	type SymbolLayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import {
	BASEMAP_TILE_LAYERS,
	BASEMAP_TILE_CONTENT,
	LABEL_LINE_EMS,
	OTHER_NAME_SCALE,
	PLACE_NAMES,
	PLACE_TILE_CONTENT,
	TILE_BOUNDS,
	TILE_LAYERS,
	TILE_ZOOMS
} from '$lib/geo/tiles';
import { atlasStyle } from '$lib/map/style';
import { loadAtlas, loadContent } from '$lib/server/load';
import type { MapLabels, MapPlaces } from './map-features';
import {
	hungLabels,
	mapTiles,
	roomedLabels,
	tileAddresses,
	tileOf,
	tilesCovering,
	type MapTile
} from './map-tiles';
import { publishedBasemapLayer, publishedMapLabels, publishedMapPlaces } from './published';
import { clearTownNames } from './town-names';

/** A label's text as MapLibre's line breaker holds it. */
interface TaggedText {
	determineLineBreaks(
		spacing: number,
		maxWidth: number,
		glyphs: object,
		images: object,
		textSize: number
	): number[];
	graphemes(): string[];
}
// MapLibre's own line breaker, from its source: the published bundle does not export it. Loaded
// by a path the type check does not follow (MapLibre's source has a compiler setup of its own).
const lineBreaker = '../../../node_modules/maplibre-gl/src/symbol/tagged_string.ts';
const { TaggedString } = (await import(/* @vite-ignore */ lineBreaker)) as {
	TaggedString: { fromFeature(text: Formatted, font: string, vertical: boolean): TaggedText };
};

const content = loadContent();
const places = publishedMapPlaces(content);
const labels = publishedMapLabels(content, loadAtlas());
const basemap = Object.fromEntries(
	BASEMAP_TILE_LAYERS.map((name) => [name, publishedBasemapLayer(content, name)!])
);
const tiles = mapTiles(places, labels, basemap);

/** What a tile holds, decoded as MapLibre decodes it: each layer's features' properties. */
function decode(tile: MapTile): Record<string, Record<string, unknown>[]> {
	const decoded = new VectorTile(new PbfReader(tile.bytes));
	return Object.fromEntries(
		Object.entries(decoded.layers).map(([name, layer]) => [
			name,
			Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties)
		])
	);
}

/** Ids of a layer's features found in the tiles of zoom z. */
function idsAt(z: number, layer: string, made = tiles): Set<string> {
	return new Set(
		made
			.filter((t) => t.z === z)
			.flatMap((t) => decode(t)[layer] ?? [])
			.map((p) => String(p.id))
	);
}

/** A position east of everywhere the tiles cover. */
const BEYOND_THE_TILES: [number, number] = [TILE_BOUNDS[2] + 0.1, 31.3];
describe('tile addresses', () => {
	it('finds the tile of a position as Web Mercator numbers it', () => {
		expect(tileOf(0, 0, 1)).toEqual([1, 1]);
		expect(tileOf(-179.9, 85, 1)).toEqual([0, 0]);
		expect(tileOf(179.9, -85, 2)).toEqual([3, 3]);
		// Jiading's Malu, at zoom 10: x = floor((121.25 + 180) / 360 × 1024).
		expect(tileOf(121.25, 31.35, 10)).toEqual([856, 418]);
	});

	it('covers an extent with every tile touching it, none twice', () => {
		const cover = tilesCovering([121.0, 31.2, 121.5, 31.5], 10);
		expect(new Set(cover.map(String)).size).toBe(cover.length);
		expect(cover).toContainEqual(tileOf(121.0, 31.5, 10));
		expect(cover).toContainEqual(tileOf(121.5, 31.2, 10));
		expect(cover).toContainEqual(tileOf(121.25, 31.35, 10));
	});
});

describe('the real atlas as tiles', () => {
	it('makes every tile the map can ask for within the bounds, at every zoom, and no other', () => {
		for (let z: number = TILE_ZOOMS.min; z <= TILE_ZOOMS.max; z++) {
			const made = tiles.filter((t) => t.z === z).map((t) => [t.x, t.y]);
			expect(made, `zoom ${z}`).toEqual(tilesCovering(TILE_BOUNDS, z));
		}
		expect(tiles.length).toBeGreaterThan(0);
		// The addresses the prerender lists without building the content are these.
		expect(tiles.map(({ z, x, y }) => ({ z, x, y }))).toEqual(tileAddresses());
	});

	it('holds every place and every label at the highest zoom', () => {
		expect(idsAt(TILE_ZOOMS.max, TILE_LAYERS.places)).toEqual(
			new Set(places.features.map((f) => f.id))
		);
		expect(idsAt(TILE_ZOOMS.max, TILE_LAYERS.labels)).toEqual(
			new Set(labels.features.map((f) => f.id))
		);
	});

	it('leaves a point out of the zooms below its minzoom and keeps it from there', () => {
		// The real atlas is not crowded enough to hold any point back (its points all have minzoom
		// 9): spread its points' minzooms over the tile zooms, as the thinning does in a crowd.
		const spread = <C extends MapPlaces | MapLabels>(collection: C): C => ({
			...collection,
			features: collection.features.map((f, i) =>
				f.geometry.type === 'Point' && f.properties.minzoom > 0
					? { ...f, properties: { ...f.properties, minzoom: TILE_ZOOMS.min + (i % 6) } }
					: f
			)
		});
		const [crowdedPlaces, crowdedLabels] = [spread(places), spread(labels)];
		const made = mapTiles(crowdedPlaces, crowdedLabels);
		const minzooms = new Set(crowdedPlaces.features.map((f) => f.properties.minzoom));
		expect(minzooms).toContain(TILE_ZOOMS.max + 1);
		for (let z: number = TILE_ZOOMS.min; z <= TILE_ZOOMS.max; z++) {
			const shapes = idsAt(z, TILE_LAYERS.places, made);
			const names = idsAt(z, TILE_LAYERS.labels, made);
			// At the highest zoom all of them: the style's filter holds the rest back as it zooms on.
			const drawn = (minzoom: number) => minzoom <= z || z === TILE_ZOOMS.max;
			for (const f of crowdedPlaces.features)
				expect(shapes.has(f.id), `${f.id} at zoom ${z}`).toBe(drawn(f.properties.minzoom));
			for (const f of crowdedLabels.features)
				expect(names.has(f.id), `label ${f.id} at zoom ${z}`).toBe(drawn(f.properties.minzoom));
		}
	});

	it('carries only the properties the style reads, as the map files have them (names on shapes only along the axis)', () => {
		for (const [layer, collection] of [
			['places', places],
			[
				'labels',
				roomedLabels(
					hungLabels(clearTownNames(labels, places, Object.values(basemap)), places),
					places
				)
			]
		] as const) {
			const decoded = tiles
				.filter((t) => t.z === TILE_ZOOMS.max)
				.flatMap((t) => decode(t)[TILE_LAYERS[layer]] ?? []);
			const { properties: read, namedKinds } = PLACE_TILE_CONTENT[layer];
			for (const feature of collection.features) {
				const named = (namedKinds as readonly string[]).includes(feature.properties.kind);
				const keys = [...read, ...(named ? PLACE_NAMES : [])];
				const expected = Object.fromEntries(
					keys.map((k) => [k, feature.properties[k as keyof typeof feature.properties]])
				);
				const carried = decoded.find((p) => p.id === feature.id);
				// A label's Chinese name is the same text, in lines (the next test).
				if (layer === 'labels' && carried) {
					for (const key of ['name_zh', 'name_zh_small'])
						if (typeof carried[key] === 'string') {
							expect(carried[key].replaceAll('\n', ''), feature.id).toBe(expected.name_zh);
							delete carried[key];
						}
					delete expected.name_zh;
				}
				expect(carried, `${layer}: ${feature.id}`).toEqual(
					Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined))
				);
			}
		}
		// The axis is named along its line; no other shape carries a name.
		expect(places.features.some((f) => f.properties.kind === 'axis')).toBe(true);
	});

	it('breaks labels’ Chinese names into lines between words that MapLibre breaks no further', () => {
		const decoded = tiles
			.filter((t) => t.z === TILE_ZOOMS.max)
			.flatMap((t) => decode(t)[TILE_LAYERS.labels] ?? []);
		const zhOf = (id: string) => decoded.find((p) => p.id === id)?.name_zh;
		for (const label of decoded) {
			const width = label.kind === 'town' ? LABEL_LINE_EMS.town : LABEL_LINE_EMS.place;
			for (const line of String(label.name_zh).split('\n'))
				expect([...line].length, `${label.id}: ${line}`).toBeLessThan(width);
			// Beneath an English name, in smaller type.
			for (const line of String(label.name_zh_small ?? '').split('\n'))
				expect([...line].length * OTHER_NAME_SCALE, `${label.id}: ${line}`).toBeLessThan(width);
		}
		// MapLibre lays the names out in the tiles' lines, with no break of its own among them: at the
		// district view (one name) and closer in (both), on every labelled place, in both languages.
		const ONE_EM = 24;
		const wide = /[\u2e80-\u9fff\uff00-\uffef]/u;
		// Advances as MapLibre measures glyphs at 24 px: a Chinese character or full-width mark an
		// em, a Latin letter about half; the zero-width space nothing.
		const advances = new Proxy({} as Record<string, unknown>, {
			get: (_, grapheme: string) => ({
				metrics: { advance: wide.test(grapheme) ? ONE_EM : grapheme === '\u200b' ? 0 : 13 }
			})
		});
		let laidOutLabels = 0;
		for (const locale of ['en', 'zh'] as const) {
			const layers = atlasStyle({ origin: 'http://atlas.test', locale })
				.layers as LayerSpecification[];
			for (const id of ['town-labels', 'place-labels', 'site-labels']) {
				const layer = layers.find((l) => l.id === id) as SymbolLayerSpecification & {
					filter: FilterSpecification;
					layout: Record<string, unknown>;
				};
				const { layout } = layer;
				const drawn = featureFilter(layer.filter, `layers.${id}.filter`);
				const field = createExpression(
					layout['text-field'],
					`layers.${id}.layout.text-field`,
					latest.layout_symbol['text-field'] as never
				);
				if (field.result !== 'success') throw new Error(`${id}: text-field`);
				const maxWidth = (layout['text-max-width'] as number) * ONE_EM;
				const spacing = ((layout['text-letter-spacing'] as number | undefined) ?? 0) * ONE_EM;
				for (const label of decoded)
					for (const zoom of [10, 12]) {
						const feature = { type: 'Point', properties: label } as never;
						if (!drawn.filter({ zoom }, feature)) continue;
						laidOutLabels++;
						const value = field.value.evaluate({ zoom }, feature) as Formatted | string;
						const text = value instanceof Formatted ? value : Formatted.fromString(value);
						const tagged = TaggedString.fromFeature(text, 'atlas', false);
						const breaks = tagged.determineLineBreaks(
							spacing,
							maxWidth,
							{ atlas: { default: advances } },
							{},
							ONE_EM
						);
						const graphemes = tagged.graphemes();
						const laidOut = breaks
							.map((end, i) => graphemes.slice(breaks[i - 1] ?? 0, end).join(''))
							.map((line) => line.replace(/[\n\u200b]/gu, '').trim());
						const tileLines = [label.name_zh, label.name_zh_small]
							.flatMap((name) => String(name ?? '').split('\n'))
							.filter(Boolean);
						for (const line of laidOut.filter((l) => wide.test(l)))
							expect(tileLines, `${locale} ${id} z${zoom} ${label.id}: ${laidOut}`).toContain(line);
					}
			}
		}
		// Every label, in two languages, at one zoom or both.
		expect(laidOutLabels).toBeGreaterThan(2 * decoded.length);
		// Once cut mid-word by MapLibre (上海（南翔）精 / 准医学产业园), now between words.
		const nanxiang = labels.features.find((f) => f.properties.name_zh?.startsWith('上海（南翔）'));
		expect(zhOf(nanxiang!.id)).toBe('上海（南翔）\n精准医学产业园');
		// Small, ten characters hold on one line; on top they do not.
		const centre = decoded.find((p) => p.name_zh === '国际精准医学\n创新中心');
		expect(centre?.name_zh_small).toBe('国际精准医学创新中心');
	});
});

describe('labels of areas (#15)', () => {
	const hung = hungLabels(labels, places);
	const shapes = new Map(places.features.map((f) => [f.id, f.geometry]));
	const edgeMetres = (point: [number, number], id: string) => {
		const shape = shapes.get(id)!;
		const rings = shape.type === 'Polygon' ? shape.coordinates : [];
		return Math.min(
			...rings.map((ring) =>
				pointToLineDistance(point, { type: 'LineString', coordinates: ring }, { units: 'meters' })
			)
		);
	};

	it('hang from the area’s lowest point, with the circle inside the area around the label point', () => {
		const areas = hung.features.filter((f) => f.properties.reach !== undefined);
		expect(areas.map((f) => f.id).sort()).toEqual(
			places.features
				.filter(
					(f) =>
						['cluster', 'site', 'leisure'].includes(f.properties.kind) &&
						['Polygon', 'MultiPolygon'].includes(f.geometry.type)
				)
				.map((f) => f.id)
				.sort()
		);
		for (const label of areas) {
			const anchor = labels.features.find((f) => f.id === label.id)!.geometry.coordinates;
			const { reach, rise, across } = label.properties;
			// The circle reaches the area's nearest edge, down to the 10 m.
			const edge = edgeMetres(anchor, label.id);
			expect(reach, label.id).toBeLessThanOrEqual(edge);
			expect(reach, label.id).toBeGreaterThan(edge - 10);
			// The name hangs from the area's lowest point: nothing of the area lies below it.
			const [x, y] = label.geometry.coordinates;
			const shape = shapes.get(label.id) as Polygon;
			expect(Math.min(...shape.coordinates.flat().map(([, lat]) => lat!))).toBe(y);
			expect(edgeMetres([x, y], label.id)).toBeLessThan(0.01);
			// `rise` north and `across` east lead from it to the label point.
			expect(Math.abs(distance([anchor[0], y], anchor, { units: 'meters' }) - rise!)).toBeLessThan(
				1
			);
			expect(
				Math.abs(distance([x, y], [anchor[0], y], { units: 'meters' }) - Math.abs(across!))
			).toBeLessThan(1);
			expect(Math.sign(across!)).toBe(Math.sign(anchor[0] - x) || 0);
			expect(rise).toBeGreaterThanOrEqual(reach!);
		}
		// A whole disc's lowest point is straight below its middle.
		const disc = hung.features.find((f) => f.id === 'united-imaging-town')!;
		expect(disc.properties.rise! - disc.properties.reach!).toBeLessThan(40);
		expect(Math.abs(disc.properties.across!)).toBeLessThan(100);
		// Points and other kinds keep their label point.
		for (const label of hung.features.filter((f) => f.properties.reach === undefined))
			expect(label).toEqual(labels.features.find((f) => f.id === label.id));
	});

	it('a place inside another’s area carries the room to that area’s outline', () => {
		const roomed = roomedLabels(hung, places);
		const areas = places.features.filter(
			(f) =>
				['cluster', 'site', 'leisure'].includes(f.properties.kind) && f.geometry.type === 'Polygon'
		);
		const inside = (label: (typeof roomed.features)[number]) =>
			['cluster', 'site', 'leisure'].includes(label.properties.kind)
				? areas.filter(
						(a) =>
							a.id !== label.id &&
							booleanPointInPolygon(label.geometry.coordinates, a.geometry as Polygon)
					)
				: [];
		const enclosed = roomed.features.filter((f) => inside(f).length > 0);
		// The headquarters in United Imaging Town, the hospital in MedValley, the design valley
		// in the Automobile City, among others.
		for (const id of ['united-imaging-hq', 'ruijin-hospital', 'intelligent-mobility-design-valley'])
			expect(enclosed.map((f) => f.id)).toContain(id);
		for (const label of roomed.features) {
			const around = inside(label);
			if (around.length === 0) {
				expect(label.properties.room, label.id).toBeUndefined();
				continue;
			}
			// To the nearest of those outlines, down to the 10 m, from the point the name is set by.
			const nearest = Math.min(...around.map((a) => edgeMetres(label.geometry.coordinates, a.id)));
			expect(label.properties.room, label.id).toBeLessThanOrEqual(nearest);
			expect(label.properties.room, label.id).toBeGreaterThan(nearest - 10);
		}
		// And the tiles carry it.
		const decoded = tiles
			.filter((t) => t.z === TILE_ZOOMS.max)
			.flatMap((t) => decode(t)[TILE_LAYERS.labels] ?? []);
		const hq = roomed.features.find((f) => f.id === 'united-imaging-hq')!;
		expect(decoded.find((p) => p.id === hq.id)?.room).toBe(hq.properties.room);
	});

	it('a label point outside its area is an error naming it', () => {
		const area = places.features.find((f) => f.id === 'united-imaging-town')!;
		const label = labels.features.find((f) => f.id === area.id)!;
		const outside = {
			...labels,
			features: [{ ...label, geometry: { type: 'Point' as const, coordinates: [121.5, 31.2] } }]
		} as MapLabels;
		expect(() => hungLabels(outside, places)).toThrow(
			'data/map/labels.geojson: "united-imaging-town", field "geometry": [121.5, 31.2] is not inside its area'
		);
	});

	it('are in the tiles at their lowest point, with their reach, rise and across', () => {
		const decoded = tiles
			.filter((t) => t.z === TILE_ZOOMS.max)
			.flatMap((t) => decode(t)[TILE_LAYERS.labels] ?? []);
		const disc = decoded.find((f) => f.id === 'united-imaging-town')!;
		const expected = hung.features.find((f) => f.id === disc.id)!.properties;
		expect([disc.reach, disc.rise, disc.across]).toEqual([
			expected.reach,
			expected.rise,
			expected.across
		]);
		expect(decoded.find((f) => f.id === 'malu')!.reach).toBeUndefined();
	});

	it('towns’ names are in the tiles where town-names.ts sets them clear of lines', () => {
		const placed = clearTownNames(labels, places, Object.values(basemap));
		for (const town of placed.features.filter((f) => f.properties.kind === 'town')) {
			const [lng, lat] = town.geometry.coordinates;
			const [x, y] = tileOf(lng, lat, TILE_ZOOMS.max);
			const tile = tiles.find((t) => t.z === TILE_ZOOMS.max && t.x === x && t.y === y)!;
			const layer = new VectorTile(new PbfReader(tile.bytes)).layers[TILE_LAYERS.labels]!;
			const found = Array.from({ length: layer.length }, (_, i) => layer.feature(i)).find(
				(f) => f.properties.id === town.id
			);
			const at = found!.toGeoJSON(x, y, TILE_ZOOMS.max).geometry as Point;
			// To the tile's grid: 4,096 units across 2.4 km at zoom 13.
			expect(distance(at.coordinates, [lng, lat], { units: 'meters' }), town.id).toBeLessThan(1);
		}
	});
});

describe('the basemap in the tiles', () => {
	it('carries every basemap file as a layer from the zoom the style draws it, with only the properties the style reads', () => {
		for (const name of BASEMAP_TILE_LAYERS) {
			const { minzoom, properties: read } = BASEMAP_TILE_CONTENT[name];
			expect(basemap[name]!.features.length, name).toBeGreaterThan(0);
			for (let z: number = TILE_ZOOMS.min; z <= TILE_ZOOMS.max; z++) {
				const found = tiles.filter((t) => t.z === z).flatMap((t) => decode(t)[name] ?? []);
				if (z < minzoom) expect(found, `${name} at zoom ${z}`).toEqual([]);
				else expect(found.length, `${name} at zoom ${z}`).toBeGreaterThan(0);
				for (const properties of found)
					for (const key of Object.keys(properties))
						expect(read, `${name} at zoom ${z}: ${key}`).toContain(key);
			}
		}
		const stations = tiles
			.filter((t) => t.z === TILE_ZOOMS.max)
			.flatMap((t) => decode(t)['metro-stations'] ?? []);
		expect(stations.some((p) => p.name && p.name_en)).toBe(true);
		// The style draws stations from the zoom their tiles start at.
		const drawn = atlasStyle({ origin: 'http://localhost', locale: 'en' }).layers.find(
			(l) => l.id === 'metro-stations'
		);
		expect(drawn?.minzoom).toBe(BASEMAP_TILE_CONTENT['metro-stations'].minzoom);
	});

	it('carries a layer of lines with no property as one feature of lines joined end to end (line-join.ts)', () => {
		for (const name of ['metro-lines', 'expressways'] as const)
			for (const tile of tiles.filter((t) => decode(t)[name]))
				expect(decode(tile)[name], `${name} ${tile.z}/${tile.x}/${tile.y}`).toEqual([{}]);
	});

	it('draws a metro line’s two tracks as one line up to zoom 11, and both from zoom 12 (parallel-lines.ts)', () => {
		/** Length of a layer's lines in all tiles of zoom z, in tile widths of zoom 9. */
		const lengthAt = (z: number) =>
			tiles
				.filter((t) => t.z === z)
				.reduce((sum, t) => {
					const layer = new VectorTile(new PbfReader(t.bytes)).layers['metro-lines'];
					if (!layer) return sum;
					let units = 0;
					for (let i = 0; i < layer.length; i++)
						for (const line of layer.feature(i).loadGeometry())
							for (let k = 1; k < line.length; k++)
								units += Math.hypot(line[k]!.x - line[k - 1]!.x, line[k]!.y - line[k - 1]!.y);
					return sum + units / layer.extent / 2 ** (z - TILE_ZOOMS.min);
				}, 0);
		expect(lengthAt(11) / lengthAt(12)).toBeLessThan(0.6);
		expect(lengthAt(12) / lengthAt(13)).toBeGreaterThan(0.9);
	});

	it('leaves a line out of the tiles of a zoom where it is a speck (under 4 px), and draws it from the zoom where it is longer', () => {
		// 200 m east to west: 3 px at zoom 10, 6 px at zoom 11.
		const east = 200 / (111_320 * Math.cos((31.36 * Math.PI) / 180));
		const expressways = {
			type: 'FeatureCollection' as const,
			features: [
				{
					type: 'Feature' as const,
					id: 'short',
					properties: {},
					geometry: {
						type: 'LineString' as const,
						coordinates: [
							[121.25, 31.36],
							[121.25 + east, 31.36]
						]
					}
				}
			]
		};
		const made = mapTiles(places, labels, { expressways });
		for (let z: number = TILE_ZOOMS.min; z <= TILE_ZOOMS.max; z++) {
			const [x, y] = tileOf(121.25 + east / 2, 31.36, z);
			const tile = made.find((t) => t.z === z && t.x === x && t.y === y)!;
			const layer = new VectorTile(new PbfReader(tile.bytes)).layers['expressways'];
			expect(layer?.length ?? 0, `zoom ${z}`).toBe(z <= 10 ? 0 : 1);
		}
	});

	it('carries areas with no property as their union to fill and the borders between them once (neighbours)', () => {
		const square = (west: number, id: string) => ({
			type: 'Feature' as const,
			id,
			properties: { id },
			geometry: {
				type: 'Polygon' as const,
				coordinates: [
					[
						[west, 31.36],
						[west + 0.005, 31.36],
						[west + 0.005, 31.365],
						[west, 31.365],
						[west, 31.36]
					]
				]
			}
		});
		const neighbours = {
			type: 'FeatureCollection' as const,
			features: [square(121.25, 'a'), square(121.255, 'b')]
		};
		const [x, y] = tileOf(121.255, 31.3625, TILE_ZOOMS.max);
		expect(tileOf(121.25, 31.365, TILE_ZOOMS.max)).toEqual([x, y]);
		expect(tileOf(121.26, 31.36, TILE_ZOOMS.max)).toEqual([x, y]);
		const tile = mapTiles(places, labels, { neighbours }).find(
			(t) => t.z === TILE_ZOOMS.max && t.x === x && t.y === y
		)!;
		const layer = new VectorTile(new PbfReader(tile.bytes)).layers['neighbours']!;
		const features = Array.from({ length: layer.length }, (_, i) => layer.feature(i));
		// One area (type 3): the two squares' outline, a rectangle; one line (type 2): their border.
		expect(features.map((f) => f.type).sort()).toEqual([2, 3]);
		const [area, border] = [3, 2].map((type) => features.find((f) => f.type === type)!);
		const ring = area!.loadGeometry();
		expect(ring).toHaveLength(1);
		const xs = new Set(ring[0]!.map((p) => p.x));
		expect(xs.size).toBe(3); // west, shared, east: the shared border is not a ring's edge
		const line = border!.loadGeometry();
		expect(line).toHaveLength(1);
		expect(line[0]).toHaveLength(2);
		expect(line[0]![0]!.x).toBe(line[0]![1]!.x);
	});

	it('names the file of a basemap feature outside the tiles', () => {
		const water = basemap.water!;
		const bad = {
			...water,
			features: [
				{
					...water.features[0]!,
					geometry: { type: 'Point' as const, coordinates: BEYOND_THE_TILES }
				}
			]
		};
		expect(() => mapTiles(places, labels, { water: bad })).toThrow('data/basemap/water.geojson: "');
	});
});

describe('bad input', () => {
	const outside = (collection: MapPlaces): MapPlaces => ({
		...collection,
		features: collection.features.map((f, i) =>
			i === 0 ? { ...f, geometry: { type: 'Point', coordinates: BEYOND_THE_TILES } } : f
		)
	});

	it('names the file, place and field of a feature outside the tiles', () => {
		const bad = outside(places);
		expect(() => mapTiles(bad, labels)).toThrow(
			`data/map/places.geojson: "${bad.features[0]!.id}", field "geometry": reaches`
		);
		expect(() => mapTiles(places, outside(labels as MapPlaces) as MapLabels)).toThrow(
			`data/map/labels.geojson: "${labels.features[0]!.id}", field "geometry"`
		);
	});
});
