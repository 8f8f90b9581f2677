import { describe, expect, it } from 'vitest';
import type { Geometry, Place, PlaceProperties } from '../schema/place';
import { loadAtlas, loadContent, loadPlanner } from '$lib/server/load';
import {
	BOUNDARY_MARGIN_M,
	distanceWords,
	placeSpill,
	shareWords,
	spillOf,
	spillSentence,
	SPILL_THRESHOLD,
	type Spill
} from './spill';

type Ring = [number, number][];

/** A closed lon/lat rectangle, counter-clockwise. */
const box = (w: number, s: number, e: number, n: number): Ring => [
	[w, s],
	[e, s],
	[e, n],
	[w, n],
	[w, s]
];

function createPlace(
	id: string,
	geometry: Geometry,
	properties: Partial<PlaceProperties> = {}
): Place {
	return {
		type: 'Feature',
		id,
		geometry,
		properties: {
			id,
			kind: 'cluster',
			name_en: id,
			name_zh: id,
			name_zh_source: 'translation',
			aliases: [],
			industries: [],
			town: 'town-a',
			layout_role: null,
			precision: 'schematic',
			precision_reason: 'Drawn by hand for a test.',
			precision_reason_zh: '为测试手工绘制。',
			source: 'test fixture',
			licence: 'CC0',
			...properties
		}
	};
}

/** A district around one town, Town A (121.2–121.3 E, 31.3–31.4 N, about 9.5 × 11 km). */
function createWorld(place: Place): Place[] {
	return [
		createPlace(
			'jiading',
			{ type: 'Polygon', coordinates: [box(121.1, 31.2, 121.4, 31.5)] },
			{ kind: 'district', town: null, name_en: 'Jiading District', name_zh: '嘉定区' }
		),
		createPlace(
			'town-a',
			{ type: 'Polygon', coordinates: [box(121.2, 31.3, 121.3, 31.4)] },
			{ kind: 'town', town: null, name_en: 'Malu', name_zh: '马陆镇', precision: 'exact' }
		),
		place
	];
}

const polygon = (ring: Ring): Geometry => ({ type: 'Polygon', coordinates: [ring] });

describe('how much of a shape lies outside its town', () => {
	it('measures a polygon half outside and says so in both languages', () => {
		const place = createPlace('half', polygon(box(121.25, 31.33, 121.35, 31.37)));
		const spill = placeSpill(place, createWorld(place))!;
		// Half of it is outside; the first BOUNDARY_MARGIN_M beyond the edge counts as inside.
		expect(spill.shareOutside).toBeCloseTo(0.5 - BOUNDARY_MARGIN_M / 9500, 2);
		expect(spill.outsideDistrict).toBe(0);
		expect(spill.disclosure).toEqual({
			en: 'About half of the drawn area lies outside Malu.',
			zh: '所绘范围约一半位于马陆镇以外。'
		});
	});

	it('says nothing for a spill below the threshold', () => {
		const place = createPlace('small', polygon(box(121.21, 31.33, 121.304, 31.37)));
		const spill = placeSpill(place, createWorld(place))!;
		expect(spill.shareOutside).toBeGreaterThan(0);
		expect(spill.shareOutside).toBeLessThan(SPILL_THRESHOLD);
		expect(spill.disclosure).toBeNull();
	});

	it('measures each part of a multipolygon', () => {
		const place = createPlace('parts', {
			type: 'MultiPolygon',
			coordinates: [[box(121.26, 31.33, 121.28, 31.37)], [box(121.32, 31.33, 121.34, 31.37)]]
		});
		expect(spillOf(place, createWorld(place))!.shareOutside).toBeCloseTo(0.5, 2);
	});

	it('measures a line by the share of its length outside', () => {
		const place = createPlace('line', {
			type: 'LineString',
			coordinates: [
				[121.25, 31.35],
				[121.35, 31.35]
			]
		});
		const spill = placeSpill(place, createWorld(place))!;
		expect(spill.shareOutside).toBeCloseTo(0.5 - BOUNDARY_MARGIN_M / 9500, 2);
		expect(spill.disclosure?.en).toBe('About half of the drawn line lies outside Malu.');
	});

	it('gives a point outside its town the distance to the boundary', () => {
		// 0.01262° of longitude at 31.35° N is about 1.2 km.
		const place = createPlace('far', { type: 'Point', coordinates: [121.31262, 31.35] });
		const spill = placeSpill(place, createWorld(place))!;
		expect(spill.pointDistanceM).toBeGreaterThan(1150);
		expect(spill.pointDistanceM).toBeLessThan(1250);
		expect(spill.disclosure).toEqual({
			en: 'This point lies about 1.2 km outside Malu.',
			zh: '此点位于马陆镇以外约1.2公里。'
		});
	});

	it('gives a point inside its town no distance and no sentence', () => {
		const place = createPlace('in', { type: 'Point', coordinates: [121.25, 31.35] });
		const spill = placeSpill(place, createWorld(place))!;
		expect(spill).toMatchObject({ shareOutside: 0, pointDistanceM: 0, disclosure: null });
	});

	it('adds the share outside the district when the shape leaves it too', () => {
		const place = createPlace('edge', polygon(box(121.05, 31.33, 121.15, 31.37)), {
			town: 'jiading-edge'
		});
		const world = createWorld(place);
		world.push(
			createPlace('jiading-edge', polygon(box(121.1, 31.3, 121.2, 31.4)), {
				kind: 'town',
				town: null,
				name_en: 'Edge',
				name_zh: '边镇',
				precision: 'exact'
			})
		);
		expect(placeSpill(place, world)!.disclosure).toEqual({
			en: 'About half of the drawn area lies outside Edge; about half of it lies outside Jiading District.',
			zh: '所绘范围约一半位于边镇以外，约一半位于嘉定区以外。'
		});
	});

	it("counts a line along its town's edge, within the boundary margin, as inside", () => {
		// About 50 m east of Town A's eastern edge: a moat that is the boundary, drawn a little off.
		const place = createPlace('moat', {
			type: 'LineString',
			coordinates: [
				[121.3005, 31.32],
				[121.3005, 31.38]
			]
		});
		const spill = placeSpill(place, createWorld(place))!;
		expect(spill.shareOutside).toBe(0);
		expect(spill.disclosure).toBeNull();
	});

	it('leaves exact places and places without a town alone', () => {
		const exact = createPlace('exact', polygon(box(121.21, 31.305, 121.23, 31.315)), {
			precision: 'exact'
		});
		const districtWide = createPlace('wide', polygon(box(121.21, 31.305, 121.23, 31.315)), {
			town: null
		});
		expect(spillOf(exact, createWorld(exact))).toBeNull();
		expect(spillOf(districtWide, createWorld(districtWide))).toBeNull();
	});

	it('names the place and field when its town is missing', () => {
		const place = createPlace('lost', polygon(box(121.21, 31.305, 121.23, 31.315)), {
			town: 'nowhere'
		});
		expect(() => spillOf(place, createWorld(place))).toThrow(
			'geo/places.geojson: "lost", field "properties.town": no place "nowhere"'
		);
	});

	it('measures a place once for the atlas and the planner of one build', () => {
		const place = createPlace('half', polygon(box(121.25, 31.33, 121.35, 31.37)));
		const world = createWorld(place);
		const first = placeSpill(place, world);
		expect(placeSpill(place, world)).toBe(first);
		// Another build's places are measured afresh, to the same result.
		const other = placeSpill(place, [...world]);
		expect(other).not.toBe(first);
		expect(other).toEqual(first);
	});
});

