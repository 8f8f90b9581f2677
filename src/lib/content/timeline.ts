/**
 * The atlas's timeline: every dated fact across the articles, in time order and grouped by year.
 * Built at build time from the published facts and places (pure: no I/O).
 *
 * Honesty rules:
 * - a fact's date is placed only as precisely as its article states it: a year alone sits at the
 *   head of its year, a month before the days of that month;
 * - a month and day printed without a year ("on September 26") is not given one: those facts form
 *   a group of their own after the years, in calendar order;
 * - events the articles report without any date ("recently", "has begun construction") are listed
 *   last, as undated, rather than left out;
 * - a target or an expected date (kind `target`) is marked as one; the articles do not say whether
 *   it was met.
 */
import type { Fact } from '../schema/fact';
import type { Place } from '../schema/place';
import type { Industry } from '../schema/vocabulary';
import { INDUSTRIES } from '../schema/vocabulary';

/** When a fact happened, as precisely as its article says. */
export interface TimelineWhen {
	year: number | null;
	month: number | null;
	day: number | null;
}

export interface TimelineEntry {
	/** The fact's id: the page shows it through the fact itself. */
	fact: string;
	when: TimelineWhen;
	/** A target, plan or expected date, not something that happened. */
	target: boolean;
	/** The industries of the fact's places and of the places it is mentioned from, for the filter. */
	industries: Industry[];
	/** The towns the fact's places lie in (a town is its own); empty for district-wide facts. */
	towns: string[];
}

export type TimelineGroupKind = 'year' | 'year-unstated' | 'undated';

export interface TimelineGroup {
	/** `2021`, `year-unstated` or `undated`: unique, usable as an anchor. */
	id: string;
	kind: TimelineGroupKind;
	/** The year, for `year` groups. */
	year: number | null;
	entries: TimelineEntry[];
}

export interface Timeline {
	groups: TimelineGroup[];
	/** Industries any entry has, in the vocabulary's order. */
	industries: Industry[];
	/** Towns any entry lies in (place ids), in the places' order. */
	towns: string[];
}

/** Facts the timeline lists: those with a date or a year, and events or dates without one. */
export function onTimeline(fact: Pick<Fact, 'date' | 'year' | 'kind'>): boolean {
	return Boolean(fact.date || fact.year || fact.kind === 'event' || fact.kind === 'date');
}

/** The date a fact states, as precisely as it states it. */
export function whenOf(fact: Pick<Fact, 'date' | 'year'>): TimelineWhen {
	if (fact.date) {
		const yearless = fact.date.startsWith('--');
		const [year, month, day] = yearless
			? [undefined, ...fact.date.slice(2).split('-')]
			: fact.date.split('-');
		return {
			year: year ? Number(year) : null,
			month: month ? Number(month) : null,
			day: day ? Number(day) : null
		};
	}
	return { year: fact.year ?? null, month: null, day: null };
}

/** Within a group: a year alone first, then by month (a month alone before its days), then by day. */
const byWhen = (a: TimelineWhen, b: TimelineWhen) =>
	(a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);

/** Years in order, then the facts whose year is not stated, then the undated ones. */
const GROUP_ORDER: Record<TimelineGroupKind, number> = { year: 0, 'year-unstated': 1, undated: 2 };

export function buildTimeline(facts: Fact[], places: Place[]): Timeline {
	const byId = new Map(places.map((p) => [p.id, p]));
	const townOf = (id: string): string | null => {
		const place = byId.get(id);
		if (!place) throw new Error(`timeline: fact place "${id}" is not in geo/places.geojson`);
		return place.properties.kind === 'town' ? place.id : place.properties.town;
	};

	const entries = facts.filter(onTimeline).map((fact, order) => {
		// A district-wide fact counts for the industries of the places it concerns (`mentioned_from`).
		const industries = new Set(
			[...fact.places, ...(fact.mentioned_from ?? [])].flatMap(
				(id) => byId.get(id)?.properties.industries ?? []
			)
		);
		const towns = new Set(fact.places.map(townOf).filter((t): t is string => t !== null));
		const entry: TimelineEntry = {
			fact: fact.id,
			when: whenOf(fact),
			target: fact.kind === 'target',
			industries: INDUSTRIES.filter((i) => industries.has(i)),
			towns: places.filter((p) => towns.has(p.id)).map((p) => p.id)
		};
		return { entry, order };
	});

	const groups = new Map<string, TimelineGroup>();
	const groupOf = ({ year, month }: TimelineWhen): TimelineGroup => {
		const kind: TimelineGroupKind =
			year !== null ? 'year' : month !== null ? 'year-unstated' : 'undated';
		const id = year !== null ? String(year) : kind;
		let group = groups.get(id);
		if (!group) {
			group = { id, kind, year, entries: [] };
			groups.set(id, group);
		}
		return group;
	};
	entries
		.sort((a, b) => byWhen(a.entry.when, b.entry.when) || a.order - b.order)
		.forEach(({ entry }) => groupOf(entry.when).entries.push(entry));

	const sorted = [...groups.values()].sort(
		(a, b) => GROUP_ORDER[a.kind] - GROUP_ORDER[b.kind] || (a.year ?? 0) - (b.year ?? 0)
	);
	const all = sorted.flatMap((g) => g.entries);
	return {
		groups: sorted,
		industries: INDUSTRIES.filter((i) => all.some((e) => e.industries.includes(i))),
		towns: places.map((p) => p.id).filter((id) => all.some((e) => e.towns.includes(id)))
	};
}
