import { loadContent } from '$lib/server/load';
import { readStreetRecord } from '$lib/server/street-tiles';
import { credits } from '$lib/content/credits';

export function load() {
	return { credits: credits(loadContent()), streets: readStreetRecord() };
}