describe('plain words', () => {
	it('rounds a share to a fraction a reader can picture, or to a percentage', () => {
		expect(shareWords(0.1095).en).toBe('about a tenth');
		expect(shareWords(0.26)).toEqual({ en: 'about a quarter', zh: '约四分之一' });
		expect(shareWords(0.34).en).toBe('about a third');
		expect(shareWords(0.2842)).toEqual({ en: 'about 28%', zh: '约28%' });
		// 8.5 % is 15 % short of a tenth: too far to call it one.
		expect(shareWords(0.085).en).toBe('about 9%');
		expect(shareWords(0.96).en).toBe('nearly all');
		expect(shareWords(1).en).toBe('all');
	});

	it('rounds distances to tens of metres, fifties, then tenths of a kilometre', () => {
		expect(distanceWords(42).en).toBe('about 40 m');
		expect(distanceWords(333).en).toBe('about 350 m');
		expect(distanceWords(1234)).toEqual({ en: 'about 1.2 km', zh: '约1.2公里' });
	});

	it('capitalises the share at the start of a sentence', () => {
		const names = { name_en: 'Anting', name_zh: '安亭镇' };
		const sentence = spillSentence(
			{ town: 'anting', shareOutside: 0.25, outsideDistrict: 0 },
			'area',
			names,
			names
		);
		expect(sentence?.en).toBe('About a quarter of the drawn area lies outside Anting.');
	});
});

describe('the real places', () => {
	const content = loadContent();
	const measured = content.places
		.map((place) => ({ place, spill: spillOf(place, content.places) }))
		.filter((m) => m.spill !== null);

	it('measures every schematic or approximate place that has a town', () => {
		const expected = content.places.filter(
			(p) => p.properties.precision !== 'exact' && p.properties.town !== null
		);
		expect(measured.map((m) => m.place.id).sort()).toEqual(expected.map((p) => p.id).sort());
	});

	/** Above the threshold of its area or length (a point's share is 0 or 1) in town or district. */
	const spills = (spill: Spill) =>
		spill.shareOutside > SPILL_THRESHOLD || spill.outsideDistrict > SPILL_THRESHOLD;

	it('carries a sentence into the build data for every spill above the threshold', () => {
		const atlas = new Map(loadAtlas().places.map((p) => [p.id, p]));
		const rows = new Map(loadPlanner().rows.map((r) => [r.id, r]));
		const spilling = measured.filter(({ spill }) => spills(spill!));
		// The Automobile City's disc and United Imaging Town are the known cases (issue 11).
		expect(spilling.map((m) => m.place.id)).toEqual(
			expect.arrayContaining(['shanghai-international-automobile-city', 'united-imaging-town'])
		);
		for (const { place } of spilling) {
			const disclosure = atlas.get(place.id)?.spill?.disclosure;
			expect(disclosure?.en, place.id).toMatch(/outside/);
			expect(disclosure?.zh, place.id).toMatch(/以外/);
			const row = rows.get(place.id);
			if (row) expect(row.spill?.disclosure, place.id).toEqual(disclosure);
		}
	});

	it('says nothing for places within the threshold', () => {
		const atlas = new Map(loadAtlas().places.map((p) => [p.id, p]));
		const quiet = measured.filter(({ spill }) => !spills(spill!));
		expect(quiet.length).toBeGreaterThan(0);
		for (const { place } of quiet)
			expect(atlas.get(place.id)?.spill?.disclosure, place.id).toBeNull();
	});
});
