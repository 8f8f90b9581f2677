import { loadContent } from '$lib/content/load';
import { credits } from '$lib/content/credits';

export function load() {
	return { credits: credits(loadContent()) };
}
