import { expect, test } from 'vitest';
import { THEME } from '$lib/theme';
import { ICON_SIZES, iconPng, iconSvg, webManifest } from './app-icons';

/** Width and height from a PNG's header (its IHDR chunk). */
function pngSize(png: Uint8Array): [number, number] {
	const view = new DataView(png.buffer, png.byteOffset);
	expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
	return [view.getUint32(16), view.getUint32(20)];
}

test('each icon is a square PNG of its size', () => {
	for (const size of ICON_SIZES) expect(pngSize(iconPng(size))).toEqual([size, size]);
});

test('the icon is drawn in the theme’s colours', () => {
	expect(iconSvg()).toContain(`fill="${THEME.accent}"`);
	expect(iconSvg()).toContain(`stroke="${THEME.paper}"`);
});

test('the manifest makes an installable app that starts at the map, under the base path', () => {
	const manifest = webManifest('/atlas');
	expect(manifest).toMatchObject({
		name: 'Jiading Atlas',
		start_url: '/atlas/',
		scope: '/atlas/',
		display: 'standalone',
		theme_color: THEME.accent
	});
	const sizes = manifest.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes);
	expect(sizes).toEqual(['192x192', '512x512']);
	expect(manifest.icons.every((i) => i.src.startsWith('/atlas/'))).toBe(true);
});
