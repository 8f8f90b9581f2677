import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { INDUSTRIES } from '$lib/schema/vocabulary';
import { PANEL_LAYOUT } from './panel-layout';
import Color from 'colorjs.io';
import {
	COLOUR_SCHEMES,
	cssVariableEntries,
	cssVariables,
	DARK_THEME,
	PALETTES,
	THEME,
	themeStylesheet,
	withAlpha,
	type Theme
} from './theme';

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
		// Of the map's colours only those the page's CSS paints with: the rest are the map style's.
		expect(sheet).toContain(`--map-outside:${THEME.map.outside}`);
		expect(sheet).not.toContain('--map-expressway');
		expect(sheet).not.toContain('--map-street-');
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

const ratio = (a: string, b: string) => new Color(a).contrast(new Color(b), 'WCAG21');

describe('light and dark (#15)', () => {
	test('the dark palette names the same colours as the light one, each a colour', () => {
		const names = (palette: Theme) => cssVariableEntries(palette).map(([name]) => name);
		expect(names(DARK_THEME)).toEqual(names(THEME));
		for (const [name, colour] of cssVariableEntries(DARK_THEME))
			expect(colour, name).toMatch(/^#[0-9a-f]{6}$/);
	});

	for (const scheme of COLOUR_SCHEMES) {
		const p = PALETTES[scheme];
		test(`${scheme}: text is at least 4.5:1 on everything it is written on (WCAG 1.4.3)`, () => {
			const grounds = { paper: p.paper, surface: p.surface, hover: p.hover, current: p.current };
			const more = { highlight: p.highlight, tableHead: p.tableHead, mark: p.mark };
			for (const [ground, colour] of Object.entries({ ...grounds, ...more }))
				for (const [text, ink] of Object.entries({
					ink: p.ink,
					inkSoft: p.inkSoft,
					accent: p.accent
				}))
					if (!(ground === 'mark' && text === 'inkSoft'))
						expect(ratio(ink, colour), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
			expect(ratio(p.onFill, p.accent), 'a primary button').toBeGreaterThanOrEqual(4.5);
			expect(ratio(p.onFill, p.ink), 'a pressed button').toBeGreaterThanOrEqual(4.5);
			for (const text of [p.caution.ink, p.caution.heading])
				expect(ratio(text, p.caution.surface), 'a caution').toBeGreaterThanOrEqual(4.5);
		});

		test(`${scheme}: marks are at least 3:1 against the paper and panels (WCAG 1.4.11)`, () => {
			const marks = {
				...Object.fromEntries(Object.entries(p.industry)),
				neutral: p.neutral,
				axis: p.axis,
				'focus ring': p.accent,
				'field border': p.fieldLine,
				'caution rule': p.caution.line
			};
			for (const [mark, colour] of Object.entries(marks))
				for (const ground of [p.paper, p.surface])
					expect(ratio(colour, ground), `${mark} on ${ground}`).toBeGreaterThanOrEqual(3);
		});
	}

	test('the dark palette is dark: light text on dark paper', () => {
		expect(new Color(DARK_THEME.paper).luminance).toBeLessThan(0.05);
		expect(new Color(DARK_THEME.ink).luminance).toBeGreaterThan(0.7);
		expect(new Color(DARK_THEME.map.outside).luminance).toBeLessThan(0.05);
	});

	test('the stylesheet is light, dark where the system prefers it and the reader has not chosen light, dark where the reader chose it, and light in print', () => {
		const sheet = themeStylesheet();
		const rules = sheet.split('\n');
		const root = rules.find((r) => r.startsWith(':root{'))!;
		expect(root).toContain(`--paper:${THEME.paper}`);
		expect(root).toContain('color-scheme:light');
		const system = rules.find((r) => r.includes('prefers-color-scheme:dark'))!;
		expect(system).toMatch(
			/^@media screen and \(prefers-color-scheme:dark\)\{:root:not\(\[data-scheme="light"\]\)\{/
		);
		const chosen = rules.find((r) => r.includes('[data-scheme="dark"]'))!;
		expect(chosen.startsWith('@media screen{')).toBe(true);
		for (const rule of [system, chosen]) {
			expect(rule).toContain(`--paper:${DARK_THEME.paper}`);
			expect(rule).toContain(`--map-outside:${DARK_THEME.map.outside}`);
			expect(rule).toContain('color-scheme:dark');
		}
		// Only screens: nothing dark outside the two rules (print is light).
		const elsewhere = rules.filter((r) => r !== system && r !== chosen).join('\n');
		expect(elsewhere).not.toContain(DARK_THEME.paper);
	});
});
