/**
 * The planner's map to take away: a PNG of a printed page (A4 landscape at 300 dpi), the map
 * drawn off-screen at that size, with a title and the date, the filters applied, a north arrow, a
 * scale bar, the full legend and the attribution.
 */
import { metresPerPixel } from '$lib/geo/tiles';
import { THEME, withAlpha } from '$lib/theme';
import type { LegendItem } from './legend';

export type { LegendItem };

/** A4 landscape at 300 dpi in device pixels, and in CSS pixels (96 per inch) for the map. */
export const PRINT_PAGE = {
	name: 'A4',
	width: 3508,
	height: 2480,
	/** CSS px of the page's width: the device px per CSS px follow from it. */
	cssWidth: 1123
} as const;

export interface MapPicture {
	/** The map as drawn (device pixels), as wide as the page. */
	map: HTMLCanvasElement;
	/** Device pixels per CSS pixel of that canvas. */
	pixelRatio: number;
	zoom: number;
	/** Latitude of the view's centre, for the scale. */
	latitude: number;
	/** The page's size in device pixels; the band under the map fills what the map leaves. */
	page: { width: number; height: number };
	title: string;
	/** What the filters let through, in words ("Industry: Hydrogen · Town: Anting"). */
	filters: string;
	legend: LegendItem[];
	attribution: string;
	/** "N", in the page's language. */
	north: string;
	/** A scale bar's length in words, in the page's language ("10 km", "10公里"). */
	distance: (metres: number) => string;
}

/** A round distance (1, 2 or 5 × 10ⁿ metres) no longer than `maxMetres`. */
export function niceDistance(maxMetres: number): number {
	const power = 10 ** Math.floor(Math.log10(maxMetres));
	for (const step of [5, 2, 1]) if (step * power <= maxMetres) return step * power;
	return power;
}

/** Sizes of the band under the map, in CSS px (times the pixel ratio on the page). */
const BAND = { pad: 12, row: 22, swatch: 16, gap: 28, text: 13, lines: 2 } as const;

/**
 * The legend laid out in rows that fit `width` (device px): each item's index and left edge.
 * Every item is placed; a row holds at least one.
 */
export function legendRows(
	widths: number[],
	width: number,
	r: number
): { item: number; x: number }[][] {
	const rows: { item: number; x: number }[][] = [[]];
	let x = BAND.pad * r;
	widths.forEach((w, item) => {
		const needed = (BAND.swatch + 6) * r + w;
		const row = rows.at(-1)!;
		if (row.length > 0 && x + needed > width - BAND.pad * r) {
			rows.push([]);
			x = BAND.pad * r;
		}
		rows.at(-1)!.push({ item, x });
		x += needed + BAND.gap * r;
	});
	return rows;
}

/** The band's height in device px for a legend of `rows` rows: legend, then filters and scale. */
export function bandHeight(rows: number, r: number): number {
	return Math.round((BAND.pad * 2 + BAND.row * (rows + BAND.lines)) * r);
}

const font = (px: number, r: number, weight = 400) =>
	`${weight} ${Math.round(px * r)}px 'Noto Sans', 'Noto Sans CJK SC', system-ui, sans-serif`;

/** The legend's rows for a picture, measured with the font it is drawn in. */
export function layoutLegend(
	legend: LegendItem[],
	width: number,
	r: number
): { item: number; x: number }[][] {
	const g = document.createElement('canvas').getContext('2d')!;
	g.font = font(BAND.text, r);
	return legendRows(
		legend.map((item) => g.measureText(item.label).width),
		width,
		r
	);
}

