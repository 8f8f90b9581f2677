import { error, json } from '@sveltejs/kit';
import { jsonSchema, PUBLISHED_SCHEMAS, type PublishedName } from '$lib/content/published';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	Object.keys(PUBLISHED_SCHEMAS).map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	if (!(params.name in PUBLISHED_SCHEMAS)) error(404, `No schema "${params.name}"`);
	return json(jsonSchema(params.name as PublishedName));
};
