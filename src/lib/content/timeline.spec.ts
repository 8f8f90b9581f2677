import { expect, test } from 'vitest';
import { loadContent } from '$lib/server/load';
import type { Fact } from '$lib/schema/fact';
import type { Place } from '$lib/schema/place';
import { buildTimeline, onTimeline, whenOf } from './timeline';

const content = loadContent();
const timeline = buildTimeline(content.facts, content.places);
const entries = timeline.groups.flatMap((g) => g.entries);
const factOf = (id: string) => content.facts.find((f) => f.id === id)!;

test('every dated fact and every event of the articles is on the timeline once', () => {
	const dated = content.facts.filter((f) => f.date || f.year);
	expect(dated.length).toBeGreaterThanOrEqual(20);
	const ids = entries.map((e) => e.fact);
	expect(new Set(ids).size).toBe(ids.length);
	for (const fact of content.facts)
		expect(ids.includes(fact.id), fact.id).toBe(
			Boolean(fact.date || fact.year) || ['event', 'date'].includes(fact.kind)
		);
});

test('years run in order, then the facts without a stated year, then the undated', () => {
	const kinds = timeline.groups.map((g) => g.kind);
	expect(kinds.indexOf('year-unstated')).toBeGreaterThan(kinds.lastIndexOf('year'));
	expect(kinds.at(-1)).toBe('undated');
	const years = timeline.groups.filter((g) => g.kind === 'year').map((g) => g.year!);
	expect(years).toEqual([...years].sort((a, b) => a - b));
	expect(years[0]).toBe(2018);
	expect(years.at(-1)).toBe(2025);
	for (const group of timeline.groups)
		for (const entry of group.entries) {
			expect(entry.when.year, entry.fact).toBe(group.year);
			if (group.kind === 'undated') expect(entry.when.month).toBeNull();
		}
});

test('a month and day without a year is not given one: it sits in its own group in calendar order', () => {
	const unstated = timeline.groups.find((g) => g.kind === 'year-unstated')!;
	const forum = unstated.entries.find((e) => e.fact === 'medical-cluster-forum-held')!;
	expect(forum.when).toEqual({ year: null, month: 9, day: 26 });
	const order = unstated.entries.map((e) => e.when.month! * 100 + (e.when.day ?? 0));
	expect(order).toEqual([...order].sort((a, b) => a - b));
	// "Since its inception in October": the month alone comes before the days of October.
	const ids = unstated.entries.map((e) => e.fact);
	expect(ids.indexOf('medvalley-inception')).toBeLessThan(ids.indexOf('medvalley-opening'));
});

test('2025 targets are marked as targets, and only facts of kind target are', () => {
	const year2025 = timeline.groups.find((g) => g.year === 2025)!;
	expect(year2025.entries.length).toBeGreaterThan(5);
	for (const entry of entries)
		expect(entry.target, entry.fact).toBe(factOf(entry.fact).kind === 'target');
	expect(year2025.entries.find((e) => e.fact === 'valeo-mass-production')!.target).toBe(true);
	expect(entries.find((e) => e.fact === 'hongqiao-hub-plan-approved')!.target).toBe(false);
});

test('within a year a year alone comes first, then months in order', () => {
	const facts = [
		{ id: 'a-day', date: '2021-03-05' },
		{ id: 'a-month', date: '2021-03' },
		{ id: 'the-year', year: 2021 },
		{ id: 'earlier', date: '2021-02-28' }
	].map((f) => ({ kind: 'event', places: ['p'], ...f }) as unknown as Fact);
	const place = {
		id: 'p',
		properties: { kind: 'park', town: null, industries: [] }
	} as unknown as Place;
	const built = buildTimeline(facts, [place]);
	expect(built.groups.map((g) => g.id)).toEqual(['2021']);
	expect(built.groups[0]!.entries.map((e) => e.fact)).toEqual([
		'the-year',
		'earlier',
		'a-month',
		'a-day'
	]);
});

test('entries carry the industries and towns of their places, for the filters', () => {
	const mobility = entries.find((e) => e.fact === 'mobility-valley-opening')!;
	expect(mobility.towns).toEqual(['anting']);
	expect(mobility.industries.length).toBeGreaterThan(0);
	// A district-wide fact lies in no town.
	expect(entries.find((e) => e.fact === 'medical-cluster-forum-held')!.towns).toEqual([]);
	expect(timeline.towns).toContain('malu');
	expect(timeline.industries).toContain('hydrogen');
});

test('a fact on a place that is not in the places file is an error naming both', () => {
	const fact = { ...factOf('medvalley-opening'), places: ['nowhere'] };
	expect(() => buildTimeline([fact], content.places)).toThrow(/"nowhere".*geo\/places\.geojson/);
});

test('dates read as precisely as stated', () => {
	expect(whenOf({ date: '--10' })).toEqual({ year: null, month: 10, day: null });
	expect(whenOf({ date: '2021-02' })).toEqual({ year: 2021, month: 2, day: null });
	expect(whenOf({ year: 2025 })).toEqual({ year: 2025, month: null, day: null });
	expect(onTimeline({ kind: 'figure' })).toBe(false);
	expect(onTimeline({ kind: 'figure', year: 2022 })).toBe(true);
});
