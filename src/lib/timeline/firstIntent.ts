/**
 * Calls `wake` once, at the reader's first sign of reaching for the timeline: a
 * pointer over it or focus in it, or any press, key, wheel or touch on the page
 * (scrolling the cards moves the timeline too). Returns what stops listening.
 *
 * Scrolling itself is not a sign: an event's page scrolls to its card by itself.
 */
export function onFirstIntent(timeline: HTMLElement, wake: () => void): () => void {
	const onTimeline = ['pointerover', 'focusin'] as const;
	const onPage = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
	const options = { capture: true, passive: true } as const;
	function stop() {
		for (const type of onTimeline) timeline.removeEventListener(type, fire, options);
		for (const type of onPage) window.removeEventListener(type, fire, options);
	}
	function fire() {
		stop();
		wake();
	}
	for (const type of onTimeline) timeline.addEventListener(type, fire, options);
	for (const type of onPage) window.addEventListener(type, fire, options);
	return stop;
}
