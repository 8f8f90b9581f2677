/**
 * The interface language. English is what the prerendered pages carry; a reader's choice of 中文
 * is kept in localStorage (for the visit only, if storage is blocked or full) and in the address
 * (`?lang=zh`, so a link carries it), and applied after hydration. Article text is never translated.
 */
import type { PlaceProperties } from '$lib/schema/place';
import { linkLocale } from '$lib/link-state';
import { readStored, store } from '$lib/storage';
import {
	FACT_KIND_NAMES,
	INDUSTRY_NAMES,
	KIND_NAMES,
	LICENCE_NOTES_ZH,
	LOCALES,
	MESSAGES,
	PRECISION_NAMES,
	ROLE_NAMES,
	type Locale,
	type MessageKey
} from './messages';

const STORAGE_KEY = 'jiading-atlas.locale';

class LocaleState {
	current = $state<Locale>('en');

	/** Known once the browser has said (the link, or the stored choice); English until then. */
	restored = $state(false);

	/**
	 * Takes the language a link asks for (`?lang=zh`, kept as the reader's choice), else the stored
	 * choice; call once in the browser.
	 */
	restore(query: URLSearchParams) {
		const asked = linkLocale(query);
		const stored = readStored(STORAGE_KEY);
		if (asked) this.set(asked);
		else if (stored && (LOCALES as readonly string[]).includes(stored)) this.set(stored as Locale);
		this.restored = true;
	}

	set(next: Locale) {
		this.current = next;
		if (typeof document !== 'undefined') {
			document.documentElement.lang = next === 'zh' ? 'zh-Hans' : 'en';
			store(STORAGE_KEY, next);
		}
	}

	toggle() {
		this.set(this.current === 'en' ? 'zh' : 'en');
	}

	/** BCP 47 tag for `lang` attributes. */
	get tag() {
		return this.current === 'zh' ? 'zh-Hans' : 'en';
	}
}

export const locale = new LocaleState();

export const t = (key: MessageKey) => MESSAGES[locale.current][key];
/** A message with `{name}` placeholders filled in. */
export const tf = (key: MessageKey, values: Record<string, string | number>) =>
	t(key).replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
/** A tour chapter's title in the interface language. */
export const chapterTitle = (c: { title_en: string; title_zh: string }) =>
	locale.current === 'zh' ? c.title_zh : c.title_en;
export const kindName = (kind: keyof (typeof KIND_NAMES)['en']) => KIND_NAMES[locale.current][kind];
export const industryName = (i: keyof (typeof INDUSTRY_NAMES)['en']) =>
	INDUSTRY_NAMES[locale.current][i];
export const roleName = (r: keyof (typeof ROLE_NAMES)['en']) => ROLE_NAMES[locale.current][r];
export const precisionName = (p: keyof (typeof PRECISION_NAMES)['en']) =>
	PRECISION_NAMES[locale.current][p];
export const factKindName = (k: keyof (typeof FACT_KIND_NAMES)['en']) =>
	FACT_KIND_NAMES[locale.current][k];

/** A search result's text in the interface language (stations and lines: OpenStreetMap's names). */
export const entryLabel = (e: { label: string; label_zh?: string }) =>
	locale.current === 'zh' && e.label_zh ? e.label_zh : e.label;

/** A licence as the data gives it: Chinese for the data's own notes, else as published (English). */
export const licenceText = (licence: string) =>
	locale.current === 'zh' && LICENCE_NOTES_ZH[licence]
		? { text: LICENCE_NOTES_ZH[licence], lang: 'zh-Hans' }
		: { text: licence, lang: 'en' };

/** A place's name in the interface language. */
export const placeName = (p: Pick<PlaceProperties, 'name_en' | 'name_zh'>) =>
	locale.current === 'zh' ? p.name_zh : p.name_en;
/** The other language's name, shown beside it. */
export const otherName = (p: Pick<PlaceProperties, 'name_en' | 'name_zh'>) =>
	locale.current === 'zh' ? p.name_en : p.name_zh;
