import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { expect, test } from 'vitest';
import { DISTRICT_EXTENT, VIEW_EXTENT } from '$lib/geo/extents';
import {
	MAP_PICTURE_IDS,
	PICTURE_UNITS_PER_DEGREE,
	picturePoint,
	pictureSize,
	pictureFrame
} from '$lib/geo/picture';
import { loadContent } from '$lib/server/load';
import { DARK_THEME, THEME } from '$lib/theme';
import { mapPictureSvg } from './map-picture';

const { places, basemap } = loadContent();
const svg = mapPictureSvg(places, basemap);

test('the picture is the view extent in Web Mercator, north up, framed by a box', () => {
	const { width, height } = pictureSize();
	expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
	expect(picturePoint([VIEW_EXTENT[0], VIEW_EXTENT[3]])).toEqual([0, 0]);
	// Mercator: a degree of latitude is longer than a degree of longitude here (1 / cos 31.4°).
	const [, y1] = picturePoint([121, 31.3]);
	const [, y2] = picturePoint([121, 31.4]);
	expect((y1 - y2) / (PICTURE_UNITS_PER_DEGREE / 10)).toBeCloseTo(
		1 / Math.cos((31.35 * Math.PI) / 180),
		2
	);
	const { x, y, width: w, height: h } = pictureFrame(DISTRICT_EXTENT);
	// The frame is not rounded to whole units as the shapes are: to a hundredth.
	const [x0, y0] = picturePoint([DISTRICT_EXTENT[0], DISTRICT_EXTENT[3]]);
	expect(Math.abs(x - x0)).toBeLessThanOrEqual(0.5);
	expect(Math.abs(y - y0)).toBeLessThanOrEqual(0.5);
	expect(w).toBe(925);
	expect(h).toBeGreaterThan(925);
});

test('it draws the district, the towns and every park, cluster and site in its industry’s colour', () => {
	expect(svg).toContain(`fill="${THEME.paper}" stroke="${THEME.map.districtLine}"`);
	expect(svg).toContain(`stroke="${THEME.map.townLine}"`);
	for (const place of places.filter((p) => ['cluster', 'site'].includes(p.properties.kind)))
		expect(svg, place.id).toContain(THEME.industry[place.properties.industries[0]!]);
	expect(svg).not.toMatch(/<text/);
});

/** The polylines of a path written as pathOf writes it (`M x y l dx dy dx-dy …`), in picture units. */
function polylines(d: string): [number, number][][] {
	return [...d.matchAll(/M(-?\d+) (-?\d+)l([^Mz]*)/g)].map(([, x, y, steps]) => {
		const line: [number, number][] = [[Number(x), Number(y)]];
		for (const [, dx, dy] of steps!.matchAll(/(-?\d+)[ ]?(-?\d+)/g)) {
			const [px, py] = line.at(-1)!;
			line.push([px + Number(dx), py + Number(dy)]);
		}
		return line;
	});
}

/** Distance from a point to a segment, in picture units. */
function toSegment([x, y]: number[], [ax, ay]: number[], [bx, by]: number[]): number {
	const [dx, dy] = [bx! - ax!, by! - ay!];
	const along = dx || dy ? ((x! - ax!) * dx + (y! - ay!) * dy) / (dx * dx + dy * dy) : 0;
	const t = Math.max(0, Math.min(1, along));
	return Math.hypot(x! - (ax! + t * dx), y! - (ay! + t * dy));
}

