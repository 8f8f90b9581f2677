import { loadAtlas } from '$lib/content/load';
import type { EntryGenerator } from './$types';

/** One prerendered page per chapter, so every chapter has a link of its own. */
export const entries: EntryGenerator = () => loadAtlas().tour.map((c) => ({ chapter: c.id }));
