import { loadContent } from '$lib/content/load';
import type { EntryGenerator } from './$types';

/** One prerendered page per place; the page itself has no server load, only its list of ids. */
export const entries: EntryGenerator = () => loadContent().places.map((p) => ({ id: p.id }));
