import { area, bbox, booleanPointInPolygon, polygon } from '@turf/turf';
import { expect, test } from 'vitest';
import { loadAtlas, loadContent } from '$lib/server/load';
import { anchorOf, buildStory, placesNearAxis, RELATED_LIMIT, timeKey } from './stories';
import { EN } from '$lib/i18n/messages';

test('every place has a story and every fact appears in the story of each of its places', () => {
	const atlas = loadAtlas();
	const content = loadContent();
	expect(Object.keys(atlas.stories).sort()).toEqual(content.places.map((p) => p.id).sort());
	for (const fact of content.facts) {
		for (const place of fact.places) {
			const story = atlas.stories[place]!;
			const all = [
				...story.figures,
				...story.timeline,
				...story.agreements,
				...story.quotes,
				...story.statements
			];
			expect(
				all.filter((f) => f.id === fact.id),
				`${fact.id} in ${place}`
			).toHaveLength(1);
			expect(story.districtWide.map((f) => f.id)).not.toContain(fact.id);
		}
		for (const place of fact.mentioned_from ?? [])
			expect(atlas.stories[place]!.districtWide.map((f) => f.id)).toContain(fact.id);
	}
});

test('a district-wide figure sits on the district and is mentioned, as such, from its park', () => {
	const atlas = loadAtlas();
	const fact = atlas.stories['jiading']!.figures.find(
		(f) => f.unit === 'yuan' && f.label.includes('hydrogen')
	)!;
	expect(fact.places).toEqual(['jiading']);
	const park = atlas.stories['jiading-hydrogen-park']!;
	expect(park.districtWide.map((f) => f.id)).toContain(fact.id);
	expect(park.figures.map((f) => f.id)).not.toContain(fact.id);
});

test('MedValley: figures with values, its town, its articles', () => {
	const story = loadAtlas().stories['shanghai-medvalley']!;
	expect(story.figures.map((f) => f.id)).toContain('medvalley-planned-area');
	expect(story.figures.every((f) => f.value !== undefined)).toBe(true);
	expect(story.related.town[0]).toBe('malu');
	expect(story.articles).toContain('shanghai-medvalley-strengthens-jiadings-biopharma-sector');
});

test('a disagreement brings every disagreeing fact, with its article', () => {
	const story = loadAtlas().stories['jiading']!;
	const usd = story.disagreements.find((d) => d.id === 'usd-value-of-100-billion-yuan')!;
	expect(usd.members.map((f) => f.article)).toHaveLength(3);
	expect(new Set(usd.members.map((f) => f.article)).size).toBe(3);
});

test('the timeline puts stated years first, then month-days, then undated', () => {
	expect(
		[{ date: '--09-26' }, {}, { date: '2021-02', year: 2021 }, { year: 2018 }].map(timeKey).sort()
	).toEqual(['0 2018', '0 2021-02', '1 09-26', '2']);
	for (const story of Object.values(loadAtlas().stories)) {
		const keys = story.timeline.map(timeKey);
		expect(keys).toEqual([...keys].sort());
	}
});

test('places near the One Axis are measured from its geometry', () => {
	const near = placesNearAxis(loadContent().places);
	expect(near.has('one-axis')).toBe(false);
	expect(near.size).toBeGreaterThan(0);
	for (const id of near) {
		const kind = loadContent().places.find((p) => p.id === id)!.properties.kind;
		expect(['cluster', 'site', 'leisure']).toContain(kind);
	}
});

test('every place has a framing box and a label anchor inside it', () => {
	for (const place of loadAtlas().places) {
		const [w, s, e, n] = place.bbox;
		const [x, y] = place.anchor;
		expect(x >= w && x <= e && y >= s && y <= n, place.id).toBe(true);
	}
});

/** Metres from a point to the nearest edge of a polygon's rings (flat, near Jiading: 31.35° N). */
function clearance([x, y]: number[], rings: number[][][]): number {
	const kx = 111_320 * Math.cos((31.35 * Math.PI) / 180);
	const ky = 110_574;
	let best = Infinity;
	for (const ring of rings)
		for (let k = 1; k < ring.length; k++) {
			const [ax, ay] = [(ring[k - 1]![0]! - x!) * kx, (ring[k - 1]![1]! - y!) * ky];
			const [bx, by] = [(ring[k]![0]! - x!) * kx, (ring[k]![1]! - y!) * ky];
			const [dx, dy] = [bx - ax, by - ay];
			const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
			best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
		}
	return best;
}

