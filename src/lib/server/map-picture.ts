/**
 * The map's picture (src/lib/geo/picture.ts) as SVG: the basemap's water and neighbours, the
 * district and its towns, the Jiamin Line, the One Axis, and every park, cluster and site in its
 * industry's colour, as the map draws them. Shapes are simplified to what a district view shows
 * (about 80 m) and lines keep their width in screen pixels at any framing, so one small file
 * serves every page. No text: the map's labels follow once it has drawn.
 */
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { allBorders, unionAndBorders } from '$lib/content/shared-borders';
import { MAP_PICTURE_IDS, picturePoint, pictureSize } from '$lib/geo/picture';
import type { Place } from '$lib/schema/place';
import { COLOUR_SCHEMES, PALETTES, type ColourScheme, type Theme } from '$lib/theme';

/** Simplification tolerance in degrees: about 80 m, about two pixels at the district's zoom. */
const TOLERANCE = 0.0008;
/**
 * For the neighbouring districts, context at the picture's edges whose shared border the
 * district's own outline covers: about 150 m.
 */
const CONTEXT_TOLERANCE = 0.0015;

interface Paint {
	fill?: string;
	fillOpacity?: number;
	stroke?: string;
	strokeOpacity?: number;
	/** In screen pixels. */
	width?: number;
	dash?: string;
	/** Points: a dot this many screen pixels across. */
	dot?: number;
}

/**
 * A path's data for a list of points in picture units: the first point absolute, the rest as steps
 * from the one before (short numbers), repeated points dropped.
 */
function pathOf(units: [number, number][], closed: boolean): string {
	const points = units.filter(
		(p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]
	);
	if (points.length < (closed ? 3 : 2)) return '';
	const steps = points
		.slice(1)
		.map((p, i) => `${p[0] - points[i]![0]} ${p[1] - points[i]![1]}`.replace(/ -/g, '-'));
	return `M${points[0]!.join(' ')}l${steps.join(' ')}${closed ? 'z' : ''}`;
}

const ringPath = (ring: Position[]) => pathOf(ring.map(picturePoint), true);

/**
 * Lines in whole picture units, each segment once: where a segment repeats one drawn before
 * (two borders that simplify onto each other), the line breaks there. Dashes drawn twice would
 * not lie on each other.
 */
function linesOnce(lines: Position[][]): [number, number][][] {
	const drawn = new Set<string>();
	const out: [number, number][][] = [];
	for (const line of lines) {
		let run: [number, number][] = [];
		const points = line.map(picturePoint);
		points.forEach((b, i) => {
			const a = points[i - 1];
			// The first point, and a step that rounds to nothing, add no segment.
			if (!a || (a[0] === b[0] && a[1] === b[1])) return;
			const key = [a.join(' '), b.join(' ')].sort().join(' ');
			if (drawn.has(key)) {
				if (run.length > 1) out.push(run);
				run = [];
				return;
			}
			drawn.add(key);
			if (run.length === 0) run.push(a);
			run.push(b);
		});
		if (run.length > 1) out.push(run);
	}
	return out;
}

function shapeData(geometry: Geometry): { d: string; points: Position[] } {
	switch (geometry.type) {
		case 'Polygon':
			return { d: geometry.coordinates.map(ringPath).join(''), points: [] };
		case 'MultiPolygon':
			return {
				d: geometry.coordinates.flatMap((p) => p.map(ringPath)).join(''),
				points: []
			};
		case 'LineString':
			return { d: pathOf(geometry.coordinates.map(picturePoint), false), points: [] };
		case 'MultiLineString':
			return {
				d: linesOnce(geometry.coordinates)
					.map((l) => pathOf(l, false))
					.join(''),
				points: []
			};
		case 'Point':
			return { d: '', points: [geometry.coordinates] };
		case 'MultiPoint':
			return { d: '', points: geometry.coordinates };
		case 'GeometryCollection': {
			const parts = geometry.geometries.map(shapeData);
			return { d: parts.map((p) => p.d).join(''), points: parts.flatMap((p) => p.points) };
		}
	}
}

const attributes = (paint: Paint) =>
	[
		`fill="${paint.fill ?? 'none'}"`,
		paint.fillOpacity !== undefined ? `fill-opacity="${paint.fillOpacity}"` : '',
		paint.stroke ? `stroke="${paint.stroke}" stroke-width="${paint.width ?? 1}"` : '',
		paint.strokeOpacity !== undefined ? `stroke-opacity="${paint.strokeOpacity}"` : '',
		paint.dash ? `stroke-dasharray="${paint.dash}"` : ''
	]
		.filter(Boolean)
		.join(' ');

