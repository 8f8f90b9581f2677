import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Kiosk, type KioskHooks } from './kiosk.svelte';
import { KIOSK_DEFAULTS } from './options';

const CHAPTERS = 3;

function setUp(updateAvailable = false) {
	const log: string[] = [];
	const hooks: KioskHooks = {
		chapters: CHAPTERS,
		reset: async () => void log.push('reset'),
		showChapter: async (i) => void log.push(`chapter ${i}`),
		updateAvailable: async () => updateAvailable,
		reload: () => void log.push('reload')
	};
	const screen = new EventTarget();
	const kiosk = new Kiosk({ ...KIOSK_DEFAULTS, idleMs: 90_000, dwellMs: 10_000 }, hooks);
	kiosk.start(screen);
	const touch = () => screen.dispatchEvent(new Event('pointerdown'));
	return { kiosk, log, touch };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('idle for 90 s: home, then the chapters in a loop through home', async () => {
	const { kiosk, log } = setUp();
	await vi.advanceTimersByTimeAsync(89_999);
	expect(log).toEqual([]);
	expect(kiosk.state).toBe('visitor');
	await vi.advanceTimersByTimeAsync(1);
	expect(kiosk.state).toBe('attract');
	expect(log).toEqual(['reset']);
	await vi.advanceTimersByTimeAsync(10_000 * 4);
	expect(log).toEqual(['reset', 'chapter 0', 'chapter 1', 'chapter 2', 'reset']);
	expect(kiosk.changes).toBe(3);
});

test('a touch stops the loop where it is; walking away resets and loops again', async () => {
	const { kiosk, log, touch } = setUp();
	await vi.advanceTimersByTimeAsync(90_000 + 10_000);
	expect(log.at(-1)).toBe('chapter 0');
	touch();
	expect(kiosk.state).toBe('visitor');
	await vi.advanceTimersByTimeAsync(89_000);
	expect(log.at(-1)).toBe('chapter 0');
	touch(); // still there: the idle count starts again
	await vi.advanceTimersByTimeAsync(89_000);
	expect(log.at(-1)).toBe('chapter 0');
	await vi.advanceTimersByTimeAsync(1_000);
	expect(log.at(-1)).toBe('reset');
	expect(kiosk.state).toBe('attract');
});

test('after a day the page reloads at the home view, not in the middle of a visit', async () => {
	const { log, touch } = setUp();
	await vi.advanceTimersByTimeAsync(23 * 3_600_000);
	expect(log).not.toContain('reload');
	// Visitors keep the screen busy past the 24th hour: no reload under their fingers.
	for (let minute = 0; minute < 120; minute++) {
		touch();
		await vi.advanceTimersByTimeAsync(60_000);
	}
	expect(log).not.toContain('reload');
	await vi.advanceTimersByTimeAsync(30_000);
	expect(log.at(-1)).toBe('reset');
	// It reloads at the end of the home view's turn in the loop.
	await vi.advanceTimersByTimeAsync(10_000);
	expect(log.slice(-2)).toEqual(['reset', 'reload']);
});

test('a new deployment is picked up at the next idle reset', async () => {
	const { log } = setUp(true);
	await vi.advanceTimersByTimeAsync(90_000);
	expect(log).toEqual(['reset']);
	await vi.advanceTimersByTimeAsync(10_000);
	expect(log).toEqual(['reset', 'reload']);
});
