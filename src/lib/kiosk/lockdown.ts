/**
 * What a public touch screen must not do: open a context menu, select text, zoom the page (the
 * map still zooms itself), follow a link out of the map, or stop on a browser dialog. Installed
 * once for the page's life; returns a function that removes it (for tests and hot reloads).
 */

/** Paths a kiosk may move between without leaving its one map. */
const KIOSK_PATHS = /^\/(kiosk|tour\/[\w-]+|place\/[\w-]+)$/;

function allowedLink(anchor: HTMLAnchorElement): boolean {
	const url = new URL(anchor.href, location.href);
	return url.origin === location.origin && KIOSK_PATHS.test(url.pathname) && !anchor.target;
}

export function lockDown(): () => void {
	// The page's own rules (no selection, no page zoom, larger type) hang on html.kiosk, which the
	// explorer layout sets before the map is made. A pinch cannot zoom the page because of its
	// touch-action; the viewport stays scalable, as WCAG 1.4.4 asks of any page.

	const prevent = (event: Event) => event.preventDefault();
	const onclick = (event: MouseEvent) => {
		const anchor = (event.target as Element | null)?.closest?.('a[href]');
		if (anchor instanceof HTMLAnchorElement && !allowedLink(anchor)) event.preventDefault();
	};
	const onwheel = (event: WheelEvent) => {
		// Ctrl + wheel (and a touchpad pinch, which arrives as one) zooms the page; the map's own
		// zoom listens on its canvas and is not affected.
		if (event.ctrlKey && !(event.target as Element | null)?.closest?.('.maplibregl-canvas'))
			event.preventDefault();
	};
	// Should a keyboard be attached: no browser shortcuts (zoom, print, find, save, reload,
	// developer tools, leaving full screen). Typing in the search box is unaffected.
	const onkeydown = (event: KeyboardEvent) => {
		const shortcut = (event.ctrlKey || event.metaKey) && event.key.length === 1;
		if (shortcut || /^F\d+$/.test(event.key)) event.preventDefault();
	};
	const onselectstart = (event: Event) => {
		if (!(event.target as Element | null)?.closest?.('input, textarea')) event.preventDefault();
	};
	const listeners: [string, EventListener, AddEventListenerOptions][] = [
		['contextmenu', prevent, { capture: true }],
		['dragstart', prevent, { capture: true }],
		['gesturestart', prevent, { capture: true }],
		['selectstart', onselectstart as EventListener, { capture: true }],
		['click', onclick as EventListener, { capture: true }],
		['wheel', onwheel as EventListener, { capture: true, passive: false }],
		['keydown', onkeydown as EventListener, { capture: true }]
	];
	for (const [type, listener, options] of listeners)
		window.addEventListener(type, listener, options);

	// Nothing here opens a dialog; should anything try, it must not stop an unattended screen.
	const dialogs = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
	window.alert = () => console.warn('kiosk: alert suppressed');
	window.confirm = () => false;
	window.prompt = () => null;
	window.onbeforeunload = null;

	return () => {
		for (const [type, listener, options] of listeners)
			window.removeEventListener(type, listener, options);
		Object.assign(window, dialogs);
	};
}
