/**
 * The malformed-data suite: each case is one mistake a curator or a copy step could make in the
 * real seeds and geo files, and each must be rejected clearly: every message names its file, the
 * expected message is among them, and the mistake does not cascade into a page of follow-on lines.
 * The counts (cases, rejected clearly, accepted silently) are the suite's own result.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceFile, Sources } from './pipeline';
import { problemsOf } from '../../../tests/fixtures/sources';
import { readSources, readTour } from '../server/load';
import { seedSumsText } from './seed-files';
import { ring } from '../../../scripts/test-polygons';

/** A record of a JSON file, edited freely: each case reaches into it as its mistake needs. */
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type AllSources = Sources & { tour: SourceFile };

/** At most this many messages for one mistake: more is a cascade. */
const CASCADE = 3;

interface Case {
	name: string;
	/** Edits the sources in memory, or (for file-level mistakes) the files of a copied content root. */
	edit?: (s: AllSources) => void;
	onDisk?: (root: string) => void;
	/** A message the checks must give; it also names the file. Null: a control that must pass. */
	expected: RegExp | null;
}

const cases: Case[] = [];
const add = (name: string, expected: RegExp, edit: (s: AllSources) => void) =>
	cases.push({ name, expected, edit });
const addOnDisk = (name: string, expected: RegExp | null, onDisk: (root: string) => void) =>
	cases.push({ name, expected, onDisk });

type JsonFile = 'facts' | 'places' | 'disagreements' | 'unmapped' | 'unmappedClaims' | 'tour';
const PATHS: Record<JsonFile, string> = {
	facts: 'geo/facts.json',
	places: 'geo/places.geojson',
	disagreements: 'geo/disagreements.json',
	unmapped: 'geo/unmapped-figures.json',
	unmappedClaims: 'geo/unmapped-claims.json',
	tour: 'geo/tour.json'
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function json(s: AllSources, file: JsonFile, edit: (data: Json) => void) {
	const data = JSON.parse(s[file].text);
	edit(data);
	s[file] = { ...s[file], text: JSON.stringify(data, null, '\t') };
}
const byId = (items: Json[], id: string) => {
	const found = items.find((i) => i.id === id);
	if (!found) throw new Error(`suite: no record ${id}`);
	return found;
};
const fact = (id: string, edit: (f: Json, all: Json[]) => void) => (s: AllSources) =>
	json(s, 'facts', (facts: Json[]) => edit(byId(facts, id), facts));
const place = (id: string, edit: (f: Json, all: Json[]) => void) => (s: AllSources) =>
	json(s, 'places', (c: { features: Json[] }) => edit(byId(c.features, id), c.features));
const chapter = (id: string, edit: (c: Json, all: Json[]) => void) => (s: AllSources) =>
	json(s, 'tour', (chapters: Json[]) => edit(byId(chapters, id), chapters));
const basemap = (name: string, edit: (c: Json) => void) => (s: AllSources) => {
	const i = s.basemap.findIndex((b) => b.path === `geo/basemap/${name}.geojson`);
	const data = JSON.parse(s.basemap[i]!.text);
	edit(data);
	s.basemap[i] = { ...s.basemap[i]!, text: JSON.stringify(data) };
};
const seed = (n: number, edit: (text: string) => string) => (s: AllSources) => {
	s.seeds[n] = { ...s.seeds[n]!, text: edit(s.seeds[n]!.text) };
};
const field = (file: JsonFile, id: string, name: string) =>
	new RegExp(`^${escape(PATHS[file])}: "${escape(id)}", field "${escape(name)}["\\.\\[]`);

// --- Every JSON file: the file-level mistakes.
const jsonFiles: JsonFile[] = [
	'facts',
	'places',
	'disagreements',
	'unmapped',
	'unmappedClaims',
	'tour'
];
for (const file of jsonFiles) {
	const path = escape(PATHS[file]);
	const text = (f: (t: string) => string) => (s: AllSources) => {
		s[file] = { ...s[file], text: f(s[file].text) };
	};
	add(
		`${file}: invalid JSON`,
		new RegExp(`^${path}: invalid JSON: `),
		text((t) => t.replace(/\}/, '},,'))
	);
	add(
		`${file}: a trailing comma`,
		new RegExp(`^${path}: invalid JSON: `),
		text((t) => t.replace(/\}\s*\]\s*\}?\s*$/, (m) => `},${m.slice(1)}`))
	);
	add(
		`${file}: empty file`,
		new RegExp(`^${path}: `),
		text(() => '')
	);
	add(
		`${file}: byte-order mark`,
		new RegExp(`^${path}: starts with a byte-order mark`),
		text((t) => '\uFEFF' + t)
	);
	add(
		`${file}: the wrong top-level shape`,
		new RegExp(`^${path}: expected `),
		text(() => (file === 'places' ? '[]' : '{"id": "x"}'))
	);
	add(
		`${file}: a number too large to hold`,
		/Infinity is not a finite number|field "value": not a field of this record/,
		(s) => {
			// The first number in the file written as 1e999; in a file of no numbers, one put in.
			const text = s[file].text.replace(/(:\s*)(\d+(?:\.\d+)?)(?=[,\s\]}])/, '$11e999');
			s[file] = {
				...s[file],
				text: /1e999/.test(text) ? text : text.replace('{', '{ "value": 1e999, ')
			};
		}
	);
	add(
		`${file}: null`,
		new RegExp(`^${path}: `),
		text(() => 'null')
	);
}

