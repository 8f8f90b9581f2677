import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { watchPage } from './helpers';

const ARTICLE = 'canadian-power-giant-signs-up-to-settle-in-anting';

interface PublishedArticle {
	id: string;
	title: string;
	seeds: string[];
	paragraphs: { kind: string; text: string }[];
	mentions: { place: string; text: string }[];
}
interface PublishedFact {
	id: string;
	article: string;
	quote: string;
	passage: { block: string; index: number };
}

async function published(request: APIRequestContext) {
	const [articles, facts] = await Promise.all([
		request.get('/data/articles.json').then((r) => r.json() as Promise<PublishedArticle[]>),
		request.get('/data/facts.json').then((r) => r.json() as Promise<PublishedFact[]>)
	]);
	const article = (id: string) => articles.find((a) => a.id === id)!;
	/** The article's fact that sits furthest down its text, so reaching it takes a scroll. */
	const lastFact = (id: string) =>
		facts
			.filter((f) => f.article === id && f.passage.block === 'paragraph')
			.sort((a, b) => b.passage.index - a.passage.index)[0]!;
	return { article, lastFact };
}

/** The text of every highlighted piece of the page, in document order. */
const highlighted = (page: Page) =>
	page.locator('.targeted').evaluateAll((els) => els.map((e) => e.textContent).join(''));

test('an article shows its title, text, seed files and links its places', async ({
	page,
	request,
	baseURL
}) => {
	const watch = watchPage(page, new URL(baseURL!).origin);
	const article = (await published(request)).article(ARTICLE);
	await page.goto(`/article/${ARTICLE}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
	// Prerendered hrefs are relative to the page ("../place/anting"), so compare their ends.
	await expect(page.getByRole('link', { name: 'Back to the map' })).toHaveAttribute(
		'href',
		/^(\.\.|\/)$/
	);
	for (const seed of article.seeds)
		await expect(page.getByText(seed, { exact: true })).toBeVisible();
	await expect(page.getByText('The article does not state its date.')).toBeVisible();
	const body = page.locator('article .text > p:not(.standfirst), article .text > h2');
	await expect(body).toHaveText(article.paragraphs.map((p) => p.text));

	// Places it names, each with its Chinese name; the atlas's own translations say so.
	const named = page.getByRole('region', { name: 'Places mentioned' });
	await expect(named.getByRole('link', { name: /^Anting\s*安亭镇$/ })).toBeVisible();
	await expect(
		named.getByRole('link', { name: /^Jiading Hydrogen Park\s*嘉定氢能港$/ })
	).toBeVisible();

	const mention = article.mentions.find((m) => m.place === 'jiading-hydrogen-park')!;
	const link = page.locator('article a.mention', { hasText: mention.text }).first();
	await expect(link).toHaveAttribute('href', new RegExp(`/place/${mention.place}$`));
	await link.click();
	// The map keeps its position in the hash (#zoom/lat/lng).
	await expect(page).toHaveURL(new RegExp(`/place/${mention.place}(#[\\d./-]+)?$`));
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('a Chinese name of the atlas’s own is marked in the article’s list of places', async ({
	page
}) => {
	await page.goto('/article/north-hongqiao-business-district-pushes-transport-hub-construction');
	const named = page.getByRole('region', { name: 'Places mentioned' });
	await expect(
		named.getByRole('link', { name: /^North Hongqiao Business District/ })
	).toHaveAccessibleName(
		'North Hongqiao Business District 虹桥北（北虹桥商务区） (the atlas’s translation)'
	);
	await expect(named.getByRole('link', { name: /^Jiangqiao\s*江桥镇$/ })).toBeVisible();
});

test('a fact link highlights the whole passage and scrolls it into view', async ({
	page,
	request,
	baseURL
}) => {
	const watch = watchPage(page, new URL(baseURL!).origin);
	const fact = (await published(request)).lastFact(ARTICLE);
	await page.goto(`/article/${ARTICLE}#fact-${fact.id}`);
	await expect.poll(() => highlighted(page)).toBe(fact.quote);
	await expect(page.locator(`#fact-${fact.id}`)).toBeInViewport();
	await expect(page.locator('.targeted').last()).toBeInViewport();
	await expect(page.locator('.targeted').first()).not.toHaveCSS(
		'background-color',
		'rgba(0, 0, 0, 0)'
	);
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('the highlight follows hash changes and client-side navigation', async ({
	page,
	request,
	baseURL
}) => {
	const watch = watchPage(page, new URL(baseURL!).origin);
	const { lastFact } = await published(request);
	const first = lastFact(ARTICLE);
	const other = lastFact('shanghai-medvalley-strengthens-jiadings-biopharma-sector');
	await page.goto(`/article/${ARTICLE}`);
	await expect(page.locator('.targeted')).toHaveCount(0);

	await page.evaluate((hash) => (location.hash = hash), `#fact-${first.id}`);
	await expect.poll(() => highlighted(page)).toBe(first.quote);

	// A link as the story panel prints it, followed by SvelteKit's client-side router.
	await page.evaluate((href) => {
		const link = Object.assign(document.createElement('a'), { href, textContent: 'story link' });
		document.querySelector('main')!.prepend(link);
	}, `/article/${other.article}#fact-${other.id}`);
	await page.evaluate(() => Reflect.set(window, 'sameDocument', true));
	await page.getByRole('link', { name: 'story link' }).click();
	await expect(page).toHaveURL(new RegExp(`/article/${other.article}#fact-${other.id}$`));
	await expect.poll(() => highlighted(page)).toBe(other.quote);
	expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true);
	await expect(page.locator(`#fact-${other.id}`)).toBeInViewport();
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the targeted fact anchor is still highlighted', async ({ page, request }) => {
		const fact = (await published(request)).lastFact(ARTICLE);
		await page.goto(`/article/${ARTICLE}#fact-${fact.id}`);
		const anchor = page.locator(`#fact-${fact.id}`);
		await expect(anchor).toBeInViewport();
		await expect(anchor).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
		expect(fact.quote.startsWith((await anchor.textContent())!)).toBe(true);
	});
});
