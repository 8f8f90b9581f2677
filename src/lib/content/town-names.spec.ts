import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Geometry, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_TILE_LAYERS, metresPerPixel } from '$lib/geo/tiles';
import { loadAtlas, loadContent } from '$lib/server/load';
import type { MapLabels, MapPlaceProperties, MapPlaces } from './map-features';
import { publishedBasemapLayer, publishedMapLabels, publishedMapPlaces } from './published';
import { clearTownNames, NAME_CLEAR_VIEWS } from './town-names';

/** A place of the map's tiles, with the properties its label and shape carry. */
function place(
	id: string,
	kind: MapPlaceProperties['kind'],
	name: string,
	geometry: Geometry
): MapPlaces['features'][number] {
	return {
		type: 'Feature',
		id,
		properties: {
			id,
			kind,
			name_en: name,
			name_zh: name,
			precision: 'exact',
			industry: 'none',
			industry_list: '  ',
			role: '',
			minzoom: 0
		},
		geometry: geometry as MapPlaces['features'][number]['geometry']
	};
}
/** A square town `degrees` across, centred on 121.25° E, 31.35° N. */
function squareTown(degrees: number): Polygon {
	const [x, y, d] = [121.25, 31.35, degrees / 2];
	return {
		type: 'Polygon',
		coordinates: [
			[
				[x - d, y - d],
				[x + d, y - d],
				[x + d, y + d],
				[x - d, y + d],
				[x - d, y - d]
			]
		]
	};
}
const CENTRE: [number, number] = [121.25, 31.35];
/** The labels of places: each at its point, a town's at CENTRE. */
function labelsOf(places: MapPlaces['features']): MapLabels {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			...p,
			geometry: {
				type: 'Point' as const,
				coordinates:
					p.geometry.type === 'Point' ? (p.geometry.coordinates as [number, number]) : CENTRE
			}
		}))
	};
}
const collection = (features: MapPlaces['features']): MapPlaces => ({
	type: 'FeatureCollection',
	features
});
/** Metres across a pixel of the widest view, where names are largest on the ground. */
const PIXEL_METRES = metresPerPixel(NAME_CLEAR_VIEWS[0].zoom, CENTRE[1]);
const townLabel = (labels: MapLabels) => labels.features.find((f) => f.id === 'town')!;

