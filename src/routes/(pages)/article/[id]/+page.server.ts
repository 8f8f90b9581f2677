import { error } from '@sveltejs/kit';
import { articleBlocks } from '$lib/content/article-text';
import { loadContent } from '$lib/server/load';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One prerendered reader page per published article. */
export const entries: EntryGenerator = () => loadContent().articles.map((a) => ({ id: a.id }));

const DESCRIPTION_LENGTH = 160;

/** The opening of the text, cut at a word boundary, for search results and link previews. */
function describe(text: string): string {
	if (text.length <= DESCRIPTION_LENGTH) return text;
	const cut = text.slice(0, DESCRIPTION_LENGTH - 1);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export const load: PageServerLoad = ({ params }) => {
	const { articles, facts, places } = loadContent();
	const article = articles.find((a) => a.id === params.id);
	if (!article) error(404, { message: `No article with the id "${params.id}"` });
	const mentioned = [...new Set(article.mentions.map((m) => m.place))];
	const byId = new Map(places.map((p) => [p.id, p.properties]));
	const standfirst = article.captions.find((c) => c.kind === 'standfirst');
	return {
		id: article.id,
		title: article.title,
		authors: article.authors,
		date: article.date,
		seeds: article.seeds,
		notes: article.notes,
		description: describe((standfirst ?? article.paragraphs[0]!).text),
		blocks: articleBlocks(article, facts),
		/** In the order the article first names them. */
		places: mentioned.map((id) => {
			const place = byId.get(id);
			if (!place) throw new Error(`Article "${article.id}" mentions unknown place "${id}"`);
			return {
				id,
				name_en: place.name_en,
				name_zh: place.name_zh,
				name_zh_source: place.name_zh_source
			};
		})
	};
};
