/**
 * What the timeline page shows: its filters (industry, town) and the entries they leave. The
 * filters live in the page's query (`?industry=hydrogen&town=anting`), so a link carries them.
 */
import type { Timeline, TimelineEntry, TimelineGroup } from '$lib/content/timeline';
import type { Industry } from '$lib/schema/vocabulary';
import { createContext } from 'svelte';

export const TIMELINE_QUERY = { industry: 'industry', town: 'town' } as const;

export class TimelineView {
	industry = $state<Industry | null>(null);
	town = $state<string | null>(null);
	/** What the last query asked for that the timeline does not have, said on the page. */
	unknown = $state<{ field: 'industry' | 'town'; value: string }[]>([]);

	readonly #timeline: Timeline;
	/** The groups with the entries the filters leave; groups left empty are dropped. */
	readonly groups: TimelineGroup[];
	readonly total: number;
	readonly shown: number;
	readonly filtered: boolean;

	constructor(timeline: Timeline) {
		this.#timeline = timeline;
		this.groups = $derived(
			timeline.groups
				.map((g) => ({ ...g, entries: g.entries.filter((e) => this.matches(e)) }))
				.filter((g) => g.entries.length > 0)
		);
		this.total = timeline.groups.reduce((n, g) => n + g.entries.length, 0);
		this.shown = $derived(this.groups.reduce((n, g) => n + g.entries.length, 0));
		this.filtered = $derived(this.industry !== null || this.town !== null);
	}

	get industries() {
		return this.#timeline.industries;
	}

	get towns() {
		return this.#timeline.towns;
	}

	matches(entry: TimelineEntry): boolean {
		return (
			(this.industry === null || entry.industries.includes(this.industry)) &&
			(this.town === null || entry.towns.includes(this.town))
		);
	}

	clear() {
		this.industry = null;
		this.town = null;
	}

	/** Takes the filters from a page query; values the timeline does not have are reported, not used. */
	read(query: URLSearchParams) {
		const unknown: TimelineView['unknown'] = [];
		const industry = query.get(TIMELINE_QUERY.industry);
		const town = query.get(TIMELINE_QUERY.town);
		this.industry = null;
		this.town = null;
		if (industry !== null) {
			if ((this.industries as string[]).includes(industry)) this.industry = industry as Industry;
			else unknown.push({ field: 'industry', value: industry });
		}
		if (town !== null) {
			if (this.towns.includes(town)) this.town = town;
			else unknown.push({ field: 'town', value: town });
		}
		this.unknown = unknown;
	}

	/** The query parameters that make a link to the current filters (null: absent). */
	get params(): Record<string, string | null> {
		return { [TIMELINE_QUERY.industry]: this.industry, [TIMELINE_QUERY.town]: this.town };
	}
}

const [getTimelineView, setTimelineView] = createContext<TimelineView>();
export { getTimelineView, setTimelineView };
