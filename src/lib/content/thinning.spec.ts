/** Crowded points wait for a closer zoom; the real atlas is not crowded. */
import { expect, test } from 'vitest';
import { loadContent } from '$lib/server/load';
import type { Place } from '$lib/schema/place';
import {
	pointMinZooms,
	THINNING_CELL_PX,
	THINNING_FIRST_ZOOM,
	THINNING_LAST_ZOOM,
	THINNING_PER_CELL
} from './thinning';

const point = (id: string, kind: string, lng: number, lat: number) =>
	({
		type: 'Feature',
		properties: { id, kind },
		geometry: { type: 'Point', coordinates: [lng, lat] }
	}) as unknown as Place;

/** A deterministic scatter of `n` points in a box around Jiading. */
function scatter(n: number): Place[] {
	let seed = 7;
	const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	const kinds = ['cluster', 'site', 'leisure'];
	return Array.from({ length: n }, (_, i) =>
		point(`p${i}`, kinds[i % 3]!, 121.1 + random() * 0.3, 31.25 + random() * 0.25)
	);
}

/** Screen cell of a point at a zoom, as the thinning's grid has it. */
function cell([lng, lat]: number[], zoom: number) {
	const size = (256 * 2 ** zoom) / THINNING_CELL_PX;
	const sin = Math.sin((lat! * Math.PI) / 180);
	const x = Math.floor(((lng! + 180) / 360) * size);
	const y = Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size);
	return `${x}/${y}`;
}

test('every point of the real atlas is drawn from the first zoom', () => {
	const places = loadContent().places;
	const zooms = pointMinZooms(places);
	const points = places.filter((p) => p.geometry.type === 'Point');
	expect(points.length).toBeGreaterThan(10);
	expect([...zooms.keys()].sort()).toEqual(points.map((p) => p.properties.id).sort());
	for (const [id, zoom] of zooms) expect(zoom, id).toBe(THINNING_FIRST_ZOOM);
});

test('a crowded atlas shows at most a few spots per cell at each zoom, and all at the last', () => {
	const places = scatter(3000);
	const zooms = pointMinZooms(places);
	expect(zooms.size).toBe(3000);
	expect(Math.max(...zooms.values())).toBeGreaterThan(THINNING_FIRST_ZOOM);
	for (let zoom = THINNING_FIRST_ZOOM; zoom < THINNING_LAST_ZOOM; zoom++) {
		const perCell = new Map<string, number>();
		for (const p of places)
			if (zooms.get(p.properties.id)! <= zoom) {
				const c = cell(p.geometry.coordinates as number[], zoom);
				perCell.set(c, (perCell.get(c) ?? 0) + 1);
			}
		expect(Math.max(...perCell.values()), `zoom ${zoom}`).toBeLessThanOrEqual(THINNING_PER_CELL);
	}
	for (const zoom of zooms.values()) expect(zoom).toBeLessThanOrEqual(THINNING_LAST_ZOOM);
});

test('places at one spot appear together; clusters win a crowded cell before leisure places', () => {
	const crowd = Array.from({ length: 12 }, (_, i) =>
		point(`leisure-${i}`, 'leisure', 121.2 + i * 1e-4, 31.3)
	);
	const stack = ['a', 'b', 'c'].map((id) => point(`stack-${id}`, 'site', 121.2005, 31.3001));
	const cluster = point('the-cluster', 'cluster', 121.2011, 31.3002);
	const zooms = pointMinZooms([...crowd, ...stack, cluster]);
	expect(zooms.get('the-cluster')).toBe(THINNING_FIRST_ZOOM);
	expect(new Set(stack.map((p) => zooms.get(p.properties.id))).size).toBe(1);
	expect(zooms.get('stack-a')).toBe(THINNING_FIRST_ZOOM);
	expect(Math.max(...crowd.map((p) => zooms.get(p.properties.id)!))).toBeGreaterThan(
		THINNING_FIRST_ZOOM
	);
});
