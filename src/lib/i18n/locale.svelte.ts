/**
 * The interface language. English is what the prerendered pages carry; a reader's choice of 中文
 * is kept in localStorage (for the visit only, if storage is blocked or full) and in the address
 * (`?lang=zh`, so a link carries it), and applied after hydration, once its catalogue has loaded
 * (English is in the page's code; Chinese is a file of its own, fetched when chosen). The pages
 * outside the explorer have text of their own, fetched in the language on screen when such a page
 * is first opened (`needPages`), and with any language chosen after that. Article text is never
 * translated.
 */
import type { PlaceProperties } from '$lib/schema/place';
import type { FactKind, Industry, LayoutRole, PlaceKind, Precision } from '$lib/schema/vocabulary';
import { linkLocale } from '$lib/link-state';
import { readStored, store } from '$lib/storage';
import {
	EN,
	LOCALES,
	type Catalogue,
	type CoreKey,
	type Locale,
	type MessageKey
} from './messages';
import type { PagesKey } from './messages-pages';

/** Each language's catalogue, as it comes: English at once, Chinese fetched the first time. */
const CATALOGUES: Record<Locale, () => Promise<Catalogue>> = {
	en: () => Promise.resolve(EN),
	zh: () => import('./messages-zh').then((m) => m.ZH)
};
type PagesText = Record<PagesKey, string>;
/** Each language's text of the pages outside the explorer, fetched when a page needs it. */
const PAGES: Record<Locale, () => Promise<PagesText>> = {
	en: () => import('./messages-pages').then((m) => m.EN_PAGES),
	zh: () => import('./messages-pages-zh').then((m) => m.ZH_PAGES)
};

const STORAGE_KEY = 'jiading-atlas.locale';

class LocaleState {
	/** The language on screen: its catalogue has loaded. */
	current = $state<Locale>('en');
	/** What the interface says in it. */
	catalogue = $state.raw<Catalogue>(EN);
	/** The pages' text in it, once a page has needed it; null before. */
	pages = $state.raw<PagesText | null>(null);
	/** Whether a page has needed the pages' text: a language chosen later brings it too. */
	#pagesNeeded = false;
	/** The language last asked for, so a slower load never overrides a later choice. */
	#asked: Locale = 'en';

	/** Known once the browser has said (the link, or the stored choice); English until then. */
	restored = $state(false);

	/**
	 * Takes the language a link asks for (`?lang=zh`, kept as the reader's choice), else the stored
	 * choice; call once in the browser.
	 */
	async restore(query: URLSearchParams) {
		const asked = linkLocale(query);
		const stored = readStored(STORAGE_KEY);
		if (asked) await this.set(asked);
		else if (stored && (LOCALES as readonly string[]).includes(stored))
			await this.set(stored as Locale);
		this.restored = true;
	}

	/** Shows the interface in `next` once its text is here; resolves then. */
	async set(next: Locale) {
		this.#asked = next;
		if (typeof document !== 'undefined') store(STORAGE_KEY, next);
		const catalogue = await CATALOGUES[next]();
		// Asked after the catalogue came, so a page that needed them meanwhile has them.
		const pages = this.#pagesNeeded ? await PAGES[next]() : null;
		if (this.#asked !== next) return;
		this.catalogue = catalogue;
		this.pages = pages;
		this.current = next;
		if (typeof document !== 'undefined')
			document.documentElement.lang = next === 'zh' ? 'zh-Hans' : 'en';
	}

	/**
	 * Fetches the pages' text in the language on screen (and with every later choice); a page's
	 * load function awaits it, on the server as in the browser.
	 */
	async needPages() {
		this.#pagesNeeded = true;
		// Until the language on screen has them: a choice made meanwhile may have changed it.
		while (!this.pages) {
			const shown = this.current;
			const pages = await PAGES[shown]();
			if (this.current === shown) this.pages ??= pages;
		}
	}

	toggle() {
		return this.set(this.#asked === 'en' ? 'zh' : 'en');
	}

	/** BCP 47 tag for `lang` attributes. */
	get tag() {
		return this.current === 'zh' ? 'zh-Hans' : 'en';
	}
}

export const locale = new LocaleState();

/**
 * A message in the interface language. A page's text asked for before its page has fetched it
 * (a bug: see needPages) shows as its key, with an error in the console.
 */
export const t = (key: MessageKey): string => {
	const text = locale.catalogue.messages[key as CoreKey] ?? locale.pages?.[key as PagesKey];
	if (text !== undefined) return text;
	console.error(`interface text "${key}" asked for before its page fetched it`);
	return key;
};
/** A message with `{name}` placeholders filled in. */
export const tf = (key: MessageKey, values: Record<string, string | number>) =>
	t(key).replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
/** A tour chapter's title in the interface language. */
export const chapterTitle = (c: { title_en: string; title_zh: string }) =>
	locale.current === 'zh' ? c.title_zh : c.title_en;
export const kindName = (kind: PlaceKind) => locale.catalogue.kinds[kind];
export const industryName = (i: Industry) => locale.catalogue.industries[i];
export const roleName = (r: LayoutRole) => locale.catalogue.roles[r];
export const precisionName = (p: Precision) => locale.catalogue.precisions[p];
export const factKindName = (k: FactKind) => locale.catalogue.factKinds[k];
/** The district's name for its layout (a quotation in English, our translation in Chinese). */
export const layoutMotto = () => locale.catalogue.motto;

/** A search result's text in the interface language (stations and lines: OpenStreetMap's names). */
export const entryLabel = (e: { label: string; label_zh?: string }) =>
	locale.current === 'zh' && e.label_zh ? e.label_zh : e.label;

/** A licence as the data gives it: Chinese for the data's own notes, else as published (English). */
export const licenceText = (licence: string) => {
	const note = locale.catalogue.licenceNotes[licence];
	return note ? { text: note, lang: locale.tag } : { text: licence, lang: 'en' };
};

/** A place's name in the interface language. */
export const placeName = (p: Pick<PlaceProperties, 'name_en' | 'name_zh'>) =>
	locale.current === 'zh' ? p.name_zh : p.name_en;
/** The other language's name, shown beside it. */
export const otherName = (p: Pick<PlaceProperties, 'name_en' | 'name_zh'>) =>
	locale.current === 'zh' ? p.name_en : p.name_zh;
