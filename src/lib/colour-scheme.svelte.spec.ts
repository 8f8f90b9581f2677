import { afterEach, expect, test, vi } from 'vitest';
import { SCHEME_ATTRIBUTE } from '$lib/theme';
import { SCHEME_STORAGE_KEY, SchemeState, schemeScript } from './colour-scheme.svelte';

/** A page's <html>, its storage and its system preference, as far as the scheme reads them. */
function fakePage(stored: Record<string, string>, prefersDark: boolean) {
	const attributes = new Map<string, string>();
	const listeners: (() => void)[] = [];
	const query = {
		matches: prefersDark,
		addEventListener: (_: string, listener: () => void) => listeners.push(listener),
		removeEventListener: (_: string, listener: () => void) =>
			listeners.splice(listeners.indexOf(listener), 1)
	};
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => stored[key] ?? null,
		setItem: (key: string, value: string) => (stored[key] = value)
	});
	vi.stubGlobal('document', {
		documentElement: {
			setAttribute: (name: string, value: string) => attributes.set(name, value),
			removeAttribute: (name: string) => attributes.delete(name)
		}
	});
	vi.stubGlobal('matchMedia', () => query);
	const system = (dark: boolean) => {
		query.matches = dark;
		for (const listener of [...listeners]) listener();
	};
	return { attributes, stored, system, listeners };
}

afterEach(() => vi.unstubAllGlobals());

test('the head script puts a stored choice on <html> before the first paint, and nothing else', () => {
	for (const [stored, expected] of [
		['dark', 'dark'],
		['light', 'light'],
		['system', undefined],
		['purple', undefined]
	] as const) {
		const page = fakePage({ [SCHEME_STORAGE_KEY]: stored }, false);
		new Function(schemeScript())();
		expect(page.attributes.get(SCHEME_ATTRIBUTE), stored).toBe(expected);
	}
	vi.stubGlobal('localStorage', {
		getItem: () => {
			throw new Error('blocked');
		}
	});
	expect(() => new Function(schemeScript())()).not.toThrow();
});

test('the page follows the system until the reader chooses; choosing what the system prefers lets go', () => {
	const page = fakePage({}, false);
	const scheme = new SchemeState();
	const stop = scheme.restore();
	expect(scheme.current).toBe('light');
	page.system(true);
	expect(scheme.current).toBe('dark');
	scheme.toggle();
	expect(scheme.current).toBe('light');
	expect(page.attributes.get(SCHEME_ATTRIBUTE)).toBe('light');
	expect(page.stored[SCHEME_STORAGE_KEY]).toBe('light');
	// Chosen: the system's change no longer moves it.
	page.system(false);
	page.system(true);
	expect(scheme.current).toBe('light');
	// Back to what the system prefers: the choice is let go.
	scheme.toggle();
	expect(scheme.current).toBe('dark');
	expect(page.attributes.has(SCHEME_ATTRIBUTE)).toBe(false);
	expect(page.stored[SCHEME_STORAGE_KEY]).toBe('system');
	page.system(false);
	expect(scheme.current).toBe('light');
	stop();
	expect(page.listeners).toHaveLength(0);
});

test('a stored choice is restored', () => {
	fakePage({ [SCHEME_STORAGE_KEY]: 'dark' }, false);
	const scheme = new SchemeState();
	scheme.restore();
	expect(scheme.current).toBe('dark');
});
