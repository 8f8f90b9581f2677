import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { EN } from './messages';
import { EN_PAGES } from './messages-pages';
import { ZH_PAGES } from './messages-pages-zh';
import { ZH } from './messages-zh';

/**
 * Names that stay as they are inside Chinese text: software, formats and standards as they are
 * published, the keys of the keyboard, and an alias readers type ("MedValley", in the search
 * field's example). Anything else in Latin letters is English left untranslated.
 */
const KEPT_NAMES = [
	'OpenStreetMap',
	'ODbL',
	'MapLibre',
	'GeoJSON',
	'JSON Schema',
	'CSV',
	'PNG',
	// The paper size and the print resolution, as printers name them.
	'A4',
	'dpi',
	'WebGL',
	'JavaScript',
	'BSD-3-Clause',
	'RFC',
	'DataV',
	'MedValley',
	'Shift',
	'N'
];

/** Messages that are English on purpose, in both interfaces. */
const ENGLISH_ON_PURPOSE = new Set([
	// The button that switches to English says so in English (it carries lang="en"), and the
	// atlas's name in the other language is English in Chinese.
	'lang.switch',
	'app.title.other'
]);

/** Every Chinese string of the interface, named by its table and key. */
function chineseTexts(): [string, string][] {
	const tables = {
		kind: ZH.kinds,
		industry: ZH.industries,
		role: ZH.roles,
		precision: ZH.precisions,
		factKind: ZH.factKinds,
		mapControl: ZH.mapControls,
		licence: ZH.licenceNotes
	};
	return [
		...Object.entries(ZH.messages),
		...Object.entries(ZH_PAGES),
		...Object.entries(tables).flatMap(([table, texts]) =>
			Object.entries(texts).map(([key, text]): [string, string] => [`${table}:${key}`, text])
		),
		['motto', ZH.motto]
	];
}

const placeholders = (text: string) => Array.from(text.matchAll(/\{\w+\}/g), (m) => m[0]);
const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, '');
/** Han characters and CJK punctuation (、。：（）…). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;

test('every Chinese interface text with words in it is written in Chinese', () => {
	const english = chineseTexts().filter(([key, text]) => {
		const words = withoutPlaceholders(text);
		return !ENGLISH_ON_PURPOSE.has(key) && /\p{L}/u.test(words) && !CJK.test(words);
	});
	expect(english).toEqual([]);
});

test('Chinese interface text keeps in Latin letters only the names on the allow-list', () => {
	const kept = [...KEPT_NAMES].sort((a, b) => b.length - a.length);
	const leaks = chineseTexts()
		.filter(([key]) => !ENGLISH_ON_PURPOSE.has(key))
		.map(([key, text]) => {
			const rest = kept.reduce((t, name) => t.replaceAll(name, ' '), withoutPlaceholders(text));
			return [key, rest.match(/[A-Za-z]+/g)?.join(' ') ?? ''];
		})
		.filter(([, words]) => words !== '');
	expect(leaks).toEqual([]);
});

test('no Chinese message is empty', () => {
	const empty = chineseTexts().filter(([, text]) => text.trim() === '');
	expect(empty).toEqual([]);
});

test('a Chinese message fills in only placeholders its English message has', () => {
	const english: Record<string, string> = { ...EN.messages, ...EN_PAGES };
	const unknown = [...Object.entries(ZH.messages), ...Object.entries(ZH_PAGES)].flatMap(
		([key, text]) => {
			const known = placeholders(english[key]!);
			return placeholders(text)
				.filter((p) => !known.includes(p))
				.map((p) => `${key}: ${p}`);
		}
	);
	expect(unknown).toEqual([]);
});

test('every word of MapLibre’s controls given in English is given in Chinese', () => {
	expect(Object.keys(ZH.mapControls).sort()).toEqual(Object.keys(EN.mapControls).sort());
});

test('the pages’ text is the same set of keys in both languages, and only the pages use it', () => {
	expect(Object.keys(ZH_PAGES).sort()).toEqual(Object.keys(EN_PAGES).sort());
	// Code outside the pages that fetch it (src/routes/(pages)/+layout.ts) names no key of it.
	const pagesOnly = [
		'src/routes/(pages)/',
		'src/lib/components/planner/',
		'src/lib/components/timeline/',
		'src/lib/components/article/',
		'src/lib/planner/'
	];
	const keys = Object.keys(EN_PAGES);
	const named = readdirSync('src', { recursive: true, encoding: 'utf8' })
		.map((file) => `src/${file}`)
		.filter((file) => /\.(ts|svelte)$/.test(file))
		.filter((file) => !pagesOnly.some((dir) => file.startsWith(dir)))
		.filter((file) => !file.startsWith('src/lib/i18n/') && !file.endsWith('.spec.ts'))
		.flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			return keys.filter((key) => text.includes(`'${key}'`)).map((key) => `${file}: ${key}`);
		});
	expect(named).toEqual([]);
	// Dynamic keys (`planner.mark.${…}`) are built only in the pages' own code.
	expect(keys.every((key) => !key.startsWith('link.') && !key.startsWith('search.'))).toBe(true);
});
