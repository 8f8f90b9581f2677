/**
 * The atlas's one palette: every colour of the map, the legend, the pages and the exported
 * pictures, each named for what it is for. No other file in src/ writes a hex colour (a test
 * checks): the map style and canvas drawings read `THEME`, and pages read CSS custom properties that
 * `themeStylesheet` writes from it (bundled with the app's CSS), e.g. `THEME.inkSoft` is
 * `var(--ink-soft)` and `THEME.caution.line` is `var(--caution-line)`.
 *
 * Industry colours are distinct in hue and dark enough for 3:1 contrast against the paper
 * (WCAG 1.4.11, non-text contrast); map text is always ink with a halo of the paper's colour.
 * `THEME` is the light palette; `DARK_THEME` has its shape (PALETTES holds both). Paper (print,
 * the exported pictures) is always light.
 */
import { PANEL_LAYOUT } from './panel-layout';
import type { Industry } from '$lib/schema/vocabulary';

/** A colour group: colours by name, or groups of them. */
export interface Palette {
	readonly [name: string]: string | Palette;
}

/** The One Axis green: its band and line, the planner's corridor along it, the layout motto. */
const AXIS = '#237a3b';
/** Measurements drawn on the map and the measuring tool that draws them. */
const MEASURE = '#b45309';
const WHITE = '#ffffff';

export const THEME = {
	/** Text. */
	ink: '#1d2433',
	/** Secondary text, notes and quiet marks (the precision key). */
	inkSoft: '#4a5468',
	/** The page, and the district's land on the map. */
	paper: '#fbfaf7',
	/** Panels, cards, buttons and fields, over the paper or the map. */
	surface: WHITE,
	/** Text and rings on a filled colour: a primary or pressed button, a legend swatch. */
	onFill: WHITE,
	/** Rules and borders. */
	line: '#d9d6cc',
	/** A text field's border, darker than `line` so the field stands out. */
	fieldLine: '#8a8f98',
	/** Links, focus rings and primary buttons. */
	accent: '#0b5c7a',
	/** A list row under the pointer. */
	hover: '#eef1f5',
	/** The list row open now, or the search result chosen. */
	current: '#dde9f0',
	/** A selected table row; the tour chapter playing now. */
	highlight: '#e6f0f4',
	/** Table headings. */
	tableHead: '#f3f1ec',
	/** A passage of an article the reader was sent to (text on it: ink 12:1, accent 5.4:1). */
	mark: '#ffd84d',
	/** Tour chapters already seen. */
	progress: '#7fa7b8',
	axis: AXIS,
	/** Something to mind: sources that disagree, a failed export, problems on the kiosk. */
	caution: {
		line: '#b45309',
		surface: '#fff7ed',
		rule: '#fed7aa',
		heading: '#7c2d12',
		ink: '#9a3412'
	},
	/** What the planner draws over the map. */
	overlay: {
		corridor: AXIS,
		measure: MEASURE,
		/** The fill of a measured point, inside its ring. */
		vertex: WHITE
	},
	/** The base map under the places. */
	map: {
		/** Beyond the basemap's extent. */
		outside: '#e9ebe4',
		neighbour: '#e2e4dc',
		neighbourLine: '#c4c6bb',
		/** The district's outline, and the tint of a hovered or selected town. */
		districtLine: '#4a5468',
		townLine: '#8a8f98',
		water: '#bcd7ec',
		waterLine: '#8fb8d8',
		expressway: '#e3c79c',
		metro: '#9aa8bb',
		jiamin: '#5a6478',
		station: '#6b7280',
		/** Around labels and points, so they read over anything. */
		halo: WHITE,
		/** A hovered or selected point's ring. */
		focus: '#111827',
		/** The street basemap from an OpenStreetMap extract (map/street-style.ts), under the places. */
		street: {
			industrial: '#ebe5ee',
			commercial: '#f4ebe4',
			residential: '#f1efe9',
			farmland: '#eef2e1',
			green: '#dbe9cc',
			park: '#cfe6c2',
			building: '#e2ddd3',
			buildingLine: '#cdc6b8',
			casing: '#c9c3b5',
			road: WHITE,
			major: '#fbe2b0',
			rail: '#9ca1aa',
			/** Road names and POIs: ink on the halo, at least 4.5:1. */
			label: '#4a5468',
			waterLabel: '#2b5a80',
			parkLabel: '#35612e'
		}
	},
	/** Places by primary industry. */
	industry: {
		'medical-equipment': '#0a6c94',
		'precision-medicine': '#6a3d9a',
		biopharma: '#237a3b',
		auto: '#b8322a',
		hydrogen: '#00808a',
		'mobility-design': '#c25100',
		'business-district': '#7d6200',
		leisure: '#b3246a'
	} satisfies Record<Industry, string>,
	/** Places without an industry (towns, the district). */
	neutral: '#5b6170'
} as const satisfies Palette;

