/**
 * Where a town's name goes on the map: a spot inside the town where the name, as set at the
 * district view, crosses no line and meets no other place's name or point. A town's label point
 * (its visual centre, stories.ts's anchorOf) is the point farthest from its outline, but a name is
 * a wide box, and lines run through towns: the One Axis's band, clusters' outlines, metro lines
 * and expressways. MapLibre sets a town's name after the points' marks, and on phones and laptops
 * after the clusters' names: where one lies, it moves the town's aside, onto whatever is there.
 * From the kiosks' zoom it sets the town's before the clusters' (style.ts's town-labels-first),
 * which move aside for it. Either way a spot is sought clear of both. Pure, and run at build time
 * (map-tiles.ts).
 *
 * Spots on a grid across the town are rated in each of NAME_CLEAR_VIEWS, and the spot clear in
 * the most of them is taken. Closer in, the map only grows around the name (a name's size grows
 * more slowly than the map), so a spot clear at a zoom is clear at every closer one. Where the
 * names of the places around are set is MapLibre's choice at run time; the boxes here are where it
 * tries them first and where they are likely set (namesOf: its rule played out, clusters' names
 * moved aside by marks and by names set before them); the estimate of a name's width errs on the
 * wide side.
 */
import { booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import {
	AXIS_BAND_PX,
	AXIS_LINE_PX,
	KIOSK_LABEL_SCALE,
	LABEL_LINE_EMS,
	metresPerPixel,
	NAMED_BESIDE,
	PLACE_NAME_PX,
	pixelSizeAt,
	sizeAtZoom,
	TOWN_NAME_LETTER_SPACING,
	TOWN_NAME_PX
} from '../geo/tiles';
import type { MapLabels, MapPlaces } from './map-features';
import { zhLines } from './zh-lines';

/**
 * The district views a town's name is set clear at: a 1280×800 desktop's (zoom 10.0), a kiosk's
 * (zoom 11.1 landscape, 11.3 portrait, with labels KIOSK_LABEL_SCALE times their size), a
 * 1440×900 desktop's (10.5), and a phone's or a 1024×768 laptop's (9.5-9.7), where the names are
 * largest on the ground. Spots are sought on a grid in the first.
 */
export const NAME_CLEAR_VIEWS = [
	{ zoom: 10, scale: 1 },
	{ zoom: 11, scale: KIOSK_LABEL_SCALE },
	{ zoom: 10.5, scale: 1 },
	{ zoom: 9.6, scale: 1 }
] as const;
type View = (typeof NAME_CLEAR_VIEWS)[number];
/** How close a line or another name may come to the name's box, in pixels: its halo and air. */
const CLEARANCE_PX = 3;
/** How finely the spot is sought: about 130 m (2 px at zoom 10). */
const STEP_METRES = 130;
/**
 * How wide a character of a name is, in ems: Latin letters of Noto Sans at most about 0.6 (an
 * average word is narrower), a Chinese character one. The browser's font draws the name, so the
 * box is an estimate on the wide side.
 */
const LATIN_EMS = 0.6;
/** MapLibre's default line height, in ems. */
const LINE_EMS = 1.2;
/** A point's mark at the district views: its halo of uncertainty at most this far round it. */
const MARK_REACH_PX = 12;
/** From a point to its name beside it: its mark's reach and the gap after it (style.ts). */
const NAME_BESIDE_PX = 18;
/** From an area's lowest point to its name beneath it (style.ts's NAME_GAP_PX). */
const NAME_GAP_PX = 3;

type Point = [number, number];
type Segment = [Point, Point];
/** A box on the screen: west, north, east, south (pixels). */
type Rect = [number, number, number, number];
/** A name set at a spot: half its box's width and height, in pixels. */
interface NameBox {
	halfWidth: number;
	halfHeight: number;
}

/** Web Mercator pixels at a zoom, as MapLibre draws the map, and back. */
function projection(zoom: number) {
	const size = pixelSizeAt(zoom);
	return {
		toPixels([lng, lat]: Position): Point {
			const y = Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360));
			return [((lng! + 180) / 360) * size, (0.5 - y / (2 * Math.PI)) * size];
		},
		toLngLat([x, y]: Point): [number, number] {
			const lng = (x / size) * 360 - 180;
			const lat = (Math.atan(Math.exp((0.5 - y / size) * 2 * Math.PI)) * 360) / Math.PI - 90;
			return [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
		}
	};
}
type Projection = ReturnType<typeof projection>;