// --- Facts: required fields, types, vocabularies.
const FACT = 'medvalley-planned-area';
for (const name of ['id', 'article', 'quote', 'places', 'kind', 'label']) {
	add(
		`fact: missing ${name}`,
		name === 'id' ? /^geo\/facts\.json: .*field "id": missing/ : field('facts', FACT, name),
		fact(FACT, (f) => delete f[name])
	);
	add(
		`fact: ${name} of the wrong type`,
		name === 'id' ? /^geo\/facts\.json: .*field "id": / : field('facts', FACT, name),
		fact(FACT, (f) => (f[name] = 42))
	);
}
for (const [name, value] of [
	['value', '2.2'],
	['value_max', 'big'],
	['unit', 7],
	['qualifier', true],
	['also', { value: 3, unit: 'ha' }],
	['year', 2025.5],
	['year', 1066],
	['date', '2025/01/01'],
	['date', '26 September'],
	['speaker', ['Lu']],
	['parties', 'Ballard'],
	['measures', 'area'],
	['mentioned_from', []],
	['scope_note', 'short'],
	['label_zh', 5],
	['claim', 'promise'],
	['kind', 'number'],
	['places', []],
	['quote', 'ok'],
	['label', ''],
	['id', 'Medvalley Planned Area'],
	['article', 'Shanghai_MedValley']
] as const) {
	add(
		`fact: ${name} = ${JSON.stringify(value)}`,
		name === 'id' ? /^geo\/facts\.json: .*field "id": / : field('facts', FACT, name),
		fact(FACT, (f) => (f[name] = value))
	);
}
for (const [wrong, right] of [
	['qualifer', 'qualifier'],
	['mesures', 'measures'],
	['valu', 'value'],
	['units', 'unit'],
	['speeker', 'speaker'],
	['label-zh', 'label_zh'],
	['mentionedFrom', 'mentioned_from'],
	['scope-note', 'scope_note'],
	['yr', 'year'],
	['Date', 'date']
] as const) {
	add(
		`fact: misspelt ${right} as ${wrong}`,
		new RegExp(`field "${escape(wrong)}": not a field of this record`),
		fact(FACT, (f) => (f[wrong] = f[right] ?? 'x'))
	);
}
add(
	'fact: an extra property',
	/field "colour": not a field of this record/,
	fact(FACT, (f) => (f.colour = 'red'))
);
add(
	'fact: also with a misspelt field',
	/field "also\.0\.units": not a field of this record: did you mean "unit"/,
	fact('valeo-base-area', (f) => (f.also[0].units = f.also[0].unit))
);
add('fact: duplicate id', /"medvalley-planned-area", field "id": duplicate id/, (s) =>
	json(s, 'facts', (facts: Json[]) => facts.push(structuredClone(byId(facts, FACT))))
);
add(
	'fact: unknown article',
	field('facts', FACT, 'article'),
	fact(FACT, (f) => (f.article = 'no-such-article'))
);
add(
	'fact: unknown place',
	field('facts', FACT, 'places'),
	fact(FACT, (f) => (f.places = ['shanghai-medvaley']))
);
add(
	'fact: unknown place in mentioned_from',
	field('facts', 'hydrogen-output-target', 'mentioned_from'),
	fact('hydrogen-output-target', (f) => (f.mentioned_from = ['ballard']))
);
add(
	'fact: a place listed twice',
	field('facts', FACT, 'places'),
	fact(
		FACT,
		(f) =>
			(f.places = [FACT.replace('-planned-area', ''), 'shanghai-medvalley'].map(
				() => 'shanghai-medvalley'
			))
	)
);

