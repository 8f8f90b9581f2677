import { iconSvg } from '$lib/server/app-icons';

export const prerender = true;

/** The app's icon, drawn in the theme's colours. */
export const GET = () => new Response(iconSvg(), { headers: { 'content-type': 'image/svg+xml' } });
