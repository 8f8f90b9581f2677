import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { INDUSTRIES } from '$lib/schema/vocabulary';
import { PANEL_LAYOUT } from './panel-layout';
import { cssVariableEntries, cssVariables, THEME, themeStylesheet, withAlpha } from './theme';

const SRC = join(process.cwd(), 'src');
const THEME_FILE = join(SRC, 'lib', 'theme.ts');

/** Every source file under src/ that may hold a colour: code, components, styles, pages. */
function sourceFiles(dir = SRC): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte|css|html)$/.test(entry.name) ? [path] : [];
	});
}

const scanned = () =>
	sourceFiles().filter((file) => file !== THEME_FILE && !/\.spec\.ts$/.test(file));

/**
 * A hex colour (#rgb, #rgba, #rrggbb, #rrggbbaa) standing on its own: not an anchor or URL
 * fragment (`href="#place-list"`, `url(#fade)`, `/#12/31/121`), an HTML entity (`&#123;`), a
 * private field (`this.#map`) or a template (`#${id}`).
 */
const HEX_COLOUR =
	/(?<![\w&.$/{-])(?<!href=["'])(?<!url\()#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;

/** `file:line: text` for each hex colour in the text. */
function hexColours(text: string, file: string): string[] {
	return text
		.split('\n')
		.flatMap((line, i) =>
			[...line.matchAll(HEX_COLOUR)].map(
				(m) => `${relative(process.cwd(), file)}:${i + 1}: ${m[0]} in ${line.trim()}`
			)
		);
}

describe('one palette', () => {
	test('no file under src/ but the theme writes a hex colour', () => {
		const found = scanned().flatMap((file) => hexColours(readFileSync(file, 'utf8'), file));
		expect(found, found.join('\n')).toEqual([]);
	});

	test('the scan finds colours and leaves anchors, fragments and private fields alone', () => {
		const hits = (text: string) => hexColours(text, 'x.svelte').length;
		expect(hits('color: #fff;')).toBe(1);
		expect(hits("fill: '#1d2433'")).toBe(1);
		expect(hits('border: 1px solid #b45309aa')).toBe(1);
		expect(hits('box-shadow: 0 0 0 1px #abc, 0 0 2px #ABCDEF')).toBe(2);
		expect(hits('<a href="#place-list">')).toBe(0);
		expect(hits('<a href="#add">')).toBe(0);
		expect(hits('fill="url(#fade)"')).toBe(0);
		expect(hits('goto(`#${id}`)')).toBe(0);
		expect(hits('this.#face = 1; location.hash = "/#10/31/121"')).toBe(0);
		expect(hits('&#123; {#each xs as x}')).toBe(0);
		expect(hits('issue #12, #place')).toBe(0);
	});

	test('writes every colour of the palette as a custom property, each name once', () => {
		const entries = cssVariableEntries(THEME);
		const names = entries.map(([name]) => name);
		expect(new Set(names).size).toBe(names.length);
		expect(entries).toContainEqual(['--ink', THEME.ink]);
		expect(entries).toContainEqual(['--ink-soft', THEME.inkSoft]);
		expect(entries).toContainEqual(['--caution-line', THEME.caution.line]);
		expect(entries).toContainEqual(['--map-water', THEME.map.water]);
		expect(entries).toContainEqual([
			'--industry-medical-equipment',
			THEME.industry['medical-equipment']
		]);
		for (const [, colour] of entries) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
		const css = cssVariables();
		expect(css.startsWith(':root{')).toBe(true);
		expect(css).toContain(`--paper:${THEME.paper}`);
	});

	test('the stylesheet declares the palette, the panel sizes and a colour per industry', () => {
		const sheet = themeStylesheet();
		expect(sheet).toContain(`--paper:${THEME.paper}`);
		expect(sheet).toContain(`--sidebar-width:${PANEL_LAYOUT.sidebar}rem`);
		expect(sheet).toContain(`--panel-width:${PANEL_LAYOUT.panel}rem`);
		for (const industry of INDUSTRIES)
			expect(sheet).toContain(`.industry-${industry}{--industry:var(--industry-${industry})}`);
		expect(sheet).toContain('.industry-none{--industry:var(--neutral)}');
	});

	test('every industry has a colour', () => {
		expect(Object.keys(THEME.industry).sort()).toEqual([...INDUSTRIES].sort());
	});

	test('every custom property a page uses is the palette’s or declared on the page', () => {
		const files = scanned().filter((f) => /\.(svelte|css)$/.test(f));
		const texts = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
		const declared = new Set([...themeStylesheet().matchAll(/[{;](--[\w-]+):/g)].map((m) => m[1]!));
		for (const [, text] of texts)
			for (const m of text.matchAll(/(?:^|[\s;{]|style:)(--[\w-]+)\s*[:=]/g)) declared.add(m[1]!);
		const missing = texts.flatMap(([file, text]) =>
			[...text.matchAll(/var\((--[\w-]+)/g)]
				.filter((m) => !declared.has(m[1]!))
				.map((m) => `${relative(process.cwd(), file)}: ${m[1]}`)
		);
		expect(missing, missing.join('\n')).toEqual([]);
	});

	test('withAlpha adds an alpha to a colour', () => {
		expect(withAlpha('#ffffff', 0.9)).toBe('#ffffffe6');
		expect(withAlpha('#1d2433', 1)).toBe('#1d2433ff');
		expect(withAlpha('#abc', 0)).toBe('#aabbcc00');
	});
});
