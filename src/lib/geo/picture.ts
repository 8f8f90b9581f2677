/**
 * The map's picture before WebGL: the view drawn as an SVG at build time, shown where the map will
 * be until MapLibre has drawn (and in its place without scripts or WebGL). Its units are Web
 * Mercator, as the map draws, so a view's box framed in it (`pictureFrame`) lines up with the
 * same box framed by MapLibre's fitBounds. Pure: the build draws the picture with it, the page
 * frames it.
 */
import type { Position } from 'geojson';
import { VIEW_EXTENT } from './extents';
import { mercatorY } from './mercator';

/**
 * Where the picture is served, and the ids of its drawings, one per colour scheme (a page shows
 * the one on screen with `<use>`). Both are in one file: they differ only in colour, so gzip
 * keeps the second for a few hundred bytes.
 */
export const MAP_PICTURE_PATH = '/map-picture.svg';
export const MAP_PICTURE_IDS = { light: 'map', dark: 'map-dark' } as const;

/**
 * Picture units per degree of longitude: one unit is about 40 m across Jiading, half the 80 m the
 * picture's shapes are simplified to (src/lib/server/map-picture.ts), so whole units say enough.
 */
export const PICTURE_UNITS_PER_DEGREE = 2_500;


const [WEST, SOUTH, EAST, NORTH] = VIEW_EXTENT;

/** A position's place in the picture, in units from the view extent's north-west corner. */
const pictureUnits = ([lng, lat]: Position): [number, number] => [
	(lng! - WEST) * PICTURE_UNITS_PER_DEGREE,
	(mercatorY(NORTH) - mercatorY(lat!)) * PICTURE_UNITS_PER_DEGREE
];

/** A position's place in the picture, in whole units (what the picture's shapes are drawn in). */
export function picturePoint(position: Position): [number, number] {
	const [x, y] = pictureUnits(position);
	return [Math.round(x), Math.round(y)];
}

/** The whole picture's size in units: the view extent. */
export function pictureSize(): { width: number; height: number } {
	const [width, height] = picturePoint([EAST, SOUTH]);
	return { width, height };
}

/** A part of the picture: its north-west corner and its size, in units. */
export interface PictureFrame {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The part of the picture a [west, south, east, north] box frames, to a hundredth of a unit
 * (under half a metre): a whole unit would move the frame by a few pixels at a place's zoom.
 */
export function pictureFrame([west, south, east, north]: readonly number[]): PictureFrame {
	const [x0, y0] = pictureUnits([west!, north!]);
	const [x1, y1] = pictureUnits([east!, south!]);
	const [x, y, width, height] = [x0, y0, x1 - x0, y1 - y0].map((n) => Number(n.toFixed(2)));
	return { x: x!, y: y!, width: width!, height: height! };
}

/** A frame as an SVG viewBox ("x y width height"). */
export const viewBoxOf = ({ x, y, width, height }: PictureFrame) => `${x} ${y} ${width} ${height}`;
