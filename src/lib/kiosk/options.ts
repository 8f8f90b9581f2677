/**
 * The kiosk's settings, read from the query string of /kiosk so a hall's launcher (and the tests)
 * can set them: `?idle=90&dwell=15&reload=24&lang=en`. A value that cannot be used is reported
 * by name and replaced by its default, never silently ignored.
 */
import { LOCALES, type Locale } from '$lib/i18n/messages';

export interface KioskOptions {
	/** Time without input before the kiosk resets and plays the tour on its own. */
	idleMs: number;
	/** Time each chapter (and the home view) stays on screen in the attract loop. */
	dwellMs: number;
	/** The page reloads itself, in a quiet moment of the attract loop, once it has run this long. */
	reloadAfterMs: number;
	/** The language a new visitor finds. */
	locale: Locale;
}

export const KIOSK_DEFAULTS: KioskOptions = {
	idleMs: 90_000,
	dwellMs: 15_000,
	reloadAfterMs: 24 * 3_600_000,
	locale: 'en'
};

const NUMBERS = [
	{ name: 'idle', key: 'idleMs', unit: 's', scale: 1000 },
	{ name: 'dwell', key: 'dwellMs', unit: 's', scale: 1000 },
	{ name: 'reload', key: 'reloadAfterMs', unit: 'h', scale: 3_600_000 }
] as const;

export function readKioskOptions(search: string): { options: KioskOptions; problems: string[] } {
	const params = new URLSearchParams(search);
	const options = { ...KIOSK_DEFAULTS };
	const problems: string[] = [];
	for (const { name, key, unit, scale } of NUMBERS) {
		const raw = params.get(name);
		if (raw === null) continue;
		const value = Number(raw);
		if (raw.trim() !== '' && Number.isFinite(value) && value > 0) options[key] = value * scale;
		else
			problems.push(
				`${name}=${JSON.stringify(raw)} is not a positive number (${unit}); using ${KIOSK_DEFAULTS[key] / scale} ${unit}`
			);
	}
	const lang = params.get('lang');
	if (lang !== null) {
		if ((LOCALES as readonly string[]).includes(lang)) options.locale = lang as Locale;
		else
			problems.push(
				`lang=${JSON.stringify(lang)} is not one of ${LOCALES.join(', ')}; using ${KIOSK_DEFAULTS.locale}`
			);
	}
	const known = new Set(['idle', 'dwell', 'reload', 'lang']);
	for (const name of params.keys())
		if (!known.has(name))
			problems.push(`${name} is not a kiosk setting (idle, dwell, reload, lang)`);
	return { options, problems };
}
