import { expect, test } from 'vitest';
import { pickPlaces, type Hit } from './pick';
import type { AtlasLayerId } from './style';

/** Layer ids are the registry's (a typo fails `npm run check`). */
const hit = (layer: AtlasLayerId, id: string, extra: Partial<Hit> = {}): Hit => ({
	layer,
	id,
	...extra
});

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

test('a point halo beats a line, and a line beats the areas under it', () => {
	const hits = [
		hit('place-lines', 'moat', { size: 2 }),
		hit('points-halo', 'jiading-hydrogen-park', { distance: 6 })
	];
	expect(pickPlaces(hits)).toEqual(['jiading-hydrogen-park']);
	expect(
		pickPlaces([
			hit('towns-fill', 'malu', { size: 9 }),
			hit('axis-band', 'one-axis', { size: 4 }),
			hit('place-lines', 'moat', { size: 2 })
		])
	).toEqual(['moat']);
});
