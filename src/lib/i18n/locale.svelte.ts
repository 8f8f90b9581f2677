/**
 * The interface language. English is what the prerendered pages carry; a reader's choice of 中文
 * is kept in localStorage (for the visit only, if storage is blocked or full) and in the address
 * (`?lang=zh`, so a link carries it), and applied after hydration, once its catalogue has loaded
 * (English is in the page's code; Chinese is a file of its own, fetched when chosen). Article text
 * is never translated.
 */
import type { PlaceProperties } from '$lib/schema/place';
import type { FactKind, Industry, LayoutRole, PlaceKind, Precision } from '$lib/schema/vocabulary';
import { linkLocale } from '$lib/link-state';
import { readStored, store } from '$lib/storage';
import { EN, LOCALES, type Catalogue, type Locale, type MessageKey } from './messages';

/** Each language's catalogue, as it comes: English at once, Chinese fetched the first time. */
const CATALOGUES: Record<Locale, () => Promise<Catalogue>> = {
	en: () => Promise.resolve(EN),
	zh: () => import('./messages-zh').then((m) => m.ZH)
};

const STORAGE_KEY = 'jiading-atlas.locale';

class LocaleState {
	/** The language on screen: its catalogue has loaded. */
	current = $state<Locale>('en');
	/** What the interface says in it. */
	catalogue = $state.raw<Catalogue>(EN);
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

	/** Shows the interface in `next` once its catalogue is here; resolves then. */
	async set(next: Locale) {
		this.#asked = next;
		if (typeof document !== 'undefined') store(STORAGE_KEY, next);
		const catalogue = await CATALOGUES[next]();
		if (this.#asked !== next) return;
		this.catalogue = catalogue;
		this.current = next;
		if (typeof document !== 'undefined')
			document.documentElement.lang = next === 'zh' ? 'zh-Hans' : 'en';
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

export const t = (key: MessageKey) => locale.catalogue.messages[key];
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