// --- Facts: the quote and what is said from it.
add(
	'fact: quote not in the article',
	field('facts', FACT, 'quote'),
	fact(FACT, (f) => (f.quote = 'With a planned area of 2.5 square kilometers'))
);
add(
	'fact: quote from another article',
	field('facts', FACT, 'quote'),
	fact(FACT, (f) => (f.quote = 'Covering some 9.5 square kilometers'))
);
add(
	'fact: quote cut down to the figure',
	field('facts', FACT, 'quote'),
	fact(FACT, (f) => (f.quote = '2.2'))
);
add(
	'fact: quote cut down to figure and unit',
	field('facts', FACT, 'quote'),
	fact(FACT, (f) => (f.quote = '2.2 square kilometers'))
);
add(
	'fact: quote cut mid-word',
	field('facts', FACT, 'quote'),
	fact(FACT, (f) => (f.quote = 'ith a planned area of 2.2 square kilometers'))
);
add(
	'fact: quote with a changed word',
	field('facts', FACT, 'quote'),
	fact(FACT, (f) => (f.quote = 'With a planned area of 2.2 square miles'))
);
add(
	'fact: quote with curly quotes straightened',
	field('facts', 'ruijin-centre-relocated', 'quote'),
	fact('ruijin-centre-relocated', (f) => (f.quote = f.quote.replace('’', "'") + ' x'))
);
add(
	'fact: value not in the quote',
	field('facts', FACT, 'value'),
	fact(FACT, (f) => (f.value = 2.3))
);
add(
	'fact: value negative',
	field('facts', FACT, 'value'),
	fact(FACT, (f) => (f.value = -2.2))
);
add(
	'fact: value scaled wrongly',
	field('facts', 'biopharma-output-goal', 'value'),
	fact('biopharma-output-goal', (f) => (f.value = 38.5))
);
add(
	'fact: value scaled a thousand times',
	field('facts', 'biopharma-output-goal', 'value'),
	fact('biopharma-output-goal', (f) => (f.value = 38500000))
);
add(
	'fact: value_max not in the quote',
	field('facts', 'wisteria-cluster-length', 'value_max'),
	fact('wisteria-cluster-length', (f) => (f.value_max = 150))
);
add(
	'fact: value_max below value',
	field('facts', 'wisteria-cluster-length', 'value_max'),
	fact('wisteria-cluster-length', (f) => (f.value_max = 8))
);
add(
	'fact: a range without value_max',
	field('facts', 'wisteria-cluster-length', 'value_max'),
	fact('wisteria-cluster-length', (f) => delete f.value_max)
);
for (const [id, unit] of [
	[FACT, 'ha'],
	[FACT, 'sqm'],
	[FACT, 'mu'],
	['biopharma-output-goal', 'usd'],
	['ballard-investment', 'yuan'],
	['ballard-modules-supplied', 'percent'],
	['auto-output-growth', 'count'],
	['valeo-approval-time', 'year'],
	['valeo-land-to-ground-time', 'day'],
	['wisteria-cluster-length', 'km2'],
	['wisteria-visitor-tradition', 'month'],
	['valeo-base-area', 'ha']
] as const) {
	add(
		`fact: ${id} in ${unit}`,
		// A unit the quote also prints for another form of the amount shows as that form's mismatch.
		field('facts', id, id === 'valeo-base-area' ? 'also' : 'unit'),
		fact(id, (f) => (f.unit = unit))
	);
}
add(
	'fact: a figure without a unit',
	field('facts', FACT, 'unit'),
	fact(FACT, (f) => delete f.unit)
);
add(
	'fact: a unit without a figure',
	field('facts', 'jiading-medical-direction', 'unit'),
	fact('jiading-medical-direction', (f) => (f.unit = 'km2'))
);
add(
	'fact: qualifier the quote does not give',
	field('facts', FACT, 'qualifier'),
	fact(FACT, (f) => (f.qualifier = 'more-than'))
);
add(
	'fact: "about" dropped from an approximate figure',
	field('facts', 'ballard-investment', 'qualifier'),
	fact('ballard-investment', (f) => delete f.qualifier)
);
add(
	'fact: year not in the quote',
	field('facts', 'valeo-mass-production', 'year'),
	fact('valeo-mass-production', (f) => (f.year = 2026))
);
add(
	'fact: date not in the quote',
	field('facts', 'medical-cluster-forum-held', 'date'),
	fact('medical-cluster-forum-held', (f) => (f.date = '--09-27'))
);
add(
	'fact: date given a year the quote does not',
	field('facts', 'medical-cluster-forum-held', 'date'),
	fact('medical-cluster-forum-held', (f) => (f.date = '2022-09-26'))
);
add(
	'fact: impossible date',
	field('facts', 'medical-cluster-forum-held', 'date'),
	fact('medical-cluster-forum-held', (f) => (f.date = '--02-30'))
);
add(
	'fact: month 13',
	field('facts', 'hongqiao-hub-plan-approved', 'date'),
	fact('hongqiao-hub-plan-approved', (f) => (f.date = '2021-13'))
);
add(
	'fact: also inconsistent with the value',
	field('facts', 'valeo-base-area', 'also[0]'),
	fact('valeo-base-area', (f) => (f.also[0].value = 4))
);
add(
	'fact: also in a unit the quote does not give',
	field('facts', 'valeo-base-area', 'also[0]'),
	fact('valeo-base-area', (f) => (f.also[0].unit = 'km2'))
);
add(
	'fact: usd equivalent changed',
	field('facts', 'north-hongqiao-project-threshold', 'also[0]'),
	fact('north-hongqiao-project-threshold', (f) => (f.also[0].value = 14000000))
);
add(
	'fact: label with a figure not in the quote',
	field('facts', FACT, 'label'),
	fact(FACT, (f) => (f.label = 'Planned area of Shanghai MedValley: 3 square kilometers'))
);
add(
	'fact: label with a year not in the quote',
	field('facts', FACT, 'label'),
	fact(FACT, (f) => (f.label = 'Planned area of Shanghai MedValley in 2019'))
);
add(
	'fact: label naming a place the quote does not',
	field('facts', FACT, 'label'),
	fact(FACT, (f) => (f.label = 'Planned area of United Imaging Town'))
);
add(
	'fact: label with an emphatic word',
	field('facts', FACT, 'label'),
	fact(FACT, (f) => (f.label = 'The largest planned area in Shanghai MedValley'))
);
add(
	'fact: label_zh with a figure not in the quote',
	field('facts', FACT, 'label_zh'),
	fact(FACT, (f) => (f.label_zh = '上海医谷规划面积3平方公里'))
);
add(
	'fact without label_zh',
	field('facts', FACT, 'label_zh'),
	fact(FACT, (f) => delete f.label_zh)
);
add(
	'fact: speaker not named in the article',
	field('facts', 'jiading-medical-direction', 'speaker'),
	fact('jiading-medical-direction', (f) => (f.speaker = 'Li Qiang'))
);
add(
	'fact: party not in the quote',
	field('facts', 'ruijin-strategic-agreements', 'parties'),
	fact('ruijin-strategic-agreements', (f) => (f.parties = [...(f.parties ?? []), 'Siemens']))
);
add(
	'fact: a figure fact without a value',
	field('facts', FACT, 'value'),
	fact(FACT, (f) => delete f.value)
);
add(
	'fact: measures on a count',
	field('facts', 'ballard-modules-supplied', 'measures'),
	fact('ballard-modules-supplied', (f) => (f.measures = 'site-area'))
);
add(
	'fact: a fact removed leaves its figure uncovered',
	/figure "10" is neither a fact nor listed/,
	(s) =>
		json(s, 'facts', (facts: Json[]) =>
			facts.splice(facts.indexOf(byId(facts, 'wisteria-visitor-tradition')), 1)
		)
);
add(
	'fact: claim kind without its claim',
	field('facts', 'jiading-seeks-health-investment', 'claim'),
	fact('jiading-seeks-health-investment', (f) => delete f.claim)
);
add(
	'fact: claim on a figure',
	field('facts', FACT, 'claim'),
	fact(FACT, (f) => (f.claim = 'plan'))
);

