/**
 * The planner's comparison: two to four places set side by side. Which places, in which order,
 * is the page's state, kept in its address (`/planner/compare?places=a,b,c`) so a link carries it.
 */
import { createContext } from 'svelte';
import type { PlannerRow } from '$lib/schema/planner';

export const COMPARE_MAX = 4;
export const COMPARE_PARAM = 'places';

/** Something a link asked to compare that cannot be: a place the planner lacks, a repeat, a fifth. */
export interface CompareProblem {
	value: string;
	reason: 'unknown' | 'repeat' | 'extra';
}

export class CompareView {
	ids = $state<string[]>([]);
	problems = $state<CompareProblem[]>([]);
	readonly #rows: Map<string, PlannerRow>;
	/** The places compared, in the order chosen. */
	readonly compared: PlannerRow[];

	constructor(rows: PlannerRow[]) {
		// Built once from the planner's rows and never changed: there is nothing for Svelte to track.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#rows = new Map(rows.map((r) => [r.id, r]));
		this.compared = $derived(this.ids.map((id) => this.#rows.get(id)!));
	}

	get full(): boolean {
		return this.ids.length >= COMPARE_MAX;
	}

	/** Rows that could still be added. */
	get candidates(): PlannerRow[] {
		return [...this.#rows.values()].filter((r) => !this.ids.includes(r.id));
	}

	add(id: string) {
		if (this.full || this.ids.includes(id) || !this.#rows.has(id)) return;
		this.ids = [...this.ids, id];
	}

	remove(id: string) {
		this.ids = this.ids.filter((i) => i !== id);
	}

	/** Takes the places a link names; what cannot be compared is reported, the rest applies. */
	read(query: URLSearchParams) {
		const ids: string[] = [];
		const problems: CompareProblem[] = [];
		for (const value of (query.get(COMPARE_PARAM) ?? '').split(',').filter(Boolean)) {
			if (!this.#rows.has(value)) problems.push({ value, reason: 'unknown' });
			else if (ids.includes(value)) problems.push({ value, reason: 'repeat' });
			else if (ids.length >= COMPARE_MAX) problems.push({ value, reason: 'extra' });
			else ids.push(value);
		}
		this.ids = ids;
		this.problems = problems;
	}

	/** The query parameter that makes a link to this comparison (null: none). */
	get params(): Record<string, string | null> {
		return { [COMPARE_PARAM]: this.ids.length ? this.ids.join(',') : null };
	}
}

const [getCompare, setCompare] = createContext<CompareView>();
export { getCompare, setCompare };
