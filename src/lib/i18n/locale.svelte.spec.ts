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

test('the pages’ text comes when a page needs it, and with every language chosen after', async () => {
	await locale.needPages();
	expect(t('timeline.title')).toBe('Timeline');
	await locale.set('zh');
	expect(t('timeline.title')).not.toBe('Timeline');
	expect(t('timeline.title')).toMatch(/\p{Script=Han}/u);
});
