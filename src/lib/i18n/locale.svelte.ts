/**
 * The interface language. English is what the prerendered pages carry; a reader's choice of 中文
 * is kept in localStorage (for the visit only, if storage is blocked or full) and applied after
 * hydration. Article text is never translated.
 */
import type { PlaceProperties } from '$lib/schema/place';
import { readStored, store } from '$lib/storage';
import {
	FACT_KIND_NAMES,
	INDUSTRY_NAMES,
	KIND_NAMES,
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

	/** Reads a stored choice; call once in the browser. */
	restore() {
		const stored = readStored(STORAGE_KEY);
		if (stored && (LOCALES as readonly string[]).includes(stored)) this.set(stored as Locale);
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

/** A place's name in the interface language. */
export const placeName = (p: Pick<PlaceProperties, 'name_en' | 'name_zh'>) =>
	locale.current === 'zh' ? p.name_zh : p.name_en;
/** The other language's name, shown beside it. */
export const otherName = (p: Pick<PlaceProperties, 'name_en' | 'name_zh'>) =>
	locale.current === 'zh' ? p.name_en : p.name_zh;
