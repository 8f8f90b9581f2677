import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

/** Universal, like a place page: the chapters came with the layout's data. */
export const load: PageLoad = async ({ params, parent }) => {
	const { atlas } = await parent();
	if (!atlas.tour.some((c) => c.id === params.chapter))
		error(404, { message: `No tour chapter with the id "${params.chapter}"` });
	return { chapter: params.chapter };
};
