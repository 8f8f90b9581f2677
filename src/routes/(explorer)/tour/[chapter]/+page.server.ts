import { error } from '@sveltejs/kit';
import { loadAtlas, loadTour } from '$lib/server/load';
import { chapterPart } from '$lib/server/explorer-index';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One prerendered page per chapter, so every chapter has a link of its own. */
export const entries: EntryGenerator = () => loadTour().map((c) => ({ chapter: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const atlas = loadAtlas();
	const chapter = atlas.tour.find((c) => c.id === params.chapter);
	if (!chapter) error(404, { message: `No tour chapter with the id "${params.chapter}"` });
	return { chapter: params.chapter, part: chapterPart(atlas, chapter) };
};
