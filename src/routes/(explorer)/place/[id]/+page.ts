import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

/** Universal, so moving between places on the client needs no request: the stories came with the layout. */
export const load: PageLoad = async ({ params, parent }) => {
	const { atlas } = await parent();
	if (!atlas.stories[params.id]) error(404, { message: `No place with the id "${params.id}"` });
	return { id: params.id };
};
