/**
 * The kiosk's rhythm. Nobody there: after `idleMs` without input the screen returns to its home
 * state and the tour plays on its own, chapter after chapter, looping through the home view.
 * Someone touches it: the loop stops where it is and the visitor has the map. They walk away:
 * after `idleMs` the kiosk resets and the loop starts again.
 *
 * Each pass through the home view is a quiet moment: if a new deployment is out, or the page has
 * run for `reloadAfterMs`, the page reloads there, with nobody watching.
 */
import type { KioskOptions } from './options';

export type KioskState = 'visitor' | 'attract';

export interface KioskHooks {
	/** Number of tour chapters. */
	chapters: number;
	/** Back to the home state: panels closed, filters and search cleared, camera home, URL clean. */
	reset(): Promise<void>;
	showChapter(index: number): Promise<void>;
	/** True when a newer deployment than the running one is out. */
	updateAvailable(): Promise<boolean>;
	/** Reloads the kiosk (at /kiosk, with its settings). */
	reload(): void;
}

/** What counts as someone at the screen. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export class Kiosk {
	state = $state<KioskState>('visitor');
	/** Where the attract loop is: -1 for the home view, else a chapter index. */
	position = $state(-1);
	/** Chapter changes made by the loop (for the soak benchmark). */
	changes = 0;

	readonly options: KioskOptions;
	#hooks: KioskHooks;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#startedAt = Date.now();
	#onInput = () => this.#input();
	#target: EventTarget | null = null;

	constructor(options: KioskOptions, hooks: KioskHooks) {
		this.options = options;
		this.#hooks = hooks;
	}

	/** Starts listening for visitors on `target` (the window) and counting idle time. */
	start(target: EventTarget = window) {
		this.#target = target;
		for (const type of INPUT_EVENTS)
			target.addEventListener(type, this.#onInput, { capture: true, passive: true });
		this.#after(this.options.idleMs, () => this.#walkedAway());
	}

	stop() {
		clearTimeout(this.#timer);
		for (const type of INPUT_EVENTS)
			this.#target?.removeEventListener(type, this.#onInput, { capture: true });
	}

	/** The map cannot draw any more: start afresh rather than show a dead screen. */
	recover() {
		this.#hooks.reload();
	}

	#after(ms: number, task: () => void) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(task, ms);
	}

	/** Counts the loop's passes through home; a stale pass's timer does nothing. */
	#passes = 0;

	#input() {
		this.state = 'visitor';
		this.#passes++;
		this.#after(this.options.idleMs, () => this.#walkedAway());
	}

	async #walkedAway() {
		this.state = 'attract';
		await this.#home();
	}

	/**
	 * The loop's home view, and its quiet moment for a reload. The timer is set before anything is
	 * awaited, so the home view lasts `dwellMs` however long the navigation takes; an update check
	 * still running then holds the loop at home until it answers.
	 */
	async #home() {
		this.position = -1;
		const due = this.#reloadDue();
		const pass = ++this.#passes;
		this.#after(this.options.dwellMs, async () => {
			const reload = await due;
			// A visitor may have arrived, or the loop moved on, while the check ran.
			if (this.state !== 'attract' || pass !== this.#passes) return;
			if (reload) this.#hooks.reload();
			else await this.#next();
		});
		await this.#hooks.reset();
	}

	async #reloadDue(): Promise<boolean> {
		if (Date.now() - this.#startedAt >= this.options.reloadAfterMs) return true;
		return this.#hooks.updateAvailable().catch(() => false);
	}

	async #next() {
		if (this.state !== 'attract') return;
		const next = this.position + 1;
		if (next >= this.#hooks.chapters) return this.#home();
		this.position = next;
		this.changes++;
		this.#after(this.options.dwellMs, () => this.#next());
		await this.#hooks.showChapter(next);
	}
}
