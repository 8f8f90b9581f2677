import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatGeoJSON } from '../src/lib/content/geojson-format';
import { deriveAll } from './derive-geo';

describe('geo/ derived from ../shared/geodata', () => {
	it('is what scripts/derive-geo.ts makes from the reference data today', () => {
		for (const [file, collection] of Object.entries(deriveAll())) {
			expect(readFileSync(file, 'utf8'), file).toBe(formatGeoJSON(collection));
		}
	});

	it('never carries the raw GCJ-02 coordinates of the reference stations', () => {
		const stations = readFileSync('geo/basemap/metro-stations.geojson', 'utf8');
		expect(stations).not.toContain('gcj02');
		expect(JSON.parse(stations).features.length).toBeGreaterThan(15);
	});

	it('draws schematic discs with the area the articles state', async () => {
		const { area } = await import('@turf/turf');
		const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8'));
		const medvalley = places.features.find((f: { id: string }) => f.id === 'shanghai-medvalley');
		expect(area(medvalley) / 1e6).toBeCloseTo(2.2, 1);
		expect(medvalley.properties.precision).toBe('schematic');
	});
});