// --- Places.
const PLACE = 'shanghai-medvalley';
const square = (x: number, y: number, d = 0.01) => [
	[x, y],
	[x + d, y],
	[x + d, y + d],
	[x, y + d],
	[x, y]
];
add(
	'place: missing id',
	/^geo\/places\.geojson: "shanghai-medvalley", field "id": missing/,
	place(PLACE, (f) => delete f.id)
);
add(
	'place: id differs from properties.id',
	field('places', PLACE, 'properties.id'),
	place(PLACE, (f) => (f.properties.id = 'medvalley'))
);
add('place: duplicate id', field('places', 'anting', 'id'), (s) =>
	json(s, 'places', (c) => c.features.push(structuredClone(byId(c.features, 'anting'))))
);
add(
	'place: not a Feature',
	field('places', PLACE, 'type'),
	place(PLACE, (f) => (f.type = 'feature'))
);
add('place: collection type wrong', /^geo\/places\.geojson: .*type/, (s) =>
	json(s, 'places', (c) => (c.type = 'Collection'))
);
add(
	'place: id not a slug',
	/^geo\/places\.geojson: "Shanghai MedValley", field "id": /,
	place(PLACE, (f) => (f.id = f.properties.id = 'Shanghai MedValley'))
);
for (const name of [
	'kind',
	'name_en',
	'name_zh',
	'name_zh_source',
	'industries',
	'precision',
	'precision_reason',
	'precision_reason_zh',
	'source',
	'licence'
]) {
	add(
		`place: missing ${name}`,
		field('places', PLACE, `properties.${name}`),
		place(PLACE, (f) => delete f.properties[name])
	);
}
for (const [name, value] of [
	['kind', 'clustr'],
	['name_en', ''],
	['name_zh', 'Shanghai MedValley'],
	['name_zh', 7],
	['industries', ['medical']],
	['industries', 'medical-equipment'],
	['precision', 'rough'],
	['precision_reason', 'x'],
	['precision_reason_zh', 'Drawn by hand.'],
	['precision_reason_zh', ''],
	['layout_role', 'two-axes'],
	['town', 'Malu'],
	['aliases', 'MedValley'],
	['source', ''],
	['licence', 3]
] as const) {
	add(
		`place: ${name} = ${JSON.stringify(value)}`,
		field('places', PLACE, `properties.${name}`),
		place(PLACE, (f) => (f.properties[name] = value))
	);
}
for (const [wrong, right] of [
	['precison', 'precision'],
	['name-en', 'name_en'],
	['nameZh', 'name_zh'],
	['industry', 'industries'],
	['layoutRole', 'layout_role']
] as const) {
	add(
		`place: misspelt ${right} as ${wrong}`,
		new RegExp(`field "properties\\.${escape(wrong)}": not a field of this record`),
		place(PLACE, (f) => (f.properties[wrong] = f.properties[right] ?? 'x'))
	);
}
add(
	'place: unknown town',
	field('places', PLACE, 'properties.town'),
	place(PLACE, (f) => (f.properties.town = 'shanghai'))
);
add(
	'place: town that is not a town',
	field('places', PLACE, 'properties.town'),
	place(PLACE, (f) => (f.properties.town = 'united-imaging-town'))
);
add(
	'place: drawn outside its town',
	field('places', 'valeo-waigang', 'properties.town'),
	place('valeo-waigang', (f) => (f.properties.town = 'jiangqiao'))
);
add(
	'place: a Chinese name with no source',
	field('places', PLACE, 'properties.name_zh_source'),
	place(PLACE, (f) => (f.properties.name_zh_source = ''))
);
add(
	'place: geometry missing',
	field('places', PLACE, 'geometry'),
	place(PLACE, (f) => delete f.geometry)
);
add(
	'place: geometry null',
	field('places', PLACE, 'geometry'),
	place(PLACE, (f) => (f.geometry = null))
);
add(
	'place: geometry of an unknown type',
	field('places', PLACE, 'geometry'),
	place(PLACE, (f) => (f.geometry = { type: 'Circle', coordinates: [121.25, 31.34] }))
);
add(
	'place: GeometryCollection',
	field('places', PLACE, 'geometry'),
	place(PLACE, (f) => (f.geometry = { type: 'GeometryCollection', geometries: [] }))
);
add(
	'place: coordinates as strings',
	field('places', 'ruijin-hospital', 'geometry'),
	place('ruijin-hospital', (f) => (f.geometry.coordinates = ['121.25', '31.33']))
);
add(
	'place: a point with one number',
	field('places', 'ruijin-hospital', 'geometry'),
	place('ruijin-hospital', (f) => (f.geometry.coordinates = [121.25]))
);
add(
	'place: a point with four numbers',
	field('places', 'ruijin-hospital', 'geometry'),
	place('ruijin-hospital', (f) => (f.geometry.coordinates = [121.25, 31.33, 4, 5]))
);
add(
	'place: a point outside Jiading',
	field('places', 'ruijin-hospital', 'geometry'),
	place('ruijin-hospital', (f) => (f.geometry.coordinates = [116.4, 39.9]))
);
add(
	'place: longitude and latitude swapped',
	/longitude and latitude swapped/,
	place('ruijin-hospital', (f) => (f.geometry.coordinates = [...f.geometry.coordinates].reverse()))
);
add(
	'place: GCJ-02 left unconverted (500 m off)',
	field('places', 'ruijin-hospital', 'geometry'),
	place('ruijin-hospital', (f) => (f.geometry.coordinates = [200, 31.33]))
);
add(
	'place: longitude beyond 180',
	field('places', 'ruijin-hospital', 'geometry'),
	place('ruijin-hospital', (f) => (f.geometry.coordinates = [181, 31.33]))
);
add(
	'place: a line of one position',
	field('places', 'one-axis', 'geometry'),
	place('one-axis', (f) => (f.geometry = { type: 'LineString', coordinates: [[121.25, 31.35]] }))
);
add(
	'place: a line of no positions',
	field('places', 'one-axis', 'geometry'),
	place('one-axis', (f) => (f.geometry = { type: 'LineString', coordinates: [] }))
);
add(
	'place: an empty polygon',
	field('places', PLACE, 'geometry'),
	place(PLACE, (f) => (f.geometry = { type: 'Polygon', coordinates: [] }))
);
add(
	'place: a ring that is not closed',
	field('places', PLACE, 'geometry'),
	place(
		PLACE,
		(f) => (f.geometry = { type: 'Polygon', coordinates: [square(121.25, 31.33).slice(0, 4)] })
	)
);
add(
	'place: a ring of three positions',
	field('places', PLACE, 'geometry'),
	place(
		PLACE,
		(f) =>
			(f.geometry = {
				type: 'Polygon',
				coordinates: [
					[
						[121.25, 31.33],
						[121.26, 31.33],
						[121.25, 31.33]
					]
				]
			})
	)
);
add(
	'place: a polygon with no area',
	/the polygon has no area/,
	place(PLACE, (f) => {
		const [a, b] = f.geometry.coordinates[0];
		f.geometry.coordinates = [[a, b, a, b, a]];
	})
);
add(
	'place: a self-intersecting polygon',
	/self-intersecting polygon/,
	place(
		PLACE,
		(f) =>
			(f.geometry = {
				type: 'Polygon',
				coordinates: [
					[
						[121.25, 31.33],
						[121.26, 31.34],
						[121.26, 31.33],
						[121.25, 31.34],
						[121.25, 31.33]
					]
				]
			})
	)
);
add(
	'place: a hole outside its ring',
	/a hole of the polygon lies outside its outer ring/,
	place(
		PLACE,
		(f) =>
			(f.geometry = {
				type: 'Polygon',
				coordinates: [square(121.24, 31.34, 0.02), square(121.3, 31.3)]
			})
	)
);
add(
	'place: an empty MultiPolygon',
	field('places', PLACE, 'geometry'),
	place(PLACE, (f) => (f.geometry = { type: 'MultiPolygon', coordinates: [] }))
);
add(
	'place: a MultiPolygon part with no rings',
	field('places', PLACE, 'geometry'),
	place(
		PLACE,
		(f) => (f.geometry = { type: 'MultiPolygon', coordinates: [[square(121.24, 31.34)], []] })
	)
);
add(
	'place: a NaN-like coordinate',
	field('places', 'ruijin-hospital', 'geometry'),
	place('ruijin-hospital', (f) => (f.geometry.coordinates = [null, 31.33]))
);
add(
	'place: a coordinate too large to hold',
	/"ruijin-hospital", field "geometry\.coordinates\.0": Infinity is not a finite number/,
	(s) => {
		const at = s.places.text.indexOf('"id": "ruijin-hospital"');
		const coords = s.places.text.indexOf('"coordinates": [', at) + '"coordinates": ['.length;
		s.places = {
			...s.places,
			text: s.places.text.slice(0, coords) + s.places.text.slice(coords).replace(/^[\d.]+/, '1e999')
		};
	}
);
add(
	'place: a foreign member on the feature',
	/"shanghai-medvalley", field "bbox": not a field/,
	place(PLACE, (f) => (f.bbox = [121, 31, 122, 32]))
);
add(
	'place: a foreign member on the collection',
	/^geo\/places\.geojson: field "name": not a field|^geo\/places\.geojson: .*"name"/,
	(s) => json(s, 'places', (c) => (c.name = 'places'))
);
add(
	'place: a foreign member on the geometry',
	/"ruijin-hospital", field "geometry\.crs": not a field/,
	place('ruijin-hospital', (f) => (f.geometry.crs = 'EPSG:4490'))
);
add(
	'place: a polygon of 100,000 positions crossing itself near the end of its ring',
	/"shanghai-medvalley", field "geometry": self-intersecting polygon near \[121\.\d+, 31\.\d+\]/,
	place(PLACE, (f) => {
		f.geometry = ring(100_000, true);
		f.properties.precision = 'approximate';
	})
);
add('place: a feature that is not an object', /^geo\/places\.geojson: /, (s) =>
	json(s, 'places', (c) => c.features.push('anting'))
);
add('place: features not an array', /^geo\/places\.geojson: /, (s) =>
	json(s, 'places', (c) => (c.features = {}))
);

