/**
 * Link previews: a 1200×630 picture per place (the district with its towns, the place drawn over
 * them in the accent) and one for the whole atlas (every park, cluster and site). Made at build
 * time from the curated geometries and the theme, with no text in them: the card's title and
 * description carry the names, in the page's language, so no font has to be on the build machine.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Geometry } from 'geojson';
import { line, projection, ring, type Project } from '$lib/geo/sketch';
import type { Place } from '$lib/schema/place';
import { THEME } from '$lib/theme';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
/** The file name of the atlas's own preview, beside the places' ones. */
export const SITE_PREVIEW = 'atlas';

/** SVG for one geometry: areas filled, lines stroked, points as a ringed dot. */
function shape(geometry: Geometry, project: Project, style: ShapeStyle): string {
	switch (geometry.type) {
		case 'Polygon':
		case 'MultiPolygon': {
			const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
			const d = polygons.flatMap((rings) => rings.map((r) => ring(r, project))).join('');
			return `<path d="${d}" fill="${style.fill}" fill-opacity="${style.fillOpacity}" stroke="${style.stroke}" stroke-width="${style.width}" fill-rule="evenodd"/>`;
		}
		case 'LineString':
		case 'MultiLineString': {
			const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
			const d = lines.map((l) => line(l, project)).join('');
			return `<path d="${d}" fill="none" stroke="${style.stroke}" stroke-width="${style.width * 2}" stroke-linecap="round" stroke-linejoin="round"/>`;
		}
		case 'Point':
		case 'MultiPoint': {
			const points = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates;
			return points
				.map((p) => {
					const [x, y] = project(p);
					return `<circle cx="${x}" cy="${y}" r="${style.radius}" fill="${style.stroke}" stroke="${THEME.surface}" stroke-width="${style.radius / 3}"/>`;
				})
				.join('');
		}
		case 'GeometryCollection':
			return geometry.geometries.map((g) => shape(g, project, style)).join('');
	}
}

interface ShapeStyle {
	fill: string;
	fillOpacity: number;
	stroke: string;
	width: number;
	radius: number;
}

const FOCUS: ShapeStyle = {
	fill: THEME.accent,
	fillOpacity: 0.45,
	stroke: THEME.accent,
	width: 5,
	radius: 18
};
const OTHERS: ShapeStyle = { ...FOCUS, fillOpacity: 0.3, width: 3, radius: 10 };

/** The base under every preview: the district and its towns. */
function base(places: Place[], project: Project): string {
	const district = places.find((p) => p.properties.kind === 'district')!;
	const towns = places.filter((p) => p.properties.kind === 'town');
	return [
		`<rect width="${PREVIEW_SIZE.width}" height="${PREVIEW_SIZE.height}" fill="${THEME.map.outside}"/>`,
		shape(district.geometry, project, {
			fill: THEME.paper,
			fillOpacity: 1,
			stroke: THEME.map.districtLine,
			width: 3,
			radius: 0
		}),
		...towns.map((t) =>
			shape(t.geometry, project, {
				fill: 'none',
				fillOpacity: 0,
				stroke: THEME.map.townLine,
				width: 1.5,
				radius: 0
			})
		)
	].join('');
}

/**
 * The preview's SVG: `focus` is a place id, or SITE_PREVIEW for every park, cluster and site.
 * The district itself is shown as the whole outline in the accent.
 */
export function previewSvg(places: Place[], focus: string): string {
	const district = places.find((p) => p.properties.kind === 'district');
	if (!district) throw new Error('previews: geo/places.geojson has no place of kind "district"');
	const project = projection(district.geometry, PREVIEW_SIZE, 40);
	let drawn: string;
	if (focus === SITE_PREVIEW) {
		drawn = places
			.filter((p) => ['cluster', 'site', 'axis'].includes(p.properties.kind))
			.map((p) => shape(p.geometry, project, OTHERS))
			.join('');
	} else {
		const place = places.find((p) => p.id === focus);
		if (!place) throw new Error(`previews: no place "${focus}" in geo/places.geojson`);
		drawn = shape(
			place.geometry,
			project,
			place.properties.kind === 'district' ? { ...FOCUS, fillOpacity: 0.2 } : FOCUS
		);
	}
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_SIZE.width}" height="${PREVIEW_SIZE.height}" viewBox="0 0 ${PREVIEW_SIZE.width} ${PREVIEW_SIZE.height}">`,
		base(places, project),
		drawn,
		'</svg>'
	].join('');
}

/** The preview as a PNG. */
export function previewPng(places: Place[], focus: string): Uint8Array<ArrayBuffer> {
	return new Uint8Array(new Resvg(previewSvg(places, focus)).render().asPng());
}
