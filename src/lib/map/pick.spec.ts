import { expect, test } from 'vitest';
import { pickPlaces, type Hit } from './pick';

const hit = (layer: string, id: string, extra: Partial<Hit> = {}): Hit => ({ layer, id, ...extra });

test('empty map picks nothing', () => {
	expect(pickPlaces([])).toEqual([]);
	expect(pickPlaces([hit('neighbours-fill', 'x')])).toEqual([]);
});

test('a point beats the cluster area and the town under it', () => {
	const hits = [
		hit('towns-fill', 'malu', { size: 9 }),
		hit('clusters-fill', 'shanghai-medvalley', { size: 1 }),
		hit('points', 'ruijin-hospital', { distance: 3 })
	];
	expect(pickPlaces(hits)).toEqual(['ruijin-hospital']);
});

test('the nearest point wins; points at the same spot are offered together', () => {
	const hits = [
		hit('points', 'ballard-anting', { distance: 2 }),
		hit('points-halo', 'jiading-hydrogen-park', { distance: 2 }),
		hit('points', 'far', { distance: 7 })
	];
	expect(pickPlaces(hits).sort()).toEqual(['ballard-anting', 'jiading-hydrogen-park']);
});

test('the smaller of two overlapping areas wins', () => {
	const hits = [
		hit('clusters-fill', 'shanghai-international-automobile-city', { size: 100 }),
		hit('clusters-fill', 'intelligent-mobility-design-valley', { size: 1 })
	];
	expect(pickPlaces(hits)).toEqual(['intelligent-mobility-design-valley']);
});

test('a town is picked when nothing more specific is under the tap', () => {
	expect(pickPlaces([hit('towns-fill', 'anting', { size: 5 })])).toEqual(['anting']);
});