// --- Disagreements.
const DIS = 'usd-value-of-100-billion-yuan';
const dis = (edit: (d: Json, all: Json[]) => void) => (s: AllSources) =>
	json(s, 'disagreements', (all: Json[]) => edit(byId(all, DIS), all));
add(
	'disagreement: duplicate id',
	field('disagreements', DIS, 'id'),
	dis((d, all) =>
		all.push({
			...structuredClone(d),
			facts: ['biopharma-enterprises-total', 'medical-output-2022']
		})
	)
);
add('disagreement: a fact in two', /is already in the disagreement/, (s) =>
	json(s, 'disagreements', (all: Json[]) =>
		all.push({ ...structuredClone(all[1]), id: 'copy-of-it' })
	)
);
add(
	'disagreement: an unknown fact',
	field('disagreements', DIS, 'facts'),
	dis((d) => d.facts.push('no-such-fact'))
);
add(
	'disagreement: one fact only',
	field('disagreements', DIS, 'facts'),
	dis((d) => (d.facts = d.facts.slice(0, 1)))
);
add(
	'disagreement: a fact listed twice',
	field('disagreements', DIS, 'facts'),
	dis((d) => d.facts.push(d.facts[0]))
);
add(
	'disagreement: missing note',
	field('disagreements', DIS, 'note'),
	dis((d) => delete d.note)
);
add(
	'disagreement: missing about',
	field('disagreements', DIS, 'about'),
	dis((d) => delete d.about)
);
add(
	'disagreement: missing about_zh',
	field('disagreements', DIS, 'about_zh'),
	dis((d) => delete d.about_zh)
);
add(
	'disagreement: missing note_zh',
	field('disagreements', DIS, 'note_zh'),
	dis((d) => delete d.note_zh)
);
add(
	'disagreement: note_zh in English',
	field('disagreements', DIS, 'note_zh'),
	dis((d) => (d.note_zh = d.note))
);
add(
	'disagreement: misspelt note',
	/field "notes": not a field of this record/,
	dis((d) => (d.notes = d.note))
);
add(
	'disagreement: id not a slug',
	/field "id": /,
	dis((d) => (d.id = 'USD value'))
);
add(
	'disagreement: facts that give the same figures',
	field('disagreements', 'copy', 'facts'),
	(s) =>
		json(s, 'disagreements', (all: Json[]) =>
			all.push({
				id: 'copy',
				about: 'Two facts that give no figure',
				about_zh: '两条不给出数字的事实',
				facts: ['jiading-seeks-health-investment', 'jiading-medical-direction'],
				note: 'They do not disagree at all.',
				note_zh: '它们根本没有分歧。'
			})
		)
);
add('disagreement: a recorded one removed', /record the disagreement/, (s) =>
	json(s, 'disagreements', (all: Json[]) => all.splice(all.indexOf(byId(all, DIS)), 1))
);

