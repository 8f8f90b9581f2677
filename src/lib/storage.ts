/**
 * The browser's localStorage, for choices worth keeping between visits (the interface language).
 * Storage may be blocked (privacy settings, a sandboxed frame: even reading `localStorage` throws)
 * or full (setItem throws); then the choice holds for the visit only and nothing else changes.
 */

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** The stored value, or null when there is none or storage cannot be read. */
export function readStored(key: string): string | null {
	try {
		return storage()?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Keeps a value; false when storage is blocked or full (the caller carries on without it). */
export function store(key: string, value: string): boolean {
	const target = storage();
	if (!target) return false;
	try {
		target.setItem(key, value);
		return true;
	} catch (error) {
		console.warn(`storage: "${key}" is kept for this visit only:`, error);
		return false;
	}
}
