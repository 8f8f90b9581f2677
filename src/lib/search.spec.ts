import { expect, test } from 'vitest';
import { loadAtlas } from '$lib/server/load';
import { nearWords, search } from './search';

const entries = () => loadAtlas().search;
const first = (query: string) => search(entries(), query)[0]?.entry;

test('English names, Chinese names and aliases find the place first', () => {
	expect(first('MedValley')).toMatchObject({ type: 'place', id: 'shanghai-medvalley' });
	expect(first('上海医谷')).toMatchObject({ type: 'place', id: 'shanghai-medvalley' });
	expect(first('安亭')).toMatchObject({ type: 'place', id: 'anting' });
	expect(first('united imaging town')).toMatchObject({ type: 'place', id: 'united-imaging-town' });
});

test('facts are found by their words and point at their place', () => {
	const results = search(entries(), 'membrane electrode');
	expect(results.length).toBeGreaterThan(0);
	expect(results.every((r) => r.entry.type === 'fact')).toBe(true);
	expect(results[0]!.entry.place).toBe('ballard-anting');
});

test('every word must match; an empty query finds nothing', () => {
	expect(search(entries(), 'medvalley zzzz')).toEqual([]);
	expect(search(entries(), '   ')).toEqual([]);
});

test('a slip of one or two letters still finds the name, ranked below exact matches', () => {
	expect(first('Medvaley')).toMatchObject({ type: 'place', id: 'shanghai-medvalley' });
	expect(first('medvally park')).toMatchObject({ id: 'shanghai-medvalley' });
	expect(first('Antin')).toMatchObject({ type: 'place', id: 'anting' }); // as typed: a prefix
	expect(first('nanxaing')).toMatchObject({ type: 'place' });
	// Short words are never read as other words: "mu" stays "mu".
	expect(nearWords(entries(), 'mux')).toEqual([]);
	// A word that matches as typed is not widened.
	expect(search(entries(), 'valley').every((r) => r.entry.terms.includes('valley'))).toBe(true);
});

test('Chinese names are found in pinyin, joined or by syllable', () => {
	expect(first('ziteng')).toMatchObject({ type: 'place', id: 'jiading-wisteria-park' });
	expect(first('jiading zitengyuan')).toMatchObject({ id: 'jiading-wisteria-park' });
	expect(first('shanghai yigu')).toMatchObject({ id: 'shanghai-medvalley' });
	expect(first('anting')).toMatchObject({ id: 'anting' });
	// Pinyin is for finding only: no label shows it.
	expect(entries().some((e) => /zitengyuan/.test(e.label))).toBe(false);
});

test('stations and lines are found by their names, in English, Chinese and pinyin', () => {
	expect(first('Jiading Xincheng')).toMatchObject({ type: 'station', lines: ['11'] });
	expect(first('white silver road')).toBeUndefined();
	expect(first('Baiyin Road')).toMatchObject({ type: 'station', label: 'Baiyin Road · 白银路' });
	expect(first('baiyinlu')).toMatchObject({ type: 'station' });
	expect(first('line 11')).toMatchObject({ type: 'line', label: 'Metro Line 11 · 上海地铁11号线' });
	expect(first('11号线')).toMatchObject({ type: 'line' });
	// A Jiamin Line station is found by the line's name, below the places that carry it.
	const jiamin = search(entries(), 'jiamin chengbei');
	expect(jiamin[0]?.entry).toMatchObject({ type: 'station', label: 'Chengbei Road · 城北路' });
	// A place keeps its rank above a station of the same name.
	expect(first('Anting')).toMatchObject({ type: 'place', id: 'anting' });
	expect(search(entries(), 'Anting').some((r) => r.entry.type === 'station')).toBe(true);
	// Where the map goes: a station is a point inside the district's reach.
	const station = first('Malu')!;
	expect(station.type).toBe('place');
	const maluStation = search(entries(), 'Malu').find((r) => r.entry.type === 'station')!.entry;
	const [w, s, e, n] = maluStation.spot!.bbox;
	expect([w === e, s === n]).toEqual([true, true]);
	expect(maluStation.spot!.anchor).toEqual([w, s]);
});
