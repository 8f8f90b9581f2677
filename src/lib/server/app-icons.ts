/**
 * The app's icon and its web app manifest, made at build time from the theme (no colour is copied
 * into a static file): the SVG favicon, PNGs at the sizes browsers ask of an installable app, and
 * the manifest that names them. Build time only.
 */
import { Resvg } from '@resvg/resvg-js';
import { EN } from '$lib/i18n/messages';
import { THEME } from '$lib/theme';

/** PNG sizes in px: 192 for the home screen, 512 for the splash screen and stores. */
export const ICON_SIZES = [192, 512] as const;

/** The mark: an upward arrow (the axis running north) on the accent, in a rounded square. */
export function iconSvg(): string {
	return [
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
		`<rect width="32" height="32" rx="6" fill="${THEME.accent}"/>`,
		`<path d="M16 5v22M9 11l7-6 7 6" stroke="${THEME.paper}" stroke-width="3" fill="none" stroke-linecap="round"/>`,
		'</svg>'
	].join('');
}

/** The icon as a square PNG of `size` px. */
export function iconPng(size: number): Uint8Array<ArrayBuffer> {
	const png = new Resvg(iconSvg(), { fitTo: { mode: 'width', value: size } }).render().asPng();
	return new Uint8Array(png);
}

/** The web app manifest: the site installs as a standalone app that starts at the map. */
export function webManifest(base: string) {
	return {
		name: EN.messages['app.title'],
		short_name: EN.messages['app.title'],
		description: EN.messages['app.tagline'],
		lang: 'en',
		start_url: `${base}/`,
		scope: `${base}/`,
		display: 'standalone',
		background_color: THEME.paper,
		theme_color: THEME.accent,
		icons: [
			...ICON_SIZES.map((size) => ({
				src: `${base}/icons/${size}.png`,
				sizes: `${size}x${size}`,
				type: 'image/png',
				purpose: 'any'
			})),
			{ src: `${base}/favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
		]
	};
}
