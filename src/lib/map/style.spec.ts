import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import {
	atlasLayers,
	atlasStyle,
	INTERACTIVE_LAYERS,
	LABEL_LAYERS,
	placeLayerFilters,
	placeShown
} from './style';
import { PLACE_KINDS } from '$lib/schema/vocabulary';

const origin = 'http://127.0.0.1:4173';

describe('atlasStyle', () => {
	test('is a valid MapLibre style in both languages', () => {
		for (const locale of ['en', 'zh'] as const) {
			expect(validateStyleMin(atlasStyle({ origin, locale }))).toEqual([]);
		}
	});

	test('reads every source from our own origin and has no glyphs or sprite URL', () => {
		const style = atlasStyle({ origin, locale: 'en' });
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const source of Object.values(style.sources)) {
			const data = (source as { data: unknown }).data;
			// Data is a URL on our origin, or drawn in the page (the overlay starts empty).
			if (typeof data === 'string') expect(data.startsWith(`${origin}/data/`)).toBe(true);
			else expect(data).toEqual({ type: 'FeatureCollection', features: [] });
		}
	});

	test('promotes the place id so hover and selection can use feature-state', () => {
		const style = atlasStyle({ origin, locale: 'en' });
		expect(style.sources.places).toMatchObject({ promoteId: 'id' });
		expect(style.sources.labels).toMatchObject({ promoteId: 'id' });
	});

	test('every interactive and label layer exists', () => {
		const ids = atlasLayers('en').map((l) => l.id);
		for (const id of [...INTERACTIVE_LAYERS, ...LABEL_LAYERS]) expect(ids).toContain(id);
	});

	test('labels put the interface language first', () => {
		const label = (locale: 'en' | 'zh') =>
			JSON.stringify(atlasLayers(locale).find((l) => l.id === 'place-labels')!.layout);
		expect(label('en').indexOf('name_en')).toBeLessThan(label('en').indexOf('name_zh'));
		expect(label('zh').indexOf('name_zh')).toBeLessThan(label('zh').indexOf('name_en'));
	});
});

describe('placeLayerFilters', () => {
	const layers = atlasLayers('en');

	test('with everything on show, each place layer keeps its own filter', () => {
		const filters = placeLayerFilters(layers, { kinds: [...PLACE_KINDS], industries: [] });
		const own = layers.find((l) => l.id === 'points') as { filter: unknown };
		expect(filters.points).toEqual(['all', own.filter, expect.anything(), true]);
	});

	test('an industry filter tests the industry list and never hides towns', () => {
		const filters = placeLayerFilters(layers, {
			kinds: [...PLACE_KINDS],
			industries: ['hydrogen']
		});
		const text = JSON.stringify(filters['clusters-fill']);
		expect(text).toContain('" hydrogen "');
		expect(text).toContain('"town"');
	});

	test('filtered styles stay valid', () => {
		const filters = placeLayerFilters(layers, {
			kinds: ['town'],
			industries: ['auto', 'biopharma']
		});
		const style = atlasStyle({ origin, locale: 'en' });
		style.layers = style.layers.map((l) => (filters[l.id] ? { ...l, filter: filters[l.id] } : l));
		expect(validateStyleMin(style)).toEqual([]);
	});
});

describe('placeShown', () => {
	const all = { kinds: [...PLACE_KINDS], industries: [] };

	test('everything shows when nothing is filtered', () => {
		expect(placeShown({ kind: 'site', industries: [] }, all)).toBe(true);
	});

	test('the industry filter keeps matching places and towns, hides the rest', () => {
		const hydrogen = { ...all, industries: ['hydrogen' as const] };
		expect(placeShown({ kind: 'cluster', industries: ['hydrogen', 'auto'] }, hydrogen)).toBe(true);
		expect(placeShown({ kind: 'cluster', industries: ['biopharma'] }, hydrogen)).toBe(false);
		expect(placeShown({ kind: 'town', industries: [] }, hydrogen)).toBe(true);
	});

	test('a hidden kind hides its places whatever their industry', () => {
		expect(
			placeShown({ kind: 'town', industries: [] }, { kinds: ['cluster'], industries: [] })
		).toBe(false);
	});
});
