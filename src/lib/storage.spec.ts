import { afterEach, expect, test, vi } from 'vitest';
import { readStored, store } from './storage';

afterEach(() => vi.unstubAllGlobals());

/** A storage holding `items`, whose setItem fails with `full` when given. */
function fakeStorage(items: Record<string, string>, full?: Error) {
	return {
		getItem: (key: string) => items[key] ?? null,
		setItem: (key: string, value: string) => {
			if (full) throw full;
			items[key] = value;
		}
	};
}

test('reads and keeps values when storage works', () => {
	const items: Record<string, string> = {};
	vi.stubGlobal('localStorage', fakeStorage(items));
	expect(store('k', 'zh')).toBe(true);
	expect(readStored('k')).toBe('zh');
	expect(readStored('other')).toBeNull();
});

test('full storage: the value is not kept, and nothing throws', () => {
	vi.spyOn(console, 'warn').mockImplementation(() => {});
	vi.stubGlobal('localStorage', fakeStorage({}, new DOMException('full', 'QuotaExceededError')));
	expect(store('k', 'zh')).toBe(false);
	expect(readStored('k')).toBeNull();
});

test('blocked storage (reading localStorage itself throws): nothing throws', () => {
	Object.defineProperty(globalThis, 'localStorage', {
		configurable: true,
		get() {
			throw new DOMException('blocked', 'SecurityError');
		}
	});
	try {
		expect(() => globalThis.localStorage).toThrow();
		expect(store('k', 'zh')).toBe(false);
		expect(readStored('k')).toBeNull();
	} finally {
		Reflect.deleteProperty(globalThis, 'localStorage');
	}
});