/** A palette of the atlas: the light one's shape, every colour a string. */
export type Theme = Shape<typeof THEME>;
type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/**
 * The dark palette, for readers whose system asks for it or who choose it: the same names for the
 * same jobs. Text is light on near-black; the accent, the axis and the industries are lighter, so
 * that they keep their contrast (4.5:1 for text, 3:1 for marks) against the dark paper; map labels
 * are light with a dark halo. Tests check each pair in both palettes (theme.spec.ts).
 */
export const DARK_THEME: Theme = {
	ink: '#e7eaf0',
	inkSoft: '#aab3c3',
	paper: '#14181f',
	surface: '#1d222c',
	onFill: '#0f1217',
	line: '#373e4b',
	fieldLine: '#7c8597',
	accent: '#7cc3e3',
	hover: '#283040',
	current: '#1f3a4b',
	highlight: '#1b3240',
	tableHead: '#242a35',
	mark: '#5a4700',
	progress: '#4f7b8e',
	axis: '#5fbf76',
	caution: {
		line: '#f0a040',
		surface: '#2a1d10',
		rule: '#6e4418',
		heading: '#fdbd7c',
		ink: '#fbd6a6'
	},
	overlay: {
		corridor: '#5fbf76',
		measure: '#f0a040',
		vertex: '#14181f'
	},
	map: {
		outside: '#0a0c10',
		neighbour: '#0f1217',
		neighbourLine: '#323845',
		districtLine: '#aab3c3',
		townLine: '#6d7587',
		water: '#1b3850',
		waterLine: '#2d5878',
		expressway: '#6a5836',
		metro: '#56637a',
		jiamin: '#8c97ad',
		station: '#aab3c3',
		halo: '#14181f',
		focus: '#ffffff',
		street: {
			industrial: '#251f2c',
			commercial: '#29221d',
			residential: '#1d2028',
			farmland: '#1b2219',
			green: '#1c2a1c',
			park: '#1f3421',
			building: '#292a31',
			buildingLine: '#3a3c45',
			casing: '#3a3f4a',
			road: '#2b303b',
			major: '#56472a',
			rail: '#6b7281',
			label: '#b9c1cf',
			waterLabel: '#8cc3e8',
			parkLabel: '#9dd08e'
		}
	},
	industry: {
		'medical-equipment': '#4fb2de',
		'precision-medicine': '#b793e2',
		biopharma: '#5fbf76',
		auto: '#f2766d',
		hydrogen: '#3cc5ce',
		'mobility-design': '#f29b4e',
		'business-district': '#d3b43e',
		leisure: '#ec72b0'
	},
	neutral: '#9aa2b1'
};

/** Light or dark: the system's preference (`prefers-color-scheme`), or the reader's choice. */
export type ColourScheme = 'light' | 'dark';
export const COLOUR_SCHEMES = ['light', 'dark'] as const satisfies readonly ColourScheme[];
/** Each scheme's palette. */
export const PALETTES: Record<ColourScheme, Theme> = { light: THEME, dark: DARK_THEME };
/** The attribute on <html> that holds a reader's choice (`data-scheme="dark"`); absent, the system's. */
export const SCHEME_ATTRIBUTE = 'data-scheme';
/**
 * Each scheme's declarations besides its colours: the browser's own controls and scrollbars, and
 * MapLibre's control icons (dark grey pictures, turned light on the dark surface).
 */
