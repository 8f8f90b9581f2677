import { expect, test } from 'vitest';
import { buildTimeline } from '$lib/content/timeline';
import { loadContent } from '$lib/server/load';
import { TimelineView } from './timeline-view.svelte';

const content = loadContent();
const timeline = buildTimeline(content.facts, content.places);
const count = (view: TimelineView) => view.groups.reduce((n, g) => n + g.entries.length, 0);

test('with no filter every entry shows', () => {
	const view = new TimelineView(timeline);
	expect(view.shown).toBe(view.total);
	expect(view.groups).toHaveLength(timeline.groups.length);
	expect(view.params).toEqual({ industry: null, town: null });
});

test('an industry and a town narrow the entries to those of both, and empty groups go', () => {
	const view = new TimelineView(timeline);
	view.industry = 'hydrogen';
	const hydrogen = view.shown;
	expect(hydrogen).toBeGreaterThan(0);
	expect(hydrogen).toBeLessThan(view.total);
	for (const group of view.groups) {
		expect(group.entries.length).toBeGreaterThan(0);
		for (const entry of group.entries) expect(entry.industries).toContain('hydrogen');
	}
	view.town = 'malu';
	expect(view.shown).toBe(count(view));
	for (const entry of view.groups.flatMap((g) => g.entries)) expect(entry.towns).toContain('malu');
	expect(view.params).toEqual({ industry: 'hydrogen', town: 'malu' });
	view.clear();
	expect(view.shown).toBe(view.total);
});

test('a link carries the filters; what the timeline does not have is reported, not applied', () => {
	const view = new TimelineView(timeline);
	view.read(new URLSearchParams('industry=biopharma&town=anting'));
	expect([view.industry, view.town]).toEqual(['biopharma', 'anting']);
	expect(view.unknown).toEqual([]);
	view.read(new URLSearchParams('industry=steel&town=malu'));
	expect([view.industry, view.town]).toEqual([null, 'malu']);
	expect(view.unknown).toEqual([{ field: 'industry', value: 'steel' }]);
	view.read(new URLSearchParams(''));
	expect([view.industry, view.town, view.unknown]).toEqual([null, null, []]);
});