/** The lines of a shape: a line's own, an area's rings; none of a point. */
function linesOf(geometry: Geometry): Position[][] {
	switch (geometry.type) {
		case 'LineString':
			return [geometry.coordinates];
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates;
		case 'MultiPolygon':
			return geometry.coordinates.flat();
		default:
			return [];
	}
}
const isArea = (g: Geometry): g is Polygon | MultiPolygon =>
	g.type === 'Polygon' || g.type === 'MultiPolygon';

/** Lines as drawn: their segments in pixels, each with half its line's width, indexed. */
class Lines {
	readonly #segments: { segment: Segment; halfWidth: number }[];
	readonly #index: Flatbush | null = null;
	readonly #widest: number;
	constructor({ toPixels }: Projection, lines: { geometries: Geometry[]; halfWidth: number }[]) {
		this.#segments = lines.flatMap(({ geometries, halfWidth }) =>
			geometries.flatMap(linesOf).flatMap((line) => {
				const points = line.map(toPixels);
				return points.slice(1).map((p, i) => ({ segment: [points[i]!, p] as Segment, halfWidth }));
			})
		);
		this.#widest = Math.max(0, ...lines.map((l) => l.halfWidth));
		if (this.#segments.length === 0) return;
		this.#index = new Flatbush(this.#segments.length);
		for (const {
			segment: [[ax, ay], [bx, by]]
		} of this.#segments)
			this.#index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
		this.#index.finish();
	}
	/**
	 * How clear of these lines a box at `spot` is, in pixels beyond their half widths, up to
	 * CLEARANCE_PX (clearer counts for no more); negative where it lies on one.
	 */
	clearance(spot: Point, box: NameBox): number {
		if (!this.#index) return CLEARANCE_PX;
		const reach = this.#widest + CLEARANCE_PX;
		let least: number = CLEARANCE_PX;
		for (const i of this.#index.search(
			spot[0] - box.halfWidth - reach,
			spot[1] - box.halfHeight - reach,
			spot[0] + box.halfWidth + reach,
			spot[1] + box.halfHeight + reach
		)) {
			const { segment, halfWidth } = this.#segments[i]!;
			least = Math.min(least, boxToSegment(spot, box, segment) - halfWidth);
		}
		return least;
	}
}

/** Other places' marks and names, as boxes on the screen. */
class Names {
	constructor(readonly rects: Rect[]) {}
	/** How clear of them a box at `spot` is, in pixels, up to CLEARANCE_PX. */
	clearance([x, y]: Point, box: NameBox): number {
		let least: number = CLEARANCE_PX;
		for (const [w, n, e, s] of this.rects) {
			const dx = Math.max(w - (x + box.halfWidth), x - box.halfWidth - e, 0);
			const dy = Math.max(n - (y + box.halfHeight), y - box.halfHeight - s, 0);
			least = Math.min(least, Math.hypot(dx, dy));
		}
		return least;
	}
}

/** Lines of English words, broken as MapLibre breaks them at `ems` wide (greedily, near enough). */
function latinLines(name: string, ems: number): string[] {
	const lines: string[] = [];
	for (const word of name.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && (last.length + 1 + word.length) * LATIN_EMS <= ems)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** How a kind of name is set: its size in pixels by zoom, its lines' width and letter spacing. */
interface Lettering {
	px: typeof TOWN_NAME_PX;
	ems: number;
	spacing: number;
}
const TOWN_NAME: Lettering = {
	px: TOWN_NAME_PX,
	ems: LABEL_LINE_EMS.town,
	spacing: TOWN_NAME_LETTER_SPACING
};
const PLACE_NAME: Lettering = { px: PLACE_NAME_PX, ems: LABEL_LINE_EMS.place, spacing: 0 };

/** The box of a name in either language (the larger of the two), in a view. */
function nameBox([nameEn, nameZh]: [string, string], lettering: Lettering, view: View): NameBox {
	const px = sizeAtZoom(lettering.px, view.zoom) * view.scale;
	const en = latinLines(nameEn, lettering.ems);
	const zh = zhLines(nameZh, lettering.ems - 1).split('\n');
	const widest = Math.max(
		...en.map((line) => line.length * (LATIN_EMS + lettering.spacing)),
		...zh.map((line) => [...line].length * (1 + lettering.spacing))
	);
	const lines = Math.max(en.length, zh.length);
	return { halfWidth: (widest * px) / 2, halfHeight: (lines * LINE_EMS * px) / 2 };
}

/** A point's mark, as a box: its halo of uncertainty at the district views. */
function markOf([x, y]: Point): Rect {
	return [x - MARK_REACH_PX, y - MARK_REACH_PX, x + MARK_REACH_PX, y + MARK_REACH_PX];
}
/**
 * Where MapLibre may set a point's name, in the order it tries them (map/style.ts's nameSpotsAt):
 * right of its mark, left of it, beneath, above, then beneath and above to either side.
 */
function namesBeside([x, y]: Point, box: NameBox): Rect[] {
	const [w, h] = [box.halfWidth * 2, box.halfHeight * 2];
	const d = NAME_BESIDE_PX * Math.SQRT1_2;
	const at = (west: number, north: number): Rect => [west, north, west + w, north + h];
	return [
		at(x + NAME_BESIDE_PX, y - h / 2),
		at(x - NAME_BESIDE_PX - w, y - h / 2),
		at(x - w / 2, y + NAME_BESIDE_PX),
		at(x - w / 2, y - NAME_BESIDE_PX - h),
		at(x + d, y + d),
		at(x - d - w, y + d),
		at(x + d, y - d - h),
		at(x - d - w, y - d - h)
	];
}
/**
 * Where an area's name may be set: in its middle, or beneath its lowest point (centred, or to
 * either side; map/style.ts's nameSpotsAt).
 */
function nameOfArea(middle: Point, outline: Point[], box: NameBox): Rect[] {
	const [x, y] = outline.reduce((a, b) => (b[1] > a[1] ? b : a));
	const [w, h] = [box.halfWidth * 2, box.halfHeight * 2];
	return [
		[middle[0] - w / 2, middle[1] - h / 2, middle[0] + w / 2, middle[1] + h / 2],
		[x - w, y, x + w, y + NAME_GAP_PX + h]
	];
}

/** Distance in pixels from a box (centre c, half sizes) to a segment; 0 where they meet. */
function boxToSegment([cx, cy]: Point, box: NameBox, [a, b]: Segment): number {
	const [x0, x1, y0, y1] = [
		cx - box.halfWidth,
		cx + box.halfWidth,
		cy - box.halfHeight,
		cy + box.halfHeight
	];
	const inside = ([x, y]: Point) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
	if (inside(a) || inside(b)) return 0;
	const corners: Point[] = [
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1]
	];
	const edges = corners.map((p, i): Segment => [p, corners[(i + 1) % 4]!]);
	if (edges.some((edge) => segmentsCross(edge, [a, b]))) return 0;
	return Math.min(
		...corners.map((p) => pointToSegment(p, [a, b])),
		...[a, b]
			.map((p) => Math.max(x0 - p[0], p[0] - x1, 0) ** 2 + Math.max(y0 - p[1], p[1] - y1, 0) ** 2)
			.map(Math.sqrt)
	);
}
function pointToSegment([px, py]: Point, [[ax, ay], [bx, by]]: Segment): number {
	const [dx, dy] = [bx - ax, by - ay];
	const length = dx * dx + dy * dy;
	const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
function segmentsCross([a, b]: Segment, [c, d]: Segment): boolean {
	const side = (p: Point, q: Point, r: Point) =>
		Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
	return side(a, b, c) !== side(a, b, d) && side(c, d, a) !== side(c, d, b);
}

/**
 * A spot's rank: the views where its name lies inside the town clear of its outline, of the
 * points' marks, of other places' names where MapLibre tries them first (where one lies, it
 * moves the town's name aside, wherever that is) and of the One Axis's line; then those where it
 * is also clear of the names where they are likely set (a cluster's moved aside by a mark or a
 * name set before it); then those where it is clear of the axis's band and of areas' outlines;
 * then, over all views, how clear it is of other places' names, of the places' lines and of the
 * basemap's (metro lines, expressways, water); then as close to the town's visual centre as
 * that allows.
 */
type Rank = [
	views: number,
	viewsOffNames: number,
	viewsOffBand: number,
	names: number,
	places: number,
	basemap: number,
	centre: number
];
/**
 * Whether a town's name, in a view, lies inside the town clear of its outline, of the points'
 * marks and of other places' names.
 */
const clear = (c: ReturnType<typeof clearanceIn>) =>
	c.outline >= CLEARANCE_PX && c.marks >= CLEARANCE_PX && c.names >= CLEARANCE_PX;
/** Whether rank a is above rank b: at the first place they differ, a's is higher. */
function above(a: Rank, b: Rank): boolean {
	const i = a.findIndex((r, k) => r !== b[k]);
	return i >= 0 && a[i]! > b[i]!;
}

/**
 * Labels as clearTownNames leaves them: a town whose name fits it in no view is `cramped` (the
 * style names it after the clusters' names at every zoom, style.ts's town-labels).
 */
export type TownNamedLabels = Omit<MapLabels, 'features'> & {
	features: (MapLabels['features'][number] & {
		properties: MapLabels['features'][number]['properties'] & { cramped?: true };
	})[];
};

/** What a town's name is set clear of in a view, in its pixels. */
function sceneIn(
	view: View,
	labels: MapLabels,
	places: MapPlaces,
	basemap: readonly FeatureCollection[]
) {
	const { zoom } = view;
	const project = projection(zoom);
	const { toPixels } = project;
	const namedKinds: readonly string[] = [...NAMED_BESIDE.clusters, ...NAMED_BESIDE.others];
	const shapes = new Map(places.features.map((f) => [f.id, f.geometry]));
	const ofKind = (kinds: readonly string[]) =>
		places.features.filter((f) => kinds.includes(f.properties.kind)).map((f) => f.geometry);
	// The places drawn at this zoom and named beside their point or area.
	const drawn = labels.features.flatMap((label) => {
		const shape = shapes.get(label.id);
		return namedKinds.includes(label.properties.kind) && label.properties.minzoom <= zoom && shape
			? [{ label, shape, at: toPixels(label.geometry.coordinates) }]
			: [];
	});
	const marks = drawn.filter((l) => !isArea(l.shape)).map((l) => markOf(l.at));
	const names = namesOf(drawn, marks, view, toPixels);
	return {
		project,
		outlines: new Lines(project, [{ geometries: ofKind(['town']), halfWidth: 1 }]),
		axisLine: new Lines(project, [{ geometries: ofKind(['axis']), halfWidth: AXIS_LINE_PX / 2 }]),
		placeLines: new Lines(project, [
			{ geometries: ofKind(['axis']), halfWidth: sizeAtZoom(AXIS_BAND_PX, zoom) / 2 },
			{ geometries: ofKind(namedKinds).filter(isArea), halfWidth: 1.5 }
		]),
		basemapLines: new Lines(project, [
			{
				geometries: basemap.flatMap((layer) => layer.features.map((f) => f.geometry)),
				halfWidth: 1
			}
		]),
		// The places drawn at this zoom as points: their marks, placed before every name.
		marks: new Names(marks),
		// Their names, and those of the areas: where MapLibre sets them first, and where it may.
		names: new Names(names.first),
		likelyNames: new Names(names.likely)
	};
}
type Scene = ReturnType<typeof sceneIn>;

/**
 * Where the names of the places drawn in a view lie: an area's in its middle or beneath it (both
 * kept clear); a point's, as MapLibre first tries it, right of its mark (`first`), and where it
 * is likely set (`likely`). MapLibre sets the clusters' names before the towns' below style.ts's
 * TOWNS_FIRST_ZOOM: the areas' first, then the points', each at the first of its spots clear of
 * the points' marks and of the names set before it (a name with no such spot is not set). Other
 * places' names are set after the towns' and move aside for them: their first spots are kept.
 */
function namesOf(
	drawn: { label: MapLabels['features'][number]; shape: Geometry; at: Point }[],
	marks: Rect[],
	view: View,
	toPixels: Projection['toPixels']
) {
	const kinds: readonly string[] = NAMED_BESIDE.clusters;
	const spots = drawn.map(({ label: { properties }, shape, at }) => {
		const box = nameBox([properties.name_en, properties.name_zh], PLACE_NAME, view);
		const area = isArea(shape);
		return {
			area,
			cluster: kinds.includes(properties.kind),
			spots: area ? nameOfArea(at, linesOf(shape).flat().map(toPixels), box) : namesBeside(at, box)
		};
	});
	const first = spots.flatMap((n) => (n.area ? n.spots : n.spots.slice(0, 1)));
	const likely = spots.flatMap((n) => (n.area ? n.spots : []));
	const free = (r: Rect) => !marks.some((m) => overlap(r, m)) && !likely.some((n) => overlap(r, n));
	for (const n of spots.filter((n) => n.cluster && !n.area)) {
		const spot = n.spots.find(free);
		if (spot) likely.push(spot);
	}
	likely.push(...spots.flatMap((n) => (n.cluster || n.area ? [] : n.spots.slice(0, 1))));
	return { first, likely };
}
const overlap = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** How clear a town's name (its box in the view) at a spot is: of its outline, names, lines. */
function clearanceIn(scene: Scene, box: NameBox, at: Position) {
	const spot = scene.project.toPixels(at);
	return {
		outline: scene.outlines.clearance(spot, box),
		marks: Math.floor(scene.marks.clearance(spot, box)),
		names: Math.floor(scene.names.clearance(spot, box)),
		likelyNames: scene.likelyNames.clearance(spot, box),
		axis: scene.axisLine.clearance(spot, box),
		places: Math.floor(scene.placeLines.clearance(spot, box)),
		basemap: Math.floor(scene.basemapLines.clearance(spot, box))
	};
}

/**
 * The town labels at the spots where their names cross no line and meet no other place's name
 * in as many of NAME_CLEAR_VIEWS as may be, else as clear of them as may be, inside the town clear
 * of its outline (Rank). A town too small in every view to hold its name so keeps its visual
 * centre, marked `cramped`. Other labels as they are.
 */
export function clearTownNames(
	labels: MapLabels,
	places: MapPlaces,
	basemap: readonly FeatureCollection[]
): TownNamedLabels {
	// A town's name is sought inside its area; a town drawn otherwise keeps its label point.
	const towns = new Map(
		places.features.flatMap((f) =>
			f.properties.kind === 'town' && isArea(f.geometry) ? [[f.id, f.geometry] as const] : []
		)
	);
	const scenes = NAME_CLEAR_VIEWS.map((view) => ({
		view,
		scene: sceneIn(view, labels, places, basemap)
	}));
	// Spots are sought on the grid of the first view.
	const { project } = scenes[0]!.scene;
	return {
		...labels,
		features: labels.features.map((label) => {
			const town = towns.get(label.id);
			if (label.properties.kind !== 'town' || !town) return label;
			const names: [string, string] = [label.properties.name_en, label.properties.name_zh];
			const boxes = scenes.map(({ view }) => nameBox(names, TOWN_NAME, view));
			const centre = project.toPixels(label.geometry.coordinates);
			const outline = linesOf(town).flat().map(project.toPixels);
			const [xs, ys] = [outline.map((p) => p[0]), outline.map((p) => p[1])];
			const step =
				STEP_METRES / metresPerPixel(NAME_CLEAR_VIEWS[0].zoom, label.geometry.coordinates[1]!);
			const spots: { spot: Point; at: [number, number] }[] = [];
			for (let x = Math.min(...xs); x <= Math.max(...xs); x += step)
				for (let y = Math.min(...ys); y <= Math.max(...ys); y += step) {
					const at = project.toLngLat([x, y]);
					if (booleanPointInPolygon(at, town)) spots.push({ spot: [x, y], at });
				}
			const rated = spots.map(({ spot, at }) => {
				const seen = scenes.map(({ scene }, i) => clearanceIn(scene, boxes[i]!, at));
				const rank: Rank = [
					seen.filter((c) => clear(c) && c.axis >= CLEARANCE_PX).length,
					seen.filter((c) => clear(c) && c.axis >= CLEARANCE_PX && c.likelyNames >= CLEARANCE_PX)
						.length,
					seen.filter((c) => clear(c) && c.places >= CLEARANCE_PX).length,
					seen.reduce((sum, c) => sum + c.names, 0),
					seen.reduce((sum, c) => sum + c.places, 0),
					seen.reduce((sum, c) => sum + c.basemap, 0),
					-Math.hypot(spot[0] - centre[0], spot[1] - centre[1])
				];
				return { at, fits: seen.some((c) => c.outline >= CLEARANCE_PX), rank };
			});
			// A name that fits its town in no view stays at its visual centre.
			let best: (typeof rated)[number] | undefined;
			for (const r of rated) if (r.fits && (!best || above(r.rank, best.rank))) best = r;
			return best
				? { ...label, geometry: { type: 'Point' as const, coordinates: best.at } }
				: { ...label, properties: { ...label.properties, cramped: true as const } };
		})
	};
}
