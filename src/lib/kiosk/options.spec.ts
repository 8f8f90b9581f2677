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

test('a setting out of its range is named and kept to the nearest end of it', () => {
	// 3,000,000 s would overflow a browser timer (2³¹ − 1 ms) and fire at once.
	const { options, problems } = readKioskOptions('?idle=3000000&dwell=0.1&reload=1000');
	expect(options).toEqual({
		...KIOSK_DEFAULTS,
		idleMs: 3_600_000,
		dwellMs: 500,
		reloadAfterMs: 168 * 3_600_000
	});
	expect(problems).toEqual([
		'idle=3000000 is more than 3600 s; using 3600 s',
		'dwell=0.1 is less than 0.5 s; using 0.5 s',
		'reload=1000 is more than 168 h; using 168 h'
	]);
	expect(Math.max(options.idleMs, options.dwellMs, options.reloadAfterMs)).toBeLessThan(2 ** 31);
});