test('every town’s border is drawn, and a border two towns share only once', () => {
	const light = svg.slice(0, svg.indexOf('<defs>'));
	const paths = light.match(
		new RegExp(`<path d="([^"]*)"[^>]*stroke="${THEME.map.townLine}"`, 'g')
	);
	expect(paths).toHaveLength(1);
	const lines = polylines(paths![0]!.match(/d="([^"]*)"/)![1]!);
	const segments = lines.flatMap((line) => line.slice(1).map((b, i) => [line[i]!, b] as const));
	// Each segment once, whichever way it is drawn.
	const keys = segments.map(([a, b]) => [a.join(','), b.join(',')].sort().join(' '));
	expect(new Set(keys).size).toBe(keys.length);
	// Every corner of every town's outline lies on the drawing, within what the simplification
	// moves a line: twice its tolerance (turf's simplify drops close points before Douglas–Peucker;
	// 0.0008° is 2.35 units up and down in Mercator at 31° N), as each town drawn alone was, plus
	// the rounding of both ends to whole units.
	for (const town of places.filter((p) => p.properties.kind === 'town')) {
		const rings =
			town.geometry.type === 'Polygon'
				? town.geometry.coordinates
				: town.geometry.type === 'MultiPolygon'
					? town.geometry.coordinates.flat()
					: [];
		expect(rings.length, town.id).toBeGreaterThan(0);
		for (const position of rings.flat()) {
			const point = picturePoint(position);
			const off = Math.min(...segments.map(([a, b]) => toSegment(point, a, b)));
			expect(off, `${town.id} at ${position.join(', ')}`).toBeLessThanOrEqual(5.5);
		}
	}
	// Shared borders drawn once: over a quarter fewer segments than the towns drawn one by one.
	const district = places.find((p) => p.properties.kind === 'district')!;
	expect(segments.length).toBeLessThan(
		0.75 *
			places
				.filter((p) => p.properties.kind === 'town')
				.map(
					(p) =>
						mapPictureSvg([district, p], {}).match(/<path d="[^"]*"[^>]*stroke-dasharray="4 3"/)![0]
				)
				.flatMap((path) => polylines(path.match(/d="([^"]*)"/)![1]!))
				.reduce((n, line) => n + line.length - 1, 0)
	);
});

test('the neighbouring districts are one filled area and the borders between them, none drawn twice', () => {
	const light = svg.slice(0, svg.indexOf('<defs>'));
	const areas = light.match(new RegExp(`<path d="[^"]*" fill="${THEME.map.neighbour}"`, 'g'));
	expect(areas).toHaveLength(1);
	const lines = light.match(
		new RegExp(`<path d="[^"]*" fill="none" stroke="${THEME.map.neighbourLine}"`, 'g')
	);
	expect(lines).toHaveLength(1);
	const segments = [...areas!, ...lines!]
		.flatMap((path) => polylines(path.match(/d="([^"]*)"/)![1]!))
		.flatMap((line) => line.slice(1).map((b, i) => [line[i]!, b] as const));
	const keys = segments.map(([a, b]) => [a.join(','), b.join(',')].sort().join(' '));
	expect(new Set(keys).size).toBe(keys.length);
	// Fewer segments than the districts drawn one by one, each with its own outline.
	const neighbours = (basemap['neighbours'] as FeatureCollection).features;
	const oneByOne = neighbours.map((f) => {
		const alone = mapPictureSvg(
			places.filter((p) => p.properties.kind === 'district'),
			{ neighbours: { type: 'FeatureCollection', features: [f] } }
		);
		const path = alone.match(new RegExp(`<path d="([^"]*)" fill="${THEME.map.neighbour}"`))!;
		return polylines(path[1]!).reduce((n, line) => n + line.length - 1, 0);
	});
	expect(segments.length).toBeLessThan(0.8 * oneByOne.reduce((a, b) => a + b, 0));
});

test('it holds a drawing per colour scheme, each in its palette; the light one shows when opened', () => {
	const drawing = (id: string) => svg.match(new RegExp(`<g id="${id}"[^>]*>(.*?)</g>`))?.[1] ?? '';
	const [light, dark] = [drawing(MAP_PICTURE_IDS.light), drawing(MAP_PICTURE_IDS.dark)];
	expect(light).toContain(`fill="${THEME.paper}" stroke="${THEME.map.districtLine}"`);
	expect(dark).toContain(`fill="${DARK_THEME.paper}" stroke="${DARK_THEME.map.districtLine}"`);
	expect(dark).not.toContain(THEME.paper);
	// The same shapes: only the colours differ.
	const shapes = (d: string) => d.replace(/#[0-9a-f]{6}/g, '#');
	expect(shapes(dark)).toBe(shapes(light));
	expect(svg.indexOf(`<g id="${MAP_PICTURE_IDS.light}"`)).toBeLessThan(svg.indexOf('<defs>'));
	expect(svg.indexOf(`<g id="${MAP_PICTURE_IDS.dark}"`)).toBeGreaterThan(svg.indexOf('<defs>'));
});

test('it stays small: a few kilobytes on the wire, counted in the first view', () => {
	expect(gzipSync(svg).length).toBeLessThan(10 * 1024);
});
