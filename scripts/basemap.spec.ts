import { VectorTile } from '@mapbox/vector-tile';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STREET_LAYERS, STREET_RECORD_FILE, type StreetTiles } from '../src/lib/geo/street-tiles';
import { readStreetRecord, streetTile, streetTileAddresses } from '../src/lib/server/street-tiles';
import { makeStreetTiles } from './basemap';

/** The fixture: a few named streets, a park, water, a building, a school in Jiading old town. */
const FIXTURE = 'tests/fixtures/streets-jiading.osm';

let out: string;
let record: StreetTiles;

/** Every feature of the tiles at zoom z, by layer: its properties, once each. */
function featuresAt(z: number) {
	const layers: Record<string, Record<string, unknown>[]> = {};
	for (const address of streetTileAddresses(record).filter((a) => a.z === z)) {
		const tile = new VectorTile(new PbfReader(streetTile(out, z, address.x, address.y)));
		for (const [name, layer] of Object.entries(tile.layers))
			for (let i = 0; i < layer.length; i++) {
				const properties = layer.feature(i).properties;
				const list = (layers[name] ??= []);
				if (!list.some((p) => JSON.stringify(p) === JSON.stringify(properties)))
					list.push(properties);
			}
	}
	return layers;
}

beforeAll(() => {
	out = mkdtempSync(join(tmpdir(), 'atlas-streets-'));
	// tilemaker is installed from Debian's packages on a machine without it.
	record = makeStreetTiles({ input: FIXTURE, out, today: '2026-12-05' });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run basemap on the fixture extract', () => {
	test('records the source, its date, the licence and what it made', () => {
		expect(record).toMatchObject({
			source: 'streets-jiading.osm',
			sourceDate: '2026-11-01',
			made: '2026-12-05',
			licence: 'ODbL 1.0',
			attribution: '© OpenStreetMap contributors',
			zooms: { min: 10, max: 14 }
		});
		expect(record.tool).toMatch(/^tilemaker \d/);
		expect(record.tiles).toBeGreaterThan(4);
		// The bounds hold the fixture (121.236–121.260 E, 31.368–31.386 N), to the tile.
		const [w, s, e, n] = record.bounds;
		expect(w).toBeLessThanOrEqual(121.236);
		expect(e).toBeGreaterThanOrEqual(121.26);
		expect(s).toBeLessThanOrEqual(31.368);
		expect(n).toBeGreaterThanOrEqual(31.386);
		expect(e - w).toBeLessThan(0.1);
		expect(readStreetRecord(out)).toEqual(record);
	});

	test('roads by class with their names, Chinese and English where tagged', () => {
		const roads = featuresAt(14).transportation ?? [];
		expect(roads).toContainEqual({
			class: 'primary',
			name: '示例一路',
			name_en: 'Example Road One'
		});
		expect(roads).toContainEqual({
			class: 'secondary',
			name: '示例二路',
			name_en: 'Example Road Two'
		});
		// Only the Chinese name where no English one is tagged.
		expect(roads).toContainEqual({ class: 'minor', name: '示例三路' });
	});

	test('the layers the style draws, and no other', () => {
		const z14 = featuresAt(14);
		for (const layer of Object.keys(z14)) expect(STREET_LAYERS).toContain(layer);
		expect(z14.park).toContainEqual({ class: 'park', name: '示例公园', name_en: 'Example Park' });
		expect(z14.building?.length).toBeGreaterThan(0);
		expect(z14.water).toContainEqual({ name: '示例湖' });
		expect(z14.landuse).toContainEqual({ class: 'industrial' });
		expect(z14.railway).toContainEqual({ class: 'rail' });
		expect(z14.poi).toContainEqual({
			class: 'school',
			name: '示例学校',
			name_en: 'Example School'
		});
	});

	test('buildings and POIs only from zoom 14, minor roads from 13, primary from 11', () => {
		const z13 = featuresAt(13);
		expect(z13.building).toBeUndefined();
		expect(z13.poi).toBeUndefined();
		expect(z13.transportation?.map((r) => r.class)).toContain('minor');
		expect(featuresAt(11).transportation?.map((r) => r.class)).toEqual(['primary']);
		// The district view: the river and the railway, no town street.
		expect(Object.keys(featuresAt(10)).sort()).toEqual(['railway', 'waterway']);
	});

	test('every address in the bounds is served, an empty tile where the extract has nothing', () => {
		const addresses = streetTileAddresses(record);
		const files = addresses.filter(({ z, x, y }) => streetTile(out, z, x, y).length > 0);
		expect(files).toHaveLength(record.tiles);
		expect(new Set(addresses.map((a) => a.z))).toEqual(new Set([10, 11, 12, 13, 14]));
		expect(streetTileAddresses(null)).toEqual([]);
	});

	test('a file that is not an extract is refused, naming it', () => {
		expect(() => makeStreetTiles({ input: 'tests/fixtures/none.osm.pbf', out })).toThrow(
			'basemap: tests/fixtures/none.osm.pbf: no such file'
		);
		expect(() => makeStreetTiles({ input: 'package.json', out })).toThrow(
			'basemap: package.json: not an OpenStreetMap extract (.osm.pbf or .osm)'
		);
	});
});

describe('the street tiles record, as the build reads it', () => {
	test('no record: no street tiles', () => {
		expect(readStreetRecord(join(tmpdir(), 'atlas-no-such-folder'))).toBeNull();
	});

	test('a damaged record names the file and the field', () => {
		const folder = mkdtempSync(join(tmpdir(), 'atlas-record-'));
		try {
			const file = join(folder, STREET_RECORD_FILE);
			const good = JSON.parse(readFileSync(join(out, STREET_RECORD_FILE), 'utf8'));
			writeFileSync(file, JSON.stringify({ ...good, licence: 'CC0' }));
			expect(() => readStreetRecord(folder)).toThrow(/street-tiles\.json: field "licence"/);
			writeFileSync(file, JSON.stringify({ ...good, bounds: [122, 31, 121, 32] }));
			expect(() => readStreetRecord(folder)).toThrow(/field "bounds": west below east/);
			writeFileSync(file, '{');
			expect(() => readStreetRecord(folder)).toThrow(/street-tiles\.json: not JSON/);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