/** One geometry, simplified, painted: areas and lines as a path, points as round dots. */
function draw(geometry: Geometry, paint: Paint, tolerance = TOLERANCE): string {
	const simple = (
		simplify({ type: 'Feature', properties: {}, geometry } as Feature, {
			tolerance
		}) as Feature
	).geometry;
	const { d, points } = shapeData(simple);
	const parts: string[] = [];
	if (d) parts.push(`<path d="${d}" ${attributes(paint)} vector-effect="non-scaling-stroke"/>`);
	if (points.length > 0 && paint.dot) {
		// A dot of a fixed size on screen: a stroke of no length with round ends.
		const dots = points.map((p) => `M${picturePoint(p).join(' ')}h0`).join('');
		parts.push(
			`<path d="${dots}" stroke="${paint.stroke}" stroke-width="${paint.dot}" stroke-linecap="round" vector-effect="non-scaling-stroke"/>`
		);
	}
	return parts.join('');
}

const features = (layer: unknown): Feature[] =>
	(layer as FeatureCollection | undefined)?.features ?? [];

/** The picture's layers in one palette, bottom to top. */
function pictureLayers(places: Place[], basemap: Record<string, unknown>, theme: Theme): string[] {
	const { width, height } = pictureSize();
	const of = (kind: string) => places.filter((p) => p.properties.kind === kind);
	const district = of('district');
	const colour = (place: Place) => theme.industry[place.properties.industries[0]!] ?? theme.neutral;
	const thematic = places.filter((p) => ['cluster', 'site'].includes(p.properties.kind));
	const neighbours = unionAndBorders(
		features(basemap['neighbours']),
		'geo/basemap/neighbours.geojson'
	);
	const neighbourPaint = { fill: theme.map.neighbour, stroke: theme.map.neighbourLine };
	return [
		`<rect width="${width}" height="${height}" fill="${theme.map.outside}"/>`,
		// The neighbours as one area and the borders between them, each border once.
		draw(neighbours.union, neighbourPaint, CONTEXT_TOLERANCE),
		draw(neighbours.between, { stroke: neighbourPaint.stroke }, CONTEXT_TOLERANCE),
		...district.map((p) =>
			draw(p.geometry, { fill: theme.paper, stroke: theme.map.districtLine, width: 2 })
		),
		...features(basemap['water']).map((f) =>
			draw(f.geometry, { fill: theme.map.water, stroke: theme.map.waterLine })
		),
		// The towns' outlines, each border once: dashes drawn twice would not lie on each other.
		draw(allBorders(of('town'), 'geo/places.geojson'), { stroke: theme.map.townLine, dash: '4 3' }),
		...features(basemap['jiamin-line']).map((f) =>
			draw(f.geometry, { stroke: theme.map.jiamin, width: 2, dash: '6 4' })
		),
		...of('axis').map((p) => draw(p.geometry, { stroke: theme.axis, width: 4 })),
		// Areas first, the dots of point places over them.
		...thematic.map((p) =>
			draw(p.geometry, {
				fill: colour(p),
				// As the map draws them (style.ts): schematic areas the palest, their edge faint.
				fillOpacity: p.properties.precision === 'schematic' ? 0.06 : 0.14,
				stroke: colour(p),
				strokeOpacity: p.properties.precision === 'schematic' ? 0.6 : undefined,
				width: p.properties.precision === 'schematic' ? 1 : 1.5,
				dash: p.properties.precision === 'exact' ? undefined : '5 3'
			})
		),
		...thematic.map((p) =>
			p.geometry.type === 'Point' ? draw(p.geometry, { stroke: colour(p), dot: 11 }) : ''
		)
	].filter(Boolean);
}

/**
 * The picture's SVG, from the curated places and the basemap layers (geo/basemap/*.geojson): a
 * drawing per colour scheme (MAP_PICTURE_IDS), each in that scheme's palette.
 */
export function mapPictureSvg(places: Place[], basemap: Record<string, unknown>): string {
	const { width, height } = pictureSize();
	if (!places.some((p) => p.properties.kind === 'district'))
		throw new Error('map picture: geo/places.geojson has no district');
	// Lines keep their width on screen at any framing. A page shows a group (`#map`) in an SVG
	// of its own whose viewBox frames its view; the group spills past that box to fill the map.
	// Opened on its own, the file shows the light drawing; the dark one waits in its definitions.
	const drawing = (scheme: ColourScheme) =>
		[
			`<g id="${MAP_PICTURE_IDS[scheme]}" stroke-linejoin="round">`,
			...pictureLayers(places, basemap, PALETTES[scheme]),
			'</g>'
		].join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">`,
		drawing('light'),
		`<defs>${COLOUR_SCHEMES.filter((s) => s !== 'light')
			.map(drawing)
			.join('')}</defs>`,
		'</svg>'
	].join('');
}
