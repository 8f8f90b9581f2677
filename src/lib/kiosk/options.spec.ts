import { expect, test } from 'vitest';
import { KIOSK_DEFAULTS, readKioskOptions } from './options';

test('no query: the defaults (90 s idle, a day between reloads, English)', () => {
	expect(readKioskOptions('')).toEqual({ options: KIOSK_DEFAULTS, problems: [] });
	expect(KIOSK_DEFAULTS.idleMs).toBe(90_000);
});

test('settings in seconds and hours', () => {
	expect(readKioskOptions('?idle=5&dwell=0.5&reload=0.01&lang=zh').options).toEqual({
		idleMs: 5000,
		dwellMs: 500,
		reloadAfterMs: 36_000,
		locale: 'zh'
	});
});

test('an unusable setting is named and replaced by its default', () => {
	const { options, problems } = readKioskOptions('?idle=abc&dwell=-1&lang=fr&zoom=3');
	expect(options).toEqual(KIOSK_DEFAULTS);
	expect(problems).toEqual([
		'idle="abc" is not a positive number (s); using 90 s',
		'dwell="-1" is not a positive number (s); using 15 s',
		'lang="fr" is not one of en, zh; using en',
		'zoom is not a kiosk setting (idle, dwell, reload, lang)'
	]);
});