// --- Unmapped figures and claims.
const um = (i: number, edit: (u: Json, all: Json[]) => void) => (s: AllSources) =>
	json(s, 'unmapped', (all: Json[]) => edit(all[i]!, all));
const uc = (i: number, edit: (u: Json, all: Json[]) => void) => (s: AllSources) =>
	json(s, 'unmappedClaims', (all: Json[]) => edit(all[i]!, all));
add(
	'unmapped figure: unknown article',
	/^geo\/unmapped-figures\.json: .*article/,
	um(0, (u) => (u.article = 'no-such-article'))
);
add(
	'unmapped figure: figure not in its context',
	/^geo\/unmapped-figures\.json: /,
	um(0, (u) => (u.figure = '391'))
);
add(
	'unmapped figure: context not in the article',
	/^geo\/unmapped-figures\.json: /,
	um(0, (u) => (u.context = 'among the 391 new key industrial projects'))
);
add(
	'unmapped figure: reason too short',
	/^geo\/unmapped-figures\.json: .*reason/,
	um(0, (u) => (u.reason = 'dup'))
);
add(
	'unmapped figure: misspelt reason',
	/field "reasons": not a field/,
	um(0, (u) => (u.reasons = u.reason))
);
add(
	'unmapped figure: listed twice',
	/^geo\/unmapped-figures\.json: /,
	um(0, (u, all) => all.push(structuredClone(u)))
);
add('unmapped figure: also a fact', /^geo\/(unmapped-figures|facts)\.json: /, (s) =>
	json(s, 'unmapped', (all: Json[]) =>
		all.push({
			article: 'shanghai-medvalley-strengthens-jiadings-biopharma-sector',
			figure: '2.2',
			context: 'With a planned area of 2.2 square kilometers',
			reason: 'Listed here by mistake, though a fact.'
		})
	)
);
add(
	'unmapped figure: missing figure',
	/^geo\/unmapped-figures\.json: .*figure/,
	um(0, (u) => delete u.figure)
);
add(
	'unmapped claim: unknown place',
	/^geo\/unmapped-claims\.json: .*place/,
	uc(0, (u) => (u.place = 'nowhere'))
);
add(
	'unmapped claim: unknown article',
	/^geo\/unmapped-claims\.json: .*article/,
	uc(0, (u) => (u.article = 'no-such-article'))
);
add(
	'unmapped claim: context not in the article',
	/^geo\/unmapped-claims\.json: /,
	uc(0, (u) => (u.context = 'Lu Fangzhou, mayor of Jiading'))
);
add(
	'unmapped claim: context does not name the place',
	/^geo\/unmapped-claims\.json: /,
	uc(1, (u) => (u.place = 'anting'))
);
add(
	'unmapped claim: misspelt field',
	/field "contxt": not a field/,
	uc(0, (u) => (u.contxt = u.context))
);
add(
	'unmapped claim: listed twice',
	/^geo\/unmapped-claims\.json: /,
	uc(0, (u, all) => all.push(structuredClone(u)))
);
add('unmapped claim: a claim removed leaves it uncovered', /^geo\//, (s) =>
	json(s, 'unmappedClaims', (all: Json[]) => all.splice(0, 1))
);

// --- Tour.
const CH = 'layout';
add(
	'tour: unknown fact',
	field('tour', CH, 'facts'),
	chapter(CH, (c) => c.facts.push('no-such-fact'))
);
add(
	'tour: unknown place to open',
	field('tour', CH, 'open'),
	chapter(CH, (c) => (c.open = 'nowhere'))
);
add(
	'tour: unknown place to frame',
	field('tour', CH, 'frame'),
	chapter(CH, (c) => c.frame.push('nowhere'))
);
add('tour: duplicate chapter', field('tour', CH, 'id'), (s) =>
	json(s, 'tour', (all: Json[]) => all.push(structuredClone(byId(all, CH))))
);
add(
	'tour: misspelt trace',
	/field "trac": not a field/,
	chapter(CH, (c) => (c.trac = { place: 'one-axis', from: 'anting' }))
);
add(
	'tour: trace along a point',
	field('tour', CH, 'trace'),
	chapter(CH, (c) => (c.trace = { place: 'ruijin-hospital', from: 'anting' }))
);
add(
	'tour: trace with a misspelt field',
	/field "trace\.form": not a field/,
	chapter(CH, (c) => (c.trace = { place: 'one-axis', form: 'anting' }))
);
add(
	'tour: missing title_zh_source',
	field('tour', CH, 'title_zh_source'),
	chapter(CH, (c) => delete c.title_zh_source)
);
add(
	'tour: no facts',
	field('tour', CH, 'facts'),
	chapter(CH, (c) => (c.facts = []))
);
add(
	'tour: a fact twice',
	field('tour', CH, 'facts'),
	chapter(CH, (c) => c.facts.push(c.facts[0]))
);
add('tour: empty', /^geo\/tour\.json: /, (s) => (s.tour = { ...s.tour, text: '[]' }));
add(
	'tour: a title with a figure no fact gives',
	field('tour', CH, 'title_en'),
	chapter(CH, (c) => (c.title_en = 'The 12 parks of Jiading'))
);

