/**
 * Light or dark. The page follows the system's `prefers-color-scheme` by CSS alone (the theme's
 * stylesheet, src/lib/theme.ts); a reader who chooses the other scheme with the switch has it kept
 * in localStorage and set as `data-scheme` on <html>. So that a chosen scheme is on screen at the
 * first paint, before the app's code has loaded, every page runs `/scheme.js` (made from
 * `applyStoredScheme` below) in its head. The map, which CSS cannot reach, reads `current` of the
 * page's SchemeState (from context).
 */
import { createContext } from 'svelte';
import { readStored, store } from '$lib/storage';
import { COLOUR_SCHEMES, SCHEME_ATTRIBUTE, type ColourScheme } from '$lib/theme';

export const SCHEME_STORAGE_KEY = 'jiading-atlas.scheme';
/** The script every page's head runs (src/app.html). */
export const SCHEME_SCRIPT_PATH = '/scheme.js';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Sets the stored scheme on <html>, if there is one; runs on its own in the page's head (it is
 * turned into text by `schemeScript`), so it names nothing from outside itself.
 */
function applyStoredScheme(key: string, attribute: string, schemes: readonly string[]) {
	try {
		const chosen = localStorage.getItem(key);
		if (chosen && schemes.includes(chosen))
			document.documentElement.setAttribute(attribute, chosen);
	} catch {
		// Storage blocked: the system's scheme.
	}
}

/** The text of `/scheme.js`. */
export function schemeScript(): string {
	const args = [SCHEME_STORAGE_KEY, SCHEME_ATTRIBUTE, COLOUR_SCHEMES].map((a) => JSON.stringify(a));
	return `(${applyStoredScheme.toString()})(${args.join(',')});\n`;
}

const isScheme = (value: string | null): value is ColourScheme =>
	(COLOUR_SCHEMES as readonly (string | null)[]).includes(value);

export class SchemeState {
	/** What the system prefers. */
	system = $state<ColourScheme>('light');
	/** The reader's choice, or null to follow the system. */
	chosen = $state<ColourScheme | null>(null);
	/** The scheme on screen. */
	current = $derived<ColourScheme>(this.chosen ?? this.system);

	/** Reads the stored choice and follows the system's preference; call once in the browser. */
	restore(): () => void {
		const stored = readStored(SCHEME_STORAGE_KEY);
		this.chosen = isScheme(stored) ? stored : null;
		const query = matchMedia(DARK_QUERY);
		const follow = () => (this.system = query.matches ? 'dark' : 'light');
		follow();
		query.addEventListener('change', follow);
		return () => query.removeEventListener('change', follow);
	}

	/**
	 * Shows `next`. Choosing what the system prefers lets go of the choice, so the page follows
	 * the system again when that changes.
	 */
	choose(next: ColourScheme) {
		this.chosen = next === this.system ? null : next;
		store(SCHEME_STORAGE_KEY, this.chosen ?? 'system');
		const root = document.documentElement;
		if (this.chosen) root.setAttribute(SCHEME_ATTRIBUTE, this.chosen);
		else root.removeAttribute(SCHEME_ATTRIBUTE);
	}

	toggle() {
		this.choose(this.current === 'dark' ? 'light' : 'dark');
	}
}

/**
 * The page's colour scheme, from context: the root layout makes it and follows the system with
 * it; the switch, the map and the planner read it there.
 */
const [getScheme, setScheme] = createContext<SchemeState>();
export { getScheme, setScheme };
