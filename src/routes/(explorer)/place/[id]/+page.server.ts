import { error } from '@sveltejs/kit';
import { loadAtlas } from '$lib/content/load';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One prerendered page per place, carrying its own story. */
export const entries: EntryGenerator = () => loadAtlas().places.map((p) => ({ id: p.id }));

export const load: PageServerLoad = ({ params }) => {
	const story = loadAtlas().stories[params.id];
	if (!story) error(404, { message: `No place with the id "${params.id}"` });
	return { id: params.id, story };
};