// --- Basemap layers.
add('basemap: invalid JSON', /^geo\/basemap\/water\.geojson: invalid JSON/, (s) => {
	const i = s.basemap.findIndex((b) => b.path.endsWith('water.geojson'));
	s.basemap[i] = { ...s.basemap[i]!, text: '{' };
});
add(
	'basemap: a feature without a licence',
	/^geo\/basemap\/metro-lines\.geojson: /,
	basemap('metro-lines', (c) => delete c.features[0].properties.licence)
);
add(
	'basemap: a feature without a source',
	/^geo\/basemap\/metro-lines\.geojson: /,
	basemap('metro-lines', (c) => delete c.features[0].properties.source)
);
add(
	'basemap: a feature of an unknown layer',
	/^geo\/basemap\/metro-lines\.geojson: /,
	basemap('metro-lines', (c) => (c.features[0].properties.layer = 'tram'))
);
add(
	'basemap: a station outside the map',
	/^geo\/basemap\/metro-stations\.geojson: /,
	basemap('metro-stations', (c) => (c.features[0].geometry.coordinates = [116.4, 39.9]))
);
add(
	'basemap: a line of one position',
	/^geo\/basemap\/jiamin-line\.geojson: /,
	basemap('jiamin-line', (c) => (c.features[0].geometry.coordinates = [[121.25, 31.35]]))
);
add(
	'basemap: a misspelt property',
	/^geo\/basemap\/water\.geojson: .*not a field/,
	basemap('water', (c) => (c.features[0].properties.nmae = 'x'))
);
add(
	'basemap: duplicate feature id',
	/^geo\/basemap\/metro-stations\.geojson: /,
	basemap('metro-stations', (c) => c.features.push(structuredClone(c.features[0])))
);
add(
	'basemap: not a FeatureCollection',
	/^geo\/basemap\/water\.geojson: /,
	basemap('water', (c) => (c.type = 'Feature'))
);
add(
	'basemap: a string coordinate',
	/^geo\/basemap\/metro-stations\.geojson: /,
	basemap('metro-stations', (c) => (c.features[0].geometry.coordinates = ['121.2', '31.3']))
);

// --- Seeds, in memory. A seed edited in memory no longer has its recorded sum; `recorded` cases
// also record the edit (as a curator who re-records the sums would), to reach the checks behind.
const recorded =
	(...edits: ((s: AllSources) => void)[]) =>
	(s: AllSources) => {
		for (const edit of edits) edit(s);
		s.seedSums = { ...s.seedSums, text: seedSumsText(s.seeds) };
	};
const FORUM_SENTENCE = 'was held in Jiading District on September 26.';
add(
	'seed: edited without recording its sum',
	/^seeds\/004_[0-9a-f]+\.txt: changed since it was recorded in geo\/seeds\.sha256/,
	seed(4, (t) => t.replace('planned area of 2.2 square', 'planned area of 2.5 square'))
);
add(
	'seed: a quoted figure changed in the only copy',
	/^geo\/facts\.json: "medvalley-planned-area", field "quote"/,
	recorded(seed(4, (t) => t.replace('planned area of 2.2 square', 'planned area of 2.5 square')))
);
add(
	'seed: emptied',
	/^seeds\/001_[0-9a-f]+\.txt: is empty/,
	seed(1, () => '')
);
add(
	'seed: blank lines only',
	/^seeds\/001_[0-9a-f]+\.txt: is empty/,
	seed(1, () => '\n\n  \n')
);
add(
	'seed: no headline at all',
	/^seeds\/001_[0-9a-f]+\.txt: .*before any headline|^seeds\/001_[0-9a-f]+\.txt: holds no article/,
	recorded(seed(1, () => 'just a line of text.\n'))
);
add(
	'seed: CR-only line ends',
	/^seeds\/002_[0-9a-f]+\.txt: uses CR-only line ends/,
	seed(2, (t) => t.replace(/\r?\n/g, '\r'))
);
add(
	'seed: full-width digits reach the figure finder',
	/figure "３００" is neither a fact nor listed/,
	recorded(
		seed(0, (t) => t.replace(FORUM_SENTENCE, `${FORUM_SENTENCE} It drew ３００ guests.`)),
		seed(1, (t) => t.replace(FORUM_SENTENCE, `${FORUM_SENTENCE} It drew ３００ guests.`))
	)
);
add(
	'seed: a byline before any headline',
	/^seeds\/000_[0-9a-f]+\.txt: line 1: byline/,
	recorded(seed(0, (t) => 'Yu Chao and Shi Jingyun\n\n' + t.trimStart()))
);
add(
	'seed: a byte-order mark',
	/^seeds\/000_[0-9a-f]+\.txt: starts with a byte-order mark/,
	seed(0, (t) => '\uFEFF' + t)
);
add(
	'seed: a replacement character (bad bytes decoded)',
	/^seeds\/000_[0-9a-f]+\.txt: holds a replacement character/,
	seed(0, (t) => t.replace('forum', 'for\uFFFDm'))
);
add(
	'seed: a new figure in both copies of an article',
	/figure "300" is neither a fact nor listed/,
	recorded(
		seed(0, (t) => t.replace(FORUM_SENTENCE, `${FORUM_SENTENCE} It drew 300 guests.`)),
		seed(1, (t) => t.replace(FORUM_SENTENCE, `${FORUM_SENTENCE} It drew 300 guests.`))
	)
);
add(
	'seed: a figure changed in the second copy of an article',
	/^seeds\/001_[0-9a-f]+\.txt: "forum-on-medical-industrial-cluster": its copy prints "September 27" where .* prints "September 26"/,
	recorded(seed(1, (t) => t.replace('September 26', 'September 27')))
);
add(
	'seed: a figure added to the second copy of an article',
	/^seeds\/00[01]_[0-9a-f]+\.txt: .*two copies of one article disagree on a figure/,
	recorded(seed(1, (t) => t.replace(FORUM_SENTENCE, `${FORUM_SENTENCE} It drew 300 guests.`)))
);
add(
	'seed: a whole seed removed',
	/^seeds\/000_[0-9a-f]+\.txt: missing: geo\/seeds\.sha256 records it/,
	(s) => void s.seeds.splice(0, 1)
);
add(
	'seed: a whole seed removed and its sum too',
	/^geo\/facts\.json: .*unknown article "north-hongqiao-business-district-pushes-transport-hub-construction"/,
	recorded((s) => void s.seeds.splice(0, 1))
);
add(
	'seed sums: a line that is not a sum',
	/^geo\/seeds\.sha256: field "line 1": not a "<sha256> {2}seeds\/<file>" line/,
	(s) => (s.seedSums = { ...s.seedSums, text: 'abc  seeds/000.txt\n' + s.seedSums.text })
);

