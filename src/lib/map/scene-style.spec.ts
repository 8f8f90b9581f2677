/**
 * The map hands each scene's style to MapLibre's own diff; these tests run the same diff
 * (`diff` from the style spec) to show that a change of locale, filter or overlay touches only
 * what it must.
 */
import { diff } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { expect, test } from 'vitest';
import { PLACE_KINDS } from '$lib/schema/vocabulary';
import { DARK_THEME } from '$lib/theme';
import { sceneStyle } from './scene-style';
import { LABEL_LAYERS, OVERLAY } from './style';

const ORIGIN = 'http://127.0.0.1';
const all = { kinds: [...PLACE_KINDS], industries: [] };
const base = { locale: 'en', filter: all, overlay: null } as const;

test('the same scene needs no change', () => {
	expect(diff(sceneStyle(ORIGIN, base), sceneStyle(ORIGIN, { ...base }))).toEqual([]);
});

test('a new locale changes only the labels’ text', () => {
	const commands = diff(sceneStyle(ORIGIN, base), sceneStyle(ORIGIN, { ...base, locale: 'zh' }));
	expect(commands.length).toBeGreaterThan(0);
	for (const { command, args } of commands) {
		expect(command).toBe('setLayoutProperty');
		expect(LABEL_LAYERS).toContain(args[0]);
		expect(args[1]).toBe('text-field');
	}
});

test('a new colour scheme changes only paint: every colour, nothing else', () => {
	const commands = diff(sceneStyle(ORIGIN, base), sceneStyle(ORIGIN, { ...base, scheme: 'dark' }));
	expect(commands.length).toBeGreaterThan(20);
	expect(new Set(commands.map((c) => c.command))).toEqual(new Set(['setPaintProperty']));
	const background = commands.find((c) => c.args[0] === 'background')!;
	expect(background.args.slice(1, 3)).toEqual(['background-color', DARK_THEME.map.outside]);
	expect(diff(sceneStyle(ORIGIN, base), sceneStyle(ORIGIN, { ...base, scheme: 'light' }))).toEqual(
		[]
	);
});

test('a new filter changes only filters, and hides what the legend hides', () => {
	const next = {
		...base,
		filter: { kinds: all.kinds.filter((k) => k !== 'site'), industries: [] }
	};
	const commands = diff(sceneStyle(ORIGIN, base), sceneStyle(ORIGIN, next));
	expect(commands.length).toBeGreaterThan(0);
	expect(new Set(commands.map((c) => c.command))).toEqual(new Set(['setFilter']));
	const points = commands.find((c) => c.args[0] === 'points')!;
	expect(JSON.stringify(points.args[1])).not.toContain('"site"');
});

test('new drawings replace the overlay source’s data and nothing else', () => {
	const overlay: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { role: 'measure' },
				geometry: { type: 'Point', coordinates: [121.2, 31.3] }
			}
		]
	};
	const commands = diff(sceneStyle(ORIGIN, base), sceneStyle(ORIGIN, { ...base, overlay }));
	expect(commands).toEqual([{ command: 'setGeoJSONSourceData', args: [OVERLAY, overlay] }]);
});