export function composeMapPicture(picture: MapPicture): Promise<Blob> {
	const { map, pixelRatio: r, page } = picture;
	const canvas = document.createElement('canvas');
	canvas.width = page.width;
	canvas.height = page.height;
	const g = canvas.getContext('2d')!;
	g.fillStyle = THEME.surface;
	g.fillRect(0, 0, canvas.width, canvas.height);
	// The map at its own size: drawn, never scaled.
	g.drawImage(map, 0, 0);
	g.textBaseline = 'middle';

	// Title and date on the map, top left, on a ground of the panels' surface.
	g.font = font(18, r, 700);
	const titleWidth = g.measureText(picture.title).width;
	g.fillStyle = withAlpha(THEME.surface, 0.9);
	g.fillRect(10 * r, 10 * r, titleWidth + 20 * r, 34 * r);
	g.fillStyle = THEME.ink;
	g.fillText(picture.title, 20 * r, 27 * r);

	// North arrow, top right (the map is never rotated).
	const nx = map.width - 34 * r;
	const ny = 20 * r;
	g.fillStyle = withAlpha(THEME.surface, 0.9);
	g.beginPath();
	g.arc(nx, ny + 18 * r, 22 * r, 0, 2 * Math.PI);
	g.fill();
	g.fillStyle = THEME.ink;
	g.beginPath();
	g.moveTo(nx, ny + 4 * r);
	g.lineTo(nx + 8 * r, ny + 26 * r);
	g.lineTo(nx, ny + 21 * r);
	g.lineTo(nx - 8 * r, ny + 26 * r);
	g.closePath();
	g.fill();
	g.font = font(11, r, 700);
	g.textAlign = 'center';
	g.fillText(picture.north, nx, ny + 33 * r);
	g.textAlign = 'left';

	// The band under the map: legend rows, the filters, then the scale and the attribution.
	const top = map.height;
	g.fillStyle = THEME.surface;
	g.fillRect(0, top, canvas.width, canvas.height - top);
	g.strokeStyle = THEME.line;
	g.lineWidth = r;
	g.beginPath();
	g.moveTo(0, top);
	g.lineTo(canvas.width, top);
	g.stroke();
	const rows = layoutLegend(picture.legend, canvas.width, r);
	g.font = font(BAND.text, r);
	rows.forEach((row, i) => {
		const y = top + (BAND.pad + BAND.row * i + BAND.row / 2) * r;
		for (const { item, x } of row) {
			const entry = picture.legend[item]!;
			g.fillStyle = entry.colour;
			g.strokeStyle = entry.colour;
			if (entry.line) {
				g.lineWidth = 3 * r;
				g.setLineDash(entry.dash ? [4 * r, 3 * r] : []);
				g.beginPath();
				g.moveTo(x, y);
				g.lineTo(x + BAND.swatch * r, y);
				g.stroke();
				g.setLineDash([]);
			} else {
				g.beginPath();
				g.arc(x + (BAND.swatch / 2) * r, y, 6 * r, 0, 2 * Math.PI);
				g.fill();
			}
			g.fillStyle = THEME.ink;
			g.fillText(entry.label, x + (BAND.swatch + 6) * r, y);
		}
	});
	const filtersY = top + (BAND.pad + BAND.row * rows.length + BAND.row / 2) * r;
	g.fillStyle = THEME.inkSoft;
	g.fillText(picture.filters, BAND.pad * r, filtersY);

	// Scale bar, bottom left of the band.
	const perPixel = metresPerPixel(picture.zoom, picture.latitude);
	const metres = niceDistance(perPixel * 160);
	const length = (metres / perPixel) * r;
	const scaleY = filtersY + BAND.row * r;
	g.strokeStyle = THEME.ink;
	g.lineWidth = 2 * r;
	g.beginPath();
	g.moveTo(BAND.pad * r, scaleY - 5 * r);
	g.lineTo(BAND.pad * r, scaleY);
	g.lineTo(BAND.pad * r + length, scaleY);
	g.lineTo(BAND.pad * r + length, scaleY - 5 * r);
	g.stroke();
	g.fillStyle = THEME.ink;
	g.fillText(picture.distance(metres), (BAND.pad + 8) * r + length, scaleY - 2 * r);

	// Attribution, bottom right.
	g.font = font(12, r);
	g.textAlign = 'right';
	g.fillText(picture.attribution, canvas.width - BAND.pad * r, scaleY - 2 * r);

	return new Promise((done, fail) =>
		canvas.toBlob(
			(blob) => (blob ? done(blob) : fail(new Error('PNG encoding failed'))),
			'image/png'
		)
	);
}
