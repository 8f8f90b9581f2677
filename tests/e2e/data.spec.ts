import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';

const REQUIRED_IDS = [
	...'anting malu jiangqiao nanxiang waigang huating xuhang juyuan'.split(' '),
	...'shanghai-medvalley united-imaging-town life-element-valley nanxiang-precision-medicine-park shanghai-international-automobile-city intelligent-mobility-design-valley jiading-hydrogen-park waigang-industrial-park north-hongqiao ruijin-jiading-medical-equipment-park jiading-new-city jiading-industrial-zone'.split(
		' '
	),
	'one-axis',
	...'ruijin-hospital united-imaging-hq ballard-anting valeo-waigang kindly-medical nanxiang-precision-medicine-center'.split(
		' '
	),
	...'jiading-wisteria-park nanshuiguan-park juyuan-garden huancheng-river'.split(' ')
];

test('the open-data page summarises the published data, offline and without errors', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto('/open-data');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Jiading Atlas');
	await expect(page.getByTestId('count-articles')).toHaveText('9');
	await expect(page.getByRole('link', { name: 'Places', exact: true })).toHaveAttribute(
		'href',
		'/data/places.geojson'
	);
	await expect(page.getByText('OpenStreetMap contributors')).toBeVisible();
	await page.getByRole('link', { name: 'Facts', exact: true }).click();
	await expect(page).toHaveURL(/\/data\/facts\.json$/);
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('places.geojson is a FeatureCollection with every required id and its provenance', async ({
	request
}) => {
	const response = await request.get('/data/places.geojson');
	expect(response.ok()).toBe(true);
	const places = await response.json();
	expect(places.type).toBe('FeatureCollection');
	const ids = places.features.map((f: { id: string }) => f.id);
	expect(ids).toEqual(expect.arrayContaining(REQUIRED_IDS));
	for (const feature of places.features) {
		expect(feature.properties.id).toBe(feature.id);
		expect(['exact', 'approximate', 'schematic']).toContain(feature.properties.precision);
		expect(feature.properties.source.length).toBeGreaterThan(5);
	}
});

test('articles.json holds the nine articles with their seed files and mentions', async ({
	request
}) => {
	const articles = await (await request.get('/data/articles.json')).json();
	expect(articles).toHaveLength(9);
	const forum = articles.find(
		(a: { id: string }) => a.id === 'forum-on-medical-industrial-cluster'
	);
	expect(forum.seeds).toEqual(['000_cb44d08a10c7e43b.txt', '001_0f81a014b26457f8.txt']);
	for (const article of articles) {
		expect(Object.keys(article)).toEqual(
			expect.arrayContaining(['id', 'title', 'authors', 'date', 'seeds', 'paragraphs', 'mentions'])
		);
		for (const m of article.mentions) {
			const block =
				m.block === 'paragraph' ? article.paragraphs[m.index] : article.captions[m.index];
			expect(block.text.slice(m.start, m.end)).toBe(m.text);
		}
	}
});

test('facts.json quotes stand verbatim in their articles', async ({ request }) => {
	const [facts, articles] = await Promise.all([
		(await request.get('/data/facts.json')).json(),
		(await request.get('/data/articles.json')).json()
	]);
	expect(facts.length).toBeGreaterThan(50);
	const byId = new Map(articles.map((a: { id: string }) => [a.id, a]));
	for (const fact of facts) {
		const article = byId.get(fact.article) as {
			paragraphs: { text: string }[];
			captions: { text: string }[];
		};
		const block = fact.passage.block === 'paragraph' ? article.paragraphs : article.captions;
		expect(block[fact.passage.index]!.text.slice(fact.passage.start, fact.passage.end)).toBe(
			fact.quote
		);
	}
});

test('JSON Schemas of the published files are served', async ({ request }) => {
	for (const name of ['places', 'articles', 'facts']) {
		const schema = await (await request.get(`/data/schema/${name}.schema.json`)).json();
		expect(schema.$schema).toContain('json-schema.org');
		expect(schema.$id).toBe(`/data/schema/${name}.schema.json`);
	}
});
