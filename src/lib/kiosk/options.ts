/**
 * The kiosk's settings, read from the query string of /kiosk so a hall's launcher (and the tests)
 * can set them: `?idle=90&dwell=15&reload=24&lang=en`. A value that cannot be used is reported
 * by name and replaced by its default, one out of range by the nearest end of the range; never
 * silently.
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

/**
 * The numeric settings and the range each is kept in, in its own unit: short enough for the tests
 * and the soak bench to speed the kiosk up, long enough for a hall, and always well inside what a
 * browser timer can hold (2³¹ − 1 ms, about 24.8 days).
 */
const NUMBERS = [
	{ name: 'idle', key: 'idleMs', unit: 's', scale: 1000, min: 5, max: 3600 },
	{ name: 'dwell', key: 'dwellMs', unit: 's', scale: 1000, min: 0.5, max: 600 },
	{ name: 'reload', key: 'reloadAfterMs', unit: 'h', scale: 3_600_000, min: 0.01, max: 168 }
] as const;

export function readKioskOptions(search: string): { options: KioskOptions; problems: string[] } {
	const params = new URLSearchParams(search);
	const options = { ...KIOSK_DEFAULTS };
	const problems: string[] = [];
	for (const { name, key, unit, scale, min, max } of NUMBERS) {
		const raw = params.get(name);
		if (raw === null) continue;
		const value = Number(raw);
		if (raw.trim() === '' || !Number.isFinite(value) || value <= 0)
			problems.push(
				`${name}=${JSON.stringify(raw)} is not a positive number (${unit}); using ${KIOSK_DEFAULTS[key] / scale} ${unit}`
			);
		else if (value < min || value > max) {
			const kept = value < min ? min : max;
			options[key] = kept * scale;
			problems.push(
				`${name}=${raw} is ${value < min ? 'less' : 'more'} than ${kept} ${unit}; using ${kept} ${unit}`
			);
		} else options[key] = value * scale;
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
