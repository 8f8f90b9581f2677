import { buildTimeline } from '$lib/content/timeline';
import { loadAtlas, loadContent } from '$lib/server/load';

/**
 * The timeline page: its entries with the facts they show, and the names of the places, towns and
 * articles those facts point to (only those, so the page does not carry the whole atlas).
 */
export function load() {
	const content = loadContent();
	const atlas = loadAtlas();
	const timeline = buildTimeline(content.facts, content.places);
	const shown = new Set(timeline.groups.flatMap((g) => g.entries.map((e) => e.fact)));
	const facts = content.facts.filter((f) => shown.has(f.id));
	const placeIds = new Set([...facts.flatMap((f) => f.places), ...timeline.towns]);
	const places = Object.fromEntries(
		atlas.places
			.filter((p) => placeIds.has(p.id))
			.map(({ id, kind, name_en, name_zh, name_zh_source }) => [
				id,
				{ kind, name_en, name_zh, name_zh_source }
			])
	);
	const articleIds = new Set(facts.map((f) => f.article));
	const articles = Object.fromEntries(
		Object.entries(atlas.articles).filter(([id]) => articleIds.has(id))
	);
	return {
		timeline,
		facts: Object.fromEntries(facts.map((f) => [f.id, f])),
		places,
		articles
	};
}