test('an area’s label point is its visual centre: inside it, about as far from its edges as any point', () => {
	const areas = loadContent().places.filter((p) =>
		['Polygon', 'MultiPolygon'].includes(p.geometry.type)
	);
	expect(areas.length).toBeGreaterThan(10);
	const largestOf = (place: (typeof areas)[number]) => {
		const g = place.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
		const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		return parts.map((c) => polygon(c)).reduce((a, b) => (area(b) > area(a) ? b : a));
	};
	for (const place of areas) {
		const largest = largestOf(place);
		const rings = largest.geometry.coordinates;
		const anchor = anchorOf(place);
		expect(booleanPointInPolygon(anchor, largest), place.id).toBe(true);
		// The clearest point of a 40 × 40 grid over the shape: the label point is at least as clear,
		// give or take the grid's step.
		const [w, s, e, n] = bbox(largest);
		let best = 0;
		for (let i = 0; i <= 40; i++)
			for (let j = 0; j <= 40; j++) {
				const at = [w + ((e - w) * i) / 40, s + ((n - s) * j) / 40];
				if (booleanPointInPolygon(at, largest)) best = Math.max(best, clearance(at, rings));
			}
		expect(clearance(anchor, rings), place.id).toBeGreaterThanOrEqual(0.9 * best);
	}
	// The areas cut by the district's edge: their names sit well inside, not by the cut.
	const clearOf = (id: string) => {
		const place = areas.find((p) => p.id === id)!;
		return clearance(anchorOf(place), largestOf(place).geometry.coordinates);
	};
	expect(clearOf('life-element-valley')).toBeGreaterThan(1000);
	expect(clearOf('shanghai-international-automobile-city')).toBeGreaterThan(4000);
	// A shape a few metres across (a building) has its label point inside it too.
	const [x, y] = [121.25, 31.35];
	const hut = polygon([
		[
			[x, y],
			[x + 0.00005, y],
			[x + 0.00005, y + 0.00004],
			[x, y + 0.00004],
			[x, y]
		]
	]);
	const at = anchorOf({ geometry: hut.geometry as Parameters<typeof anchorOf>[0]['geometry'] });
	expect(booleanPointInPolygon(at, hut)).toBe(true);
	expect(clearance(at, hut.geometry.coordinates)).toBeGreaterThan(1.5);
});

test('the layout motto shown as a quotation is verbatim in an article', () => {
	const text = loadContent()
		.articles.flatMap((a) => a.paragraphs.map((p) => p.text))
		.join('\n');
	expect(text).toContain(EN.motto.replace(/[“”]/g, ''));
});

test('related lists stop at RELATED_LIMIT and count the rest; the real atlas lists them all', () => {
	const atlas = loadAtlas();
	for (const story of Object.values(atlas.stories))
		expect(story.relatedMore, story.id).toEqual({ contains: 0, town: 0, industry: 0, axis: 0 });
	// Thirty more medical-equipment parks: MedValley's industry list grows no longer than the limit.
	const content = loadContent();
	const medvalley = content.places.find((p) => p.id === 'shanghai-medvalley')!;
	const crowd = Array.from({ length: 30 }, (_, i) => ({
		...medvalley,
		id: `park-${i}`,
		properties: { ...medvalley.properties, id: `park-${i}` }
	}));
	const crowded = { ...content, places: [...content.places, ...crowd] };
	const before = atlas.stories['shanghai-medvalley']!.related.industry.length;
	const story = buildStory(medvalley, crowded, placesNearAxis(crowded.places));
	expect(story.related.industry).toHaveLength(RELATED_LIMIT);
	expect(story.relatedMore.industry).toBe(before + crowd.length - RELATED_LIMIT);
	// They all lie in Malu: its page and MedValley's list the first RELATED_LIMIT and count the rest.
	const town = medvalley.properties.town!;
	const inTown = content.places.filter((p) => p.properties.town === town).length + crowd.length;
	expect(story.related.town).toHaveLength(RELATED_LIMIT);
	expect(story.related.town[0]).toBe(town);
	expect(story.relatedMore.town).toBe(inTown - RELATED_LIMIT);
	const malu = buildStory(
		content.places.find((p) => p.id === town)!,
		crowded,
		placesNearAxis(crowded.places)
	);
	expect(malu.related.contains).toHaveLength(RELATED_LIMIT);
	expect(malu.relatedMore.contains).toBe(inTown - RELATED_LIMIT);
});
