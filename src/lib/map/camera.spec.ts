import { expect, test } from 'vitest';
import {
	atLeast,
	boxArea,
	CAMERA,
	centreOf,
	isPoint,
	journeyLegs,
	offsetFor,
	pointZoom,
	spotZoom,
	withMargin
} from './camera';

test('the margin around a framed place is 48 px, less on a small map', () => {
	expect(withMargin({}, { width: 1200, height: 800 })).toEqual({
		top: 48,
		right: 48,
		bottom: 48,
		left: 48
	});
	// A phone's map 300 px tall: a tenth of it.
	expect(withMargin({ right: 100 }, { width: 390, height: 300 })).toEqual({
		top: 30,
		right: 130,
		bottom: 30,
		left: 30
	});
});

test('the offset centres the view in the part of the map the panels leave clear', () => {
	// A 440 px panel on the right: the centre moves 220 px to the left.
	expect(offsetFor(withMargin({ right: 440 }, { width: 1200, height: 800 }))).toEqual([-220, 0]);
	expect(offsetFor({ top: 10, right: 0, bottom: 50, left: 0 })).toEqual([0, -20]);
});

test('a point grows to the smallest view; a large box is kept as it is', () => {
	const [w, s, e, n] = atLeast([121.2, 31.3, 121.2, 31.3]);
	expect(e - w).toBeCloseTo(CAMERA.minSpan);
	expect(n - s).toBeCloseTo(CAMERA.minSpan);
	expect(centreOf([w, s, e, n])).toEqual([121.2, 31.3]);
	expect(atLeast([121, 31, 121.5, 31.5])).toEqual([121, 31, 121.5, 31.5]);
});

test('a point place opens at its smallest view, or as close as the reader is, up to zoom 14', () => {
	expect(isPoint([121.2, 31.3, 121.2, 31.3])).toBe(true);
	expect(isPoint([121.2, 31.3, 121.3, 31.3])).toBe(false);
	// The smallest view fits at zoom 12.2 (a phone's map), the reader is at the district view.
	expect(pointZoom(9.6, 12.2)).toBe(12.2);
	expect(pointZoom(13.5, 12.2)).toBe(13.5);
	expect(pointZoom(15.5, 12.2)).toBe(CAMERA.pointMaxZoom);
	// A large screen's smallest view is closer than that limit: it is kept.
	expect(pointZoom(15.5, 14.3)).toBe(14.3);
});

test('a station opens close up, between zoom 13 and 14', () => {
	expect(spotZoom(10)).toBe(13);
	expect(spotZoom(13.5)).toBe(13.5);
	expect(spotZoom(15.5)).toBe(14);
});

test('a journey eases into its first point, then keeps an even pace along the line', () => {
	const legs = journeyLegs([
		[121.1, 31.3],
		[121.2, 31.35],
		[121.3, 31.4]
	]);
	expect(legs.map((l) => [l.duration, l.linear])).toEqual([
		[CAMERA.duration.firstLeg, false],
		[CAMERA.duration.leg, true],
		[CAMERA.duration.leg, true]
	]);
	expect(legs.every((l) => l.zoom === CAMERA.travelZoom)).toBe(true);
	expect(journeyLegs([])).toEqual([]);
});

test('box areas order places from small to large', () => {
	expect(boxArea([121, 31, 121.1, 31.1])).toBeCloseTo(0.01);
	expect(boxArea([121.2, 31.3, 121.2, 31.3])).toBe(0);
});