// --- Seeds and files on disk: what reading the content root must catch.
function copyRoot(): string {
	const root = mkdtempSync(join(tmpdir(), 'atlas-malformed-'));
	cpSync(join(process.cwd(), 'seeds'), join(root, 'seeds'), { recursive: true });
	cpSync(join(process.cwd(), 'geo'), join(root, 'geo'), { recursive: true });
	return root;
}
const seedPath = (root: string, n: number) => join(root, readSources(process.cwd()).seeds[n]!.path);
const recordOnDisk = (root: string) =>
	writeFileSync(join(root, 'geo', 'seeds.sha256'), seedSumsText(readSources(root).seeds));
addOnDisk(
	'disk: a seed with invalid UTF-8',
	/^seeds\/000_[0-9a-f]+\.txt: is not valid UTF-8 \(first bad byte on line \d+\)/,
	(root) => {
		const bytes = readFileSync(seedPath(root, 0));
		writeFileSync(
			seedPath(root, 0),
			Buffer.concat([bytes.subarray(0, 200), Buffer.from([0xff, 0xfe]), bytes.subarray(200)])
		);
	}
);
addOnDisk(
	'disk: a seed saved as .TXT is read, and named as not recorded',
	/^seeds\/000_[0-9a-f]+\.TXT: not recorded in geo\/seeds\.sha256/,
	(root) => renameSync(seedPath(root, 0), seedPath(root, 0).replace(/\.txt$/, '.TXT'))
);
addOnDisk('disk: a seed saved as .TXT and recorded builds as before', null, (root) => {
	renameSync(seedPath(root, 0), seedPath(root, 0).replace(/\.txt$/, '.TXT'));
	recordOnDisk(root);
});
addOnDisk('disk: a markdown file in seeds/', /^seeds\/notes\.md: not a seed/, (root) =>
	writeFileSync(join(root, 'seeds', 'notes.md'), '# notes\n')
);
addOnDisk(
	'disk: the second copy of an article deleted',
	/^seeds\/001_[0-9a-f]+\.txt: missing: geo\/seeds\.sha256 records it/,
	(root) => rmSync(seedPath(root, 1))
);
addOnDisk(
	'disk: the second copy of an article emptied',
	/^seeds\/001_[0-9a-f]+\.txt: is empty/,
	(root) => writeFileSync(seedPath(root, 1), '')
);
addOnDisk(
	'disk: a figure changed in the second copy of an article',
	/^seeds\/001_[0-9a-f]+\.txt: changed since it was recorded/,
	(root) => {
		const text = readFileSync(seedPath(root, 1), 'utf8');
		writeFileSync(seedPath(root, 1), text.replace('September 26', 'September 27'));
	}
);
addOnDisk('disk: the seed sums missing', /geo\/seeds\.sha256: no such file/, (root) =>
	rmSync(join(root, 'geo', 'seeds.sha256'))
);
addOnDisk(
	'disk: a broken extra basemap file',
	/^geo\/basemap\/roads\.geojson: invalid JSON/,
	(root) => writeFileSync(join(root, 'geo', 'basemap', 'roads.geojson'), '{ not json')
);
addOnDisk(
	'disk: a basemap file of another extension',
	/^geo\/basemap\/roads\.json: not a basemap layer/,
	(root) => writeFileSync(join(root, 'geo', 'basemap', 'roads.json'), '{}')
);
addOnDisk(
	'disk: facts.json with invalid UTF-8',
	/^geo\/facts\.json: is not valid UTF-8/,
	(root) => {
		const path = join(root, 'geo', 'facts.json');
		const bytes = readFileSync(path);
		writeFileSync(
			path,
			Buffer.concat([bytes.subarray(0, 300), Buffer.from([0xc3, 0x28]), bytes.subarray(300)])
		);
	}
);

const realSources = (root: string): AllSources => ({ ...readSources(root), tour: readTour(root) });
const results = { cases: 0, clear: 0, silent: [] as string[], unclear: [] as string[] };

describe('the malformed-data suite', () => {
	it('the real sources pass', () => {
		expect(problemsOf(realSources(process.cwd()))).toEqual([]);
	});

	it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
		let problems: string[];
		if (c.onDisk) {
			const root = copyRoot();
			try {
				c.onDisk(root);
				problems = (() => {
					try {
						return problemsOf(realSources(root));
					} catch (error) {
						// Reading the root may itself refuse a file: that is a clear rejection too.
						return [(error as Error).message];
					}
				})();
			} finally {
				rmSync(root, { recursive: true, force: true });
			}
		} else {
			const sources = structuredClone(realSources(process.cwd()));
			c.edit!(sources);
			problems = problemsOf(sources);
		}
		if (c.expected === null) {
			expect(problems, 'a control case builds as before').toEqual([]);
			return;
		}
		const expected = c.expected;
		results.cases++;
		if (problems.length === 0) results.silent.push(c.name);
		else if (
			!problems.some((p) => expected.test(p)) ||
			problems.length > CASCADE ||
			problems.some((p) => !/^(geo|seeds)\//.test(p))
		)
			results.unclear.push(`${c.name}:\n    ${problems.join('\n    ')}`);
		else results.clear++;
		expect(problems, 'accepted silently').not.toEqual([]);
		expect(problems.length, `a cascade:\n${problems.join('\n')}`).toBeLessThanOrEqual(CASCADE);
		for (const p of problems) expect(p, 'every message names its file').toMatch(/^(geo|seeds)\//);
		expect(problems, 'the expected message').toContainEqual(expect.stringMatching(expected));
	});

	afterAll(() => {
		console.log(
			`malformed-data suite: ${results.cases} cases, ${results.clear} rejected clearly, ` +
				`${results.silent.length} accepted silently, ${results.unclear.length} unclear`
		);
		if (process.env.MALFORMED_REPORT) {
			console.log('SILENT:\n  ' + results.silent.join('\n  '));
			console.log('UNCLEAR:\n  ' + results.unclear.join('\n  '));
		}
	});
});
