import { readFileSync } from 'node:fs';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatGeoJSON } from '../src/lib/content/geojson-format';
import { deriveAll, nameZhSource } from './derive-geo';

describe('geo/ derived from ../shared/geodata', () => {
	it('is what scripts/derive-geo.ts makes from the reference data today', () => {
		for (const [file, collection] of Object.entries(deriveAll())) {
			expect(readFileSync(file, 'utf8'), file).toBe(formatGeoJSON(collection));
		}
	});

	it('winds every polygon as RFC 7946 asks: outer rings counter-clockwise, holes clockwise', async () => {
		const { booleanClockwise } = await import('@turf/turf');
		for (const [file, collection] of Object.entries(deriveAll())) {
			for (const f of (collection as { features: { id: string; geometry: Geometry }[] }).features) {
				const g = f.geometry;
				const polygons =
					g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
				for (const [outer, ...holes] of polygons) {
					expect(booleanClockwise(outer!), `${file} ${f.id}`).toBe(false);
					for (const hole of holes) expect(booleanClockwise(hole), `${file} ${f.id}`).toBe(true);
				}
			}
		}
	});

	it('never carries the raw GCJ-02 coordinates of the reference stations', () => {
		const stations = readFileSync('geo/basemap/metro-stations.geojson', 'utf8');
		expect(stations).not.toContain('gcj02');
		expect(JSON.parse(stations).features.length).toBeGreaterThan(15);
	});

	it('names the reference feature that records a Chinese name, or says it is a translation', () => {
		expect(
			nameZhSource({
				id: 'anting',
				name_zh: '安亭镇',
				name_zh_from: { file: 'towns-jiading.geojson' }
			})
		).toMatch(
			/^reference town layer \(OpenStreetMap names\) \(towns-jiading\.geojson\), recorded as "安亭镇"; OSM relation \d+$/
		);
		expect(nameZhSource({ id: 'one-axis', name_zh: '一轴', name_zh_from: 'translation' })).toBe(
			'translation'
		);
		// A back-translation passed off as a recorded name fails, naming the place and field.
		expect(() =>
			nameZhSource({
				id: 'kindly-medical',
				name_zh: '上海康德莱医疗器械',
				name_zh_from: { file: 'places-jiading.geojson' }
			})
		).toThrow(
			'scripts/geo-curation.ts: "kindly-medical", field "name_zh_from": places-jiading.geojson records no name "上海康德莱医疗器械"'
		);
	});

	it('draws schematic discs with the area the articles state', async () => {
		const { area } = await import('@turf/turf');
		const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8'));
		const medvalley = places.features.find((f: { id: string }) => f.id === 'shanghai-medvalley');
		expect(area(medvalley) / 1e6).toBeCloseTo(2.2, 1);
		expect(medvalley.properties.precision).toBe('schematic');
	});
});
