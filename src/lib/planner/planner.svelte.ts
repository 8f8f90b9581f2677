/**
 * What the planner view remembers: the table's filters and sort, the selected place (shared with
 * the map), the corridor's width, and the measuring tool's points.
 */
import { createContext } from 'svelte';
import type { Feature, FeatureCollection } from 'geojson';
import { locale } from '$lib/i18n/locale.svelte';
import type { PlannerCorridor, PlannerRow } from '$lib/schema/planner';
import { filterRows, sortRows, type RowFilter, type RowSort, type SortKey } from './table';

export type MeasureMode = 'off' | 'line' | 'area';

export class PlannerView {
	filter = $state<RowFilter>({ industry: null, town: null, role: null });
	sort = $state<RowSort>({ key: 'name', direction: 'ascending' });
	selected = $state<string | null>(null);
	/** Places drawn at one spot the planner must choose between; null when there is no such choice. */
	choice = $state<string[] | null>(null);
	corridorKm = $state(2);
	measureMode = $state<MeasureMode>('off');
	measurePoints = $state<[number, number][]>([]);

	readonly rows: PlannerRow[];
	readonly corridors: PlannerCorridor[];

	constructor(rows: PlannerRow[], corridors: PlannerCorridor[]) {
		this.rows = rows;
		this.corridors = corridors;
	}

	/** The rows the filters let through, in the chosen order. */
	get shown(): PlannerRow[] {
		return sortRows(filterRows(this.rows, this.filter), this.sort, locale.current);
	}

	/** Whether any filter is on (the map then draws only the rows left, with the towns as context). */
	get filtered(): boolean {
		return Object.values(this.filter).some((value) => value !== null);
	}

	/** The choice's places as rows, in the order the map gave them. */
	get choices(): PlannerRow[] | null {
		return this.choice?.map((id) => this.rows.find((r) => r.id === id)!) ?? null;
	}

	/**
	 * What a click on the map picked. One place is selected; several at one spot are offered to
	 * choose from (the selection stays until one is chosen); none (empty map, or only a town, which
	 * is context and not a row) clears the selection. Returns the place selected, if any.
	 */
	pick(ids: string[]): string | null {
		const rows = ids.filter(
			(id, at) => ids.indexOf(id) === at && this.rows.some((r) => r.id === id)
		);
		this.choice = rows.length > 1 ? rows : null;
		if (rows.length <= 1) this.selected = rows[0] ?? null;
		return rows.length === 1 ? rows[0]! : null;
	}

	/** Takes one place of the choice. */
	choose(id: string) {
		this.choice = null;
		this.selected = id;
	}

	sortBy(key: SortKey) {
		this.sort =
			this.sort.key === key
				? { key, direction: this.sort.direction === 'ascending' ? 'descending' : 'ascending' }
				: { key, direction: 'ascending' };
	}

	measure(mode: MeasureMode) {
		this.measureMode = this.measureMode === mode ? 'off' : mode;
		this.measurePoints = [];
	}

	/** Adds a measuring point; false when no tool is on (the click then picks a place). */
	addPoint(lngLat: [number, number]): boolean {
		if (this.measureMode === 'off') return false;
		this.measurePoints = [...this.measurePoints, lngLat];
		return true;
	}

	/** What the map draws over its places: the corridor, and the measurement in progress. */
	get overlay(): FeatureCollection {
		const corridor = this.corridors.find((c) => c.km === this.corridorKm);
		const features: Feature[] = [];
		if (corridor)
			features.push({
				type: 'Feature',
				properties: { role: 'corridor' },
				geometry: corridor.geometry
			});
		const points = this.measurePoints;
		if (this.measureMode === 'area' && points.length >= 3)
			features.push({
				type: 'Feature',
				properties: { role: 'measure' },
				geometry: { type: 'Polygon', coordinates: [[...points, points[0]!]] }
			});
		else if (points.length >= 2)
			features.push({
				type: 'Feature',
				properties: { role: 'measure' },
				geometry: { type: 'LineString', coordinates: points }
			});
		for (const point of points)
			features.push({
				type: 'Feature',
				properties: { role: 'measure' },
				geometry: { type: 'Point', coordinates: point }
			});
		return { type: 'FeatureCollection', features };
	}
}

const [getPlanner, setPlanner] = createContext<PlannerView>();
export { getPlanner, setPlanner };
