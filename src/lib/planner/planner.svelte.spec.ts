import { beforeAll, expect, test } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import { loadPlanner } from '$lib/server/load';
import { plannerLegend, rowIndustries } from './legend';
import { PlannerView } from './planner.svelte';

const { rows, corridors } = loadPlanner();
// The planner's text, as its page fetches it.
beforeAll(() => locale.needPages());

test('a click on one place selects it; on several, offers them; on none or a town, lets go', () => {
	const view = new PlannerView(rows, corridors);
	expect(view.pick(['ballard-anting'])).toBe('ballard-anting');
	expect(view.selected).toBe('ballard-anting');
	// The town under the places is context, not a row: it is neither offered nor selected.
	expect(view.pick(['jiading-hydrogen-park', 'ballard-anting', 'anting'])).toBeNull();
	expect(view.choices?.map((r) => r.id)).toEqual(['jiading-hydrogen-park', 'ballard-anting']);
	expect(view.selected).toBe('ballard-anting');
	view.choose('jiading-hydrogen-park');
	expect(view.choice).toBeNull();
	expect(view.selected).toBe('jiading-hydrogen-park');
	expect(view.pick(['anting'])).toBeNull();
	expect(view.selected).toBeNull();
	expect(view.choice).toBeNull();
	view.pick(['shanghai-medvalley', 'shanghai-medvalley']);
	expect(view.selected).toBe('shanghai-medvalley');
});

test('the legend lists the industries of the rows given, then the lines and the precision key', () => {
	const industries = rowIndustries(rows.filter((r) => r.id === 'ballard-anting'));
	expect(industries).toEqual(['hydrogen']);
	const legend = plannerLegend(industries, 3);
	expect(legend.filter((item) => item.industry).map((item) => item.industry)).toEqual(['hydrogen']);
	expect(legend.map((item) => item.label)).toContain('One Axis corridor, 3 km either side');
	expect(legend.filter((item) => item.line)).toHaveLength(4);
	// Every industry of the table, each once, in the vocabulary's order.
	const all = rowIndustries(rows);
	expect(new Set(all).size).toBe(all.length);
	for (const row of rows) for (const i of row.industries) expect(all).toContain(i);
});
