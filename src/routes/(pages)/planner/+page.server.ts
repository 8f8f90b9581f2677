import { loadAtlas, loadPlanner } from '$lib/server/load';

/** The measured table and summaries, with the places and articles they refer to. */
export function load() {
	const atlas = loadAtlas();
	return { planner: loadPlanner(), places: atlas.places, articles: atlas.articles };
}
