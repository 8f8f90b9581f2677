import { afterEach, expect, test } from 'vitest';
import { industryName, locale, t } from './locale.svelte';

afterEach(() => locale.set('en'));

test('中文 shows once its catalogue has loaded, English until then', async () => {
	const asked = locale.set('zh');
	expect(locale.current).toBe('en');
	expect(t('app.title')).toBe('Jiading Atlas');
	await asked;
	expect(locale.current).toBe('zh');
	expect(t('app.title')).toBe('嘉定产业地图');
	expect(industryName('hydrogen')).toBe('氢能');
});

test('the last language asked for wins, however the loads finish', async () => {
	const zh = locale.set('zh');
	const en = locale.set('en');
	await Promise.all([zh, en]);
	expect(locale.current).toBe('en');
	expect(t('app.title')).toBe('Jiading Atlas');
	await locale.toggle();
	await Promise.all([locale.toggle(), locale.toggle()]);
	expect(locale.current).toBe('zh');
});
