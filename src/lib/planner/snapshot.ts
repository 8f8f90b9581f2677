/**
 * A picture of the current map view to take away: the map as drawn, with a title, a legend of
 * what is on show, a scale bar and the attribution, as a PNG.
 */
import { THEME, withAlpha } from '$lib/theme';

export interface MapPicture {
	/** A copy of the map canvas (device pixels). */
	map: HTMLCanvasElement;
	/** Device pixels per CSS pixel of that canvas. */
	pixelRatio: number;
	zoom: number;
	/** Latitude of the view's centre, for the scale. */
	latitude: number;
	title: string;
	legend: { label: string; colour: string }[];
	attribution: string;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** A round distance (1, 2 or 5 × 10ⁿ metres) no longer than `maxMetres`. */
export function niceDistance(maxMetres: number): number {
	const power = 10 ** Math.floor(Math.log10(maxMetres));
	for (const step of [5, 2, 1]) if (step * power <= maxMetres) return step * power;
	return power;
}

/** Metres per CSS pixel at a zoom and latitude (MapLibre's 512-pixel world at zoom 0). */
export function metresPerPixel(zoom: number, latitude: number): number {
	return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export function composeMapPicture(picture: MapPicture): Promise<Blob> {
	const { map, pixelRatio: r } = picture;
	const band = Math.round(64 * r);
	const canvas = document.createElement('canvas');
	canvas.width = map.width;
	canvas.height = map.height + band;
	const g = canvas.getContext('2d')!;
	g.fillStyle = THEME.surface;
	g.fillRect(0, 0, canvas.width, canvas.height);
	g.drawImage(map, 0, 0);
	const font = (px: number, weight = 400) =>
		`${weight} ${Math.round(px * r)}px system-ui, sans-serif`;

	// Title on the map, top left, on a ground of the panels' surface.
	g.font = font(16, 700);
	const titleWidth = g.measureText(picture.title).width;
	g.fillStyle = withAlpha(THEME.surface, 0.9);
	g.fillRect(8 * r, 8 * r, titleWidth + 16 * r, 28 * r);
	g.fillStyle = THEME.ink;
	g.textBaseline = 'middle';
	g.fillText(picture.title, 16 * r, 22 * r);

	// Legend, along the band.
	let x = 12 * r;
	const legendY = map.height + 20 * r;
	g.font = font(13);
	for (const item of picture.legend) {
		g.fillStyle = item.colour;
		g.beginPath();
		g.arc(x + 6 * r, legendY, 6 * r, 0, 2 * Math.PI);
		g.fill();
		g.fillStyle = THEME.ink;
		g.fillText(item.label, x + 16 * r, legendY);
		x += g.measureText(item.label).width + 32 * r;
	}

	// Scale bar, bottom left of the band.
	const perPixel = metresPerPixel(picture.zoom, picture.latitude);
	const metres = niceDistance(perPixel * 120);
	const length = (metres / perPixel) * r;
	const scaleY = map.height + 46 * r;
	g.strokeStyle = THEME.ink;
	g.lineWidth = 2 * r;
	g.beginPath();
	g.moveTo(12 * r, scaleY - 5 * r);
	g.lineTo(12 * r, scaleY);
	g.lineTo(12 * r + length, scaleY);
	g.lineTo(12 * r + length, scaleY - 5 * r);
	g.stroke();
	g.fillStyle = THEME.ink;
	g.fillText(
		metres >= 1000 ? `${metres / 1000} km` : `${metres} m`,
		20 * r + length,
		scaleY - 2 * r
	);

	// Attribution, bottom right.
	g.font = font(12);
	g.textAlign = 'right';
	g.fillText(picture.attribution, canvas.width - 12 * r, scaleY - 2 * r);

	return new Promise((done, fail) =>
		canvas.toBlob(
			(blob) => (blob ? done(blob) : fail(new Error('PNG encoding failed'))),
			'image/png'
		)
	);
}