const SCHEME_DECLARATIONS: Record<ColourScheme, string> = {
	light: 'color-scheme:light;--control-icon-filter:none',
	dark: 'color-scheme:dark;--control-icon-filter:invert(1)'
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every colour of a palette as [custom property, colour]: `inkSoft` → `--ink-soft`, groups prefixed. */
export function cssVariableEntries(palette: Palette, prefix = '--'): [string, string][] {
	return Object.entries(palette).flatMap(([name, value]) =>
		typeof value === 'string'
			? [[prefix + kebab(name), value] as [string, string]]
			: cssVariableEntries(value, `${prefix}${kebab(name)}-`)
	);
}

/** The palette as a `:root` rule of custom properties, for a `<style>` in the page's head. */
export function cssVariables(palette: Palette = THEME): string {
	return `:root{${cssVariableEntries(palette)
		.map(([property, colour]) => `${property}:${colour}`)
		.join(';')}}`;
}

/**
 * The map's colours the interface's own CSS paints with: the map picture's ground (MapPicture) and
 * the planner's sketch (CompareSketch). The others are the map style's alone (map/style.ts reads
 * the palette), so the stylesheet, which every page loads, leaves them out.
 */
export const MAP_COLOURS_IN_CSS = ['outside', 'districtLine'] as const;

/** A palette as the page's CSS reads it: of its map colours, only MAP_COLOURS_IN_CSS. */
const pageColours = (palette: Theme): Palette => ({
	...palette,
	map: Object.fromEntries(MAP_COLOURS_IN_CSS.map((name) => [name, palette.map[name]]))
});

/**
 * The theme as a stylesheet, bundled with the app's CSS (vite.config.ts serves it as
 * `virtual:theme.css`), so no page needs an inline style: the palette's custom properties (of the
 * map's colours, MAP_COLOURS_IN_CSS), the explorer's sizes (`--sidebar-width`, `--panel-width`,
 * `--panel-gap`, `--panel-clear`, `--card-height`), and one class per industry (`industry-auto`, …,
 * `industry-none`) that sets `--industry` for a swatch to paint. On screen the dark palette
 * replaces the light one where the system prefers dark and the reader has not chosen light, or
 * where the reader has chosen dark (`data-scheme` on <html>); print is always light.
 */
export function themeStylesheet(light: Theme = THEME, dark: Theme = DARK_THEME): string {
	const sizes = [
		['--sidebar-width', PANEL_LAYOUT.sidebar],
		['--panel-width', PANEL_LAYOUT.panel],
		['--panel-gap', PANEL_LAYOUT.gap],
		['--panel-clear', PANEL_LAYOUT.mapLeftClear],
		['--card-height', PANEL_LAYOUT.card]
	].map(([property, rem]) => `${property}:${rem}rem`);
	const root = cssVariables(pageColours(light)).replace(
		/\}$/,
		`;${SCHEME_DECLARATIONS.light};${sizes.join(';')}}`
	);
	const darkBody = cssVariables(pageColours(dark))
		.replace(/^:root\{/, '')
		.replace(/\}$/, `;${SCHEME_DECLARATIONS.dark}`);
	const chosen = `:root[${SCHEME_ATTRIBUTE}="dark"]`;
	const system = `:root:not([${SCHEME_ATTRIBUTE}="light"])`;
	const schemes = [
		`@media screen and (prefers-color-scheme:dark){${system}{${darkBody}}}`,
		`@media screen{${chosen}{${darkBody}}}`
	];
	const industries = [
		...Object.keys(light.industry).map(
			(industry) => `.industry-${industry}{--industry:var(--industry-${industry})}`
		),
		'.industry-none{--industry:var(--neutral)}'
	];
	return [root, ...schemes, ...industries].join('\n') + '\n';
}

/** A colour of the palette with an alpha (0–1), as #rrggbbaa (for canvas drawing). */
export function withAlpha(colour: string, alpha: number): string {
	const hex = colour.replace(/^#/, '');
	const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex.slice(0, 6);
	const a = Math.round(Math.min(1, Math.max(0, alpha)) * 255);
	return `#${full}${a.toString(16).padStart(2, '0')}`;
}
