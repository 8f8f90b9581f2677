import { describe, expect, it } from 'vitest';
import type { LineString, Polygon } from 'geojson';
import { areaKm2, distanceToLineKm, pathKm, pointKm, ringKm2 } from './measures';

// On the equator one degree of longitude is 111.32 km (2πR/360 with turf's R = 6371.0088 km,
// 111.195 km); a small square there is almost flat, so its area is the side squared.
const DEGREE_KM = (2 * Math.PI * 6371.0088) / 360;

describe('measures with known answers', () => {
	it('a square of 0.1° on the equator has (0.1 × 111.195 km)²', () => {
		const square: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[0.1, 0],
					[0.1, 0.1],
					[0, 0.1],
					[0, 0]
				]
			]
		};
		const expected = (0.1 * DEGREE_KM) ** 2;
		expect(areaKm2(square)).toBeCloseTo(expected, 0);
		expect(Math.abs(areaKm2(square)! / expected - 1)).toBeLessThan(0.005);
		expect(ringKm2(square.coordinates[0]!.slice(0, 4))).toBeCloseTo(areaKm2(square)!, 6);
		expect(areaKm2({ type: 'Point', coordinates: [0, 0] })).toBeNull();
	});

	it('a line along the equator of 1° is 111.195 km; a meridian too', () => {
		expect(pathKm([[0, 0], [0.5, 0], [1, 0]])).toBeCloseTo(DEGREE_KM, 2);
		expect(pathKm([[121, 31], [121, 32]])).toBeCloseTo(DEGREE_KM, 2);
		expect(pathKm([[121, 31]])).toBe(0);
	});

	it('a point 0.1° north of a line along the equator is 11.12 km from it', () => {
		const line: LineString = { type: 'LineString', coordinates: [[0, 0], [1, 0]] };
		expect(distanceToLineKm({ type: 'Point', coordinates: [0.5, 0.1] }, line)).toBeCloseTo(
			0.1 * DEGREE_KM,
			1
		);
		expect(pointKm([0.5, 0], [0.5, 0.1])).toBeCloseTo(0.1 * DEGREE_KM, 2);
	});

	it('a polygon crossing the line is at 0 km; one beside it at the gap between them', () => {
		const line: LineString = { type: 'LineString', coordinates: [[0, 0], [1, 0]] };
		const across: Polygon = {
			type: 'Polygon',
			coordinates: [[[0.2, -0.1], [0.3, -0.1], [0.3, 0.1], [0.2, 0.1], [0.2, -0.1]]]
		};
		const beside: Polygon = {
			type: 'Polygon',
			coordinates: [[[0.2, 0.05], [0.3, 0.05], [0.3, 0.2], [0.2, 0.2], [0.2, 0.05]]]
		};
		expect(distanceToLineKm(across, line)).toBe(0);
		expect(distanceToLineKm(beside, line)).toBeCloseTo(0.05 * DEGREE_KM, 1);
		// The line's end inside a wide polygon's reach: measured from the line's vertex.
		const past: Polygon = {
			type: 'Polygon',
			coordinates: [[[1.1, -1], [1.2, -1], [1.2, 1], [1.1, 1], [1.1, -1]]]
		};
		expect(distanceToLineKm(past, line)).toBeCloseTo(0.1 * DEGREE_KM, 1);
	});

	it('the parts of a line are measured apart, not joined across the gap', () => {
		const line: LineString = { type: 'LineString', coordinates: [[0.5, 0.5], [0.5, 0.6]] };
		const twoParts = {
			type: 'MultiLineString' as const,
			coordinates: [
				[[0, 0], [0, 1]],
				[[1, 0], [1, 1]]
			]
		};
		// Joined, the parts would pass (0, 1) → (1, 0) right by the line; apart, both are 0.5° off.
		expect(distanceToLineKm(twoParts, line)).toBeCloseTo(0.5 * DEGREE_KM * Math.cos(0.55 * (Math.PI / 180)), 0);
	});
});
