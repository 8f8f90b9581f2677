import { expect, test } from 'vitest';
import { loadContent, loadPlanner } from '$lib/server/load';
import { compareAreas, CORRIDOR_KM } from './planner';

test('one row per cluster, park and site, measured', () => {
	const planner = loadPlanner();
	const kinds = new Set(planner.rows.map((r) => r.kind));
	expect([...kinds].sort()).toEqual(['cluster', 'leisure', 'site']);
	const listed = loadContent().places.filter((p) =>
		['cluster', 'leisure', 'site'].includes(p.properties.kind)
	);
	expect(planner.rows).toHaveLength(listed.length);
	const medvalley = planner.rows.find((r) => r.id === 'shanghai-medvalley')!;
	expect(medvalley.statedArea).toMatchObject({ km2: 2.2, fact: 'medvalley-planned-area' });
	expect(medvalley.mappedAreaKm2).toBeCloseTo(2.2, 1);
	expect(medvalley.station).not.toBeNull();
	// Valeo's 45 mu is 0.03 km²; it is drawn as a point, so it has no mapped area.
	const valeo = planner.rows.find((r) => r.id === 'valeo-waigang')!;
	expect(valeo.statedArea!.km2).toBeCloseTo(0.03, 3);
	expect(valeo.mappedAreaKm2).toBeNull();
});

test('places on the One Axis are at 0 km; schematic shapes are never flagged', () => {
	const rows = loadPlanner().rows;
	expect(rows.find((r) => r.id === 'life-element-valley')!.axisKm).toBe(0);
	expect(rows.find((r) => r.id === 'united-imaging-town')!.axisKm).toBe(0);
	expect(rows.filter((r) => r.precision === 'schematic').every((r) => !r.areaFlag)).toBe(true);
});

test('the corridor is offered at several widths, each wider than the last', () => {
	const { corridors } = loadPlanner();
	expect(corridors.map((c) => c.km)).toEqual([...CORRIDOR_KM]);
	for (const c of corridors) expect(['Polygon', 'MultiPolygon']).toContain(c.geometry.type);
});

test('summaries count clusters, facts and figures per town and industry', () => {
	const { towns, industries } = loadPlanner();
	const anting = towns.find((t) => t.key === 'anting')!;
	expect(anting.clusters).toBe(3);
	// The design valley's 1 km² lies inside the Automobile City's 100 km²: counted once.
	expect(anting.statedKm2).toBeCloseTo(100, 5);
	expect(anting.nested).toEqual(['intelligent-mobility-design-valley']);
	expect(anting.figures).toBeLessThanOrEqual(anting.facts);
	const hydrogen = industries.find((i) => i.key === 'hydrogen')!;
	expect(hydrogen.places).toBe(3);
});

test('gaps list every approximate or schematic place; disagreements bring their facts', () => {
	const { gaps, disagreements } = loadPlanner();
	const inexact = loadContent().places.filter((p) => p.properties.precision !== 'exact');
	expect(gaps.map((g) => g.id).sort()).toEqual(inexact.map((p) => p.id).sort());
	expect(disagreements.length).toBe(loadContent().disagreements.length);
	for (const d of disagreements) expect(d.members.length).toBeGreaterThanOrEqual(2);
});

test('a mapped area far from the stated one is flagged, unless the shape is schematic', () => {
	expect(compareAreas(2, 4, 'exact')).toEqual({ ratio: 2, flagged: true });
	expect(compareAreas(2, 1, 'approximate')).toEqual({ ratio: 0.5, flagged: true });
	expect(compareAreas(2, 2.5, 'exact')).toEqual({ ratio: 1.25, flagged: false });
	expect(compareAreas(2, 4, 'schematic')).toEqual({ ratio: 2, flagged: false });
	expect(compareAreas(null, 4, 'exact')).toEqual({ ratio: null, flagged: false });
	expect(compareAreas(2, null, 'exact')).toEqual({ ratio: null, flagged: false });
});

test('a nearest station’s lines are named in Chinese as well as in English', () => {
	const stations = loadPlanner().rows.flatMap((r) => (r.station ? [r.station] : []));
	const jiamin = stations.find((s) => s.line.startsWith('Jiamin'))!;
	expect(jiamin.line_zh).toBe('嘉闵线（在建）');
	const metro = stations.find((s) => s.line.startsWith('Line '))!;
	expect(metro.line_zh).toBe(`${metro.line.slice('Line '.length).replaceAll(', ', '、')}号线`);
});
