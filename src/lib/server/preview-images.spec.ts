import { expect, test } from 'vitest';
import { loadContent } from './load';
import { PREVIEW_SIZE, previewPng, previewSvg, SITE_PREVIEW } from './preview-images';
import { THEME } from '$lib/theme';

const { places } = loadContent();

test('a place’s preview draws the district and that place, in the accent, inside the frame', () => {
	const svg = previewSvg(places, 'shanghai-medvalley');
	expect(svg).toContain(`width="${PREVIEW_SIZE.width}" height="${PREVIEW_SIZE.height}"`);
	expect(svg).toContain(`stroke="${THEME.map.districtLine}"`);
	expect(svg.match(new RegExp(`stroke="${THEME.accent}"`, 'g'))).toHaveLength(1);
	const numbers = [...svg.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [+m[1]!, +m[2]!]);
	for (const [x, y] of numbers) {
		expect(x).toBeGreaterThanOrEqual(0);
		expect(x).toBeLessThanOrEqual(PREVIEW_SIZE.width);
		expect(y).toBeGreaterThanOrEqual(0);
		expect(y).toBeLessThanOrEqual(PREVIEW_SIZE.height);
	}
});

test('the atlas’s preview draws every park, cluster, site and the axis', () => {
	const svg = previewSvg(places, SITE_PREVIEW);
	const drawn = places.filter((p) => ['cluster', 'site', 'axis'].includes(p.properties.kind));
	const accent = (svg.match(new RegExp(`(fill|stroke)="${THEME.accent}"`, 'g')) ?? []).length;
	expect(accent).toBeGreaterThanOrEqual(drawn.length);
});

test('previews are PNGs of 1200×630; an unknown place is an error naming it', () => {
	const png = Buffer.from(previewPng(places, 'anting'));
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	expect(() => previewSvg(places, 'nowhere')).toThrow(/"nowhere".*geo\/places\.geojson/);
});
