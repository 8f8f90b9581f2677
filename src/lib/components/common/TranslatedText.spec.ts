/**
 * Curated English text and the atlas's translation of it: each shown in its own interface
 * language, tagged with its language, the translation marked as such. Rendered on the server,
 * as the prerendered pages are.
 */
import { render } from 'svelte/server';
import { afterEach, expect, test } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import { ZH } from '$lib/i18n/messages-zh';
import TranslatedText from './TranslatedText.svelte';

const props = { en: 'Drawn by hand.', zh: '手工绘制。' };

/** The server's HTML without Svelte's hydration markers. */
const html = () => render(TranslatedText, { props }).body.replace(/<!--.*?-->/g, '');

afterEach(() => locale.set('en'));

test('the English interface shows the English text, tagged as English, with no mark', () => {
	const body = html();
	expect(body).toContain('<span lang="en">Drawn by hand.</span>');
	expect(body).not.toContain(props.zh);
	expect(body).not.toContain('translation-mark');
});

test('中文 shows the translation, tagged as Chinese, marked as the atlas’s translation', async () => {
	await locale.set('zh');
	const body = html();
	expect(body).toMatch(/<span lang="zh-Hans">手工绘制。<span class="translation-mark[^"]*">/);
	expect(body).toContain(ZH.messages['text.translation']);
	expect(body).not.toContain(props.en);
});
