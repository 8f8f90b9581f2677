import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DISTRICT_EXTENT, VIEW_EXTENT } from '$lib/geo/extents';
import { MAP_PICTURE_IDS, picturePoint, pictureSize, pictureViewBox } from '$lib/geo/picture';
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
	expect((y1 - y2) / 1000).toBeCloseTo(1 / Math.cos((31.35 * Math.PI) / 180), 2);
	const [x, y, w, h] = pictureViewBox(DISTRICT_EXTENT).split(' ').map(Number);
	expect([x, y]).toEqual(picturePoint([DISTRICT_EXTENT[0], DISTRICT_EXTENT[3]]));
	expect(w).toBe(3700);
	expect(h).toBeGreaterThan(3700);
});

test('it draws the district, the towns and every park, cluster and site in its industry’s colour', () => {
	expect(svg).toContain(`fill="${THEME.paper}" stroke="${THEME.map.districtLine}"`);
	const towns = places.filter((p) => p.properties.kind === 'town');
	expect(svg.split(`stroke="${THEME.map.townLine}"`)).toHaveLength(towns.length + 1);
	for (const place of places.filter((p) => ['cluster', 'site'].includes(p.properties.kind)))
		expect(svg, place.id).toContain(THEME.industry[place.properties.industries[0]!]);
	expect(svg).not.toMatch(/<text/);
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