describe('town names (#15)', () => {
	const town = place('town', 'town', 'Testtown', squareTown(0.14));

	it('keep the town’s visual centre where nothing crosses its name there', () => {
		const placed = clearTownNames(labelsOf([town]), collection([town]), []);
		const at = townLabel(placed).geometry.coordinates;
		// The grid the spot is sought on is about 130 m.
		expect(distance(at, CENTRE, { units: 'meters' })).toBeLessThan(130);
	});

	it('move off the One Axis where it runs through the middle, staying inside the town', () => {
		const axis: LineString = {
			type: 'LineString',
			coordinates: [
				[121.25, 31.2],
				[121.25, 31.5]
			]
		};
		const places = [town, place('one-axis', 'axis', 'One Axis', axis)];
		const at = townLabel(clearTownNames(labelsOf(places), collection(places), [])).geometry
			.coordinates;
		expect(booleanPointInPolygon(at, town.geometry as Polygon)).toBe(true);
		// "Testtown" is under 8 × 0.64 ems of 11.8 px at zoom 10: half of it, the axis band's half
		// (13.3 px wide there) and 3 px of air lie between the name's middle and the axis.
		const clear = ((8 * 0.64 * 11.8) / 2 + 13.3 / 2 + 3) * PIXEL_METRES;
		expect(pointToLineDistance(at, axis, { units: 'meters' })).toBeGreaterThan(clear);
	});

	it('in a town too narrow to hold the name clear of the One Axis’s band, lie on the band, clear of the axis’s line and of the town’s outline', () => {
		// 0.14° wide, about 50 px tall at zoom 10, with the axis along its middle: the name (14 px
		// tall) has room beside the axis's line (2.5 px) inside the outline, not beside its band
		// (13.3 px).
		const half = 0.0145;
		const narrow = place('town', 'town', 'Testtown', {
			type: 'Polygon',
			coordinates: [
				[
					[121.18, CENTRE[1] - half],
					[121.32, CENTRE[1] - half],
					[121.32, CENTRE[1] + half],
					[121.18, CENTRE[1] + half],
					[121.18, CENTRE[1] - half]
				]
			]
		});
		const axis: LineString = {
			type: 'LineString',
			coordinates: [
				[121.1, CENTRE[1]],
				[121.4, CENTRE[1]]
			]
		};
		const places = [narrow, place('one-axis', 'axis', 'One Axis', axis)];
		const [, lat] = townLabel(clearTownNames(labelsOf(places), collection(places), [])).geometry
			.coordinates;
		const fromAxis = distance([121.25, lat!], CENTRE, { units: 'meters' }) / PIXEL_METRES;
		const fromOutline =
			distance([121.25, lat!], [121.25, CENTRE[1] + Math.sign(lat! - CENTRE[1]) * half], {
				units: 'meters'
			}) / PIXEL_METRES;
		// Half the name's height at zoom 10 (1.2 lines of 11.8 px), and half each line's width.
		const halfName = (1.2 * 11.8) / 2;
		expect(fromAxis).toBeGreaterThan(halfName + 2.5 / 2);
		expect(fromAxis).toBeLessThan(halfName + 13.3 / 2);
		expect(fromOutline).toBeGreaterThan(halfName + 1);
	});

	it('move off a basemap line, and off another place’s mark and name beside it', () => {
		const metro = {
			type: 'FeatureCollection' as const,
			features: [
				{
					type: 'Feature' as const,
					properties: {},
					geometry: {
						type: 'LineString' as const,
						coordinates: [
							[121.15, 31.35],
							[121.35, 31.35]
						]
					}
				}
			]
		};
		const offLine = townLabel(clearTownNames(labelsOf([town]), collection([town]), [metro]))
			.geometry.coordinates;
		expect(
			pointToLineDistance(offLine, metro.features[0]!.geometry, { units: 'meters' })
		).toBeGreaterThan(((1.2 * 11.8) / 2 + 1 + 3) * PIXEL_METRES);

		const park = place('park', 'site', 'A park with a name', {
			type: 'Point',
			coordinates: [121.245, 31.35]
		});
		const places = [town, park];
		const beside = townLabel(clearTownNames(labelsOf(places), collection(places), [])).geometry
			.coordinates;
		// Its name goes right of its mark (map/style.ts), where the town's middle is.
		expect(distance(beside, CENTRE, { units: 'meters' })).toBeGreaterThan(10 * PIXEL_METRES);
	});

	it('move off where a cluster’s name is set when another place’s mark takes its first spot', () => {
		// A cluster 90 px (at zoom 10) east of the town's middle: its name goes right of its mark.
		const east = (px: number): [number, number] => [
			CENTRE[0] + (px * PIXEL_METRES) / (111_320 * Math.cos((CENTRE[1] * Math.PI) / 180)),
			CENTRE[1]
		];
		const cluster = place('cluster', 'cluster', 'A cluster', {
			type: 'Point',
			coordinates: east(90)
		});
		const alone = [town, cluster];
		const clear = townLabel(clearTownNames(labelsOf(alone), collection(alone), [])).geometry
			.coordinates;
		expect(distance(clear, CENTRE, { units: 'meters' })).toBeLessThan(130);
		// Another point's mark 40 px further east: MapLibre sets the cluster's name left of its
		// mark, across the town's middle.
		const site = place('site', 'site', 'A site', { type: 'Point', coordinates: east(130) });
		const crowded = [town, cluster, site];
		const moved = townLabel(clearTownNames(labelsOf(crowded), collection(crowded), [])).geometry
			.coordinates;
		expect(distance(moved, CENTRE, { units: 'meters' })).toBeGreaterThan(10 * PIXEL_METRES);
	});

	it('keep their visual centre in a town too small for them, marked cramped, and leave other labels alone', () => {
		const small = place('town', 'town', 'Testtown', squareTown(0.02));
		const park = place('park', 'site', 'Park', { type: 'Point', coordinates: [121.3, 31.4] });
		const labels = labelsOf([small, park]);
		const [town, other] = labels.features;
		expect(clearTownNames(labels, collection([small, park]), []).features).toEqual([
			{ ...town, properties: { ...town!.properties, cramped: true } },
			other
		]);
	});

	it('of the atlas: inside their towns, and where a town has room for its name, moved off the lines through its middle', () => {
		const content = loadContent();
		const places = publishedMapPlaces(content);
		const labels = publishedMapLabels(content, loadAtlas());
		const basemap = BASEMAP_TILE_LAYERS.map((name) => publishedBasemapLayer(content, name)!);
		const placed = clearTownNames(labels, places, basemap);
		const towns = places.features.filter((f) => f.properties.kind === 'town');
		expect(towns.length).toBe(11);
		const moved: string[] = [];
		for (const town of towns) {
			const before = labels.features.find((f) => f.id === town.id)!.geometry.coordinates;
			const after = placed.features.find((f) => f.id === town.id)!.geometry.coordinates;
			expect(booleanPointInPolygon(after, town.geometry as Polygon), town.id).toBe(true);
			if (distance(before, after, { units: 'meters' }) > 130) moved.push(town.id);
		}
		// Nanxiang's and Jiangqiao's names lay across the One Axis, Anting's across metro line 11.
		expect(moved).toEqual(expect.arrayContaining(['anting', 'jiangqiao', 'nanxiang']));
		// The other labels as they were.
		expect(placed.features.filter((f) => f.properties.kind !== 'town')).toEqual(
			labels.features.filter((f) => f.properties.kind !== 'town')
		);
	});
});
