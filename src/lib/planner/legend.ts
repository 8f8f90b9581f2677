/**
 * The planner map's legend, one list for the screen and for the printed page: the industries'
 * colours, the One Axis, the corridor and the precision of outlines.
 */
import { industryName, precisionName, t, tf } from '$lib/i18n/locale.svelte';
import type { PlannerRow } from '$lib/schema/planner';
import { INDUSTRIES, type Industry } from '$lib/schema/vocabulary';
import { THEME, type Theme } from '$lib/theme';

export interface LegendItem {
	label: string;
	colour: string;
	/** A line (the One Axis, the corridor, an outline) rather than a dot. */
	line?: boolean;
	/** Dashed, as approximate outlines are drawn. */
	dash?: boolean;
	/** The industry a dot stands for: on screen it filters the table and the map. */
	industry?: Industry;
}

/** Industries any of `rows` belongs to, in the vocabulary's order. */
export function rowIndustries(rows: readonly PlannerRow[]): Industry[] {
	return INDUSTRIES.filter((i) => rows.some((r) => r.industries.includes(i)));
}

/**
 * The legend, in the page's language, for the industries given and the corridor's width, in the
 * colours of `theme` (the screen's scheme; the printed page's is always light).
 */
export function plannerLegend(
	industries: readonly Industry[],
	corridorKm: number,
	theme: Theme = THEME
): LegendItem[] {
	return [
		...industries.map((i) => ({ label: industryName(i), colour: theme.industry[i], industry: i })),
		{ label: t('planner.print.axis'), colour: theme.axis, line: true },
		{
			label: tf('planner.print.corridor', { km: corridorKm }),
			colour: theme.overlay.corridor,
			line: true,
			dash: true
		},
		{ label: precisionName('exact'), colour: theme.ink, line: true },
		{ label: precisionName('approximate'), colour: theme.ink, line: true, dash: true },
		{ label: precisionName('schematic'), colour: theme.inkSoft }
	];
}
