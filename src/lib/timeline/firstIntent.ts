/** Over the timeline, these are a reach for it. */
export const TIMELINE_INTENTS = ['pointerover', 'focusin'] as const;
/** Anywhere on the page (scrolling the cards moves the timeline too). */
export const PAGE_INTENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/**
 * Set on the root element by the page's start script (see server/paintFirst.ts) when
 * the reader reached for the timeline before the app's code had come: a reader on
 * a slow phone who touches the page while it loads is not made to reach again.
 */
export const REACHED_ATTRIBUTE = 'data-reached';

/** The reader reached for the timeline before the page woke. */
export function reachedBeforeWaking(): boolean {
	return document.documentElement.hasAttribute(REACHED_ATTRIBUTE);
}

/**
 * Calls `wake` once, at the reader's first sign of reaching for the timeline: a
 * pointer over it or focus in it, or any press, key, wheel or touch on the page.
 * Returns what stops listening.
 *
 * Scrolling itself is not a sign: an event's page scrolls to its card by itself.
 */
export function onFirstIntent(timeline: HTMLElement, wake: () => void): () => void {
	const options = { capture: true, passive: true } as const;
	function stop() {
		for (const type of TIMELINE_INTENTS) timeline.removeEventListener(type, fire, options);
		for (const type of PAGE_INTENTS) window.removeEventListener(type, fire, options);
	}
	function fire() {
		stop();
		wake();
	}
	for (const type of TIMELINE_INTENTS) timeline.addEventListener(type, fire, options);
	for (const type of PAGE_INTENTS) window.addEventListener(type, fire, options);
	return stop;
}
