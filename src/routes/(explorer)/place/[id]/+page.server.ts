import { error } from '@sveltejs/kit';
import { loadAtlas, loadContent } from '$lib/server/load';
import { storyPart } from '$lib/server/explorer-index';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * One prerendered page per place, carrying its own story, its town and its articles. Listed from
 * the content, so listing the pages does not build every story.
 */
export const entries: EntryGenerator = () => loadContent().places.map((p) => ({ id: p.id }));

export const load: PageServerLoad = ({ params }) => {
	const atlas = loadAtlas();
	const story = atlas.stories[params.id];
	if (!story) error(404, { message: `No place with the id "${params.id}"` });
	return { id: params.id, story, part: storyPart(atlas, story) };
};
