import { loadContent } from '$lib/server/load';
import { credits } from '$lib/content/credits';

export function load() {
	return { credits: credits(loadContent()) };
}
