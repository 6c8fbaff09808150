// An event page opens at its event's card, as a page opens at its #fragment: before the
// first paint, not once the app's code has come. A classic inline script at the end of
// the body (see src/hooks.server.ts), hashed into the page's policy (svelte.config.js).
// The app refines the position once it runs (`CardScroller.scrollToCard`); a reload or
// Back keeps the position the reader had.
(function () {
	var card = document.querySelector('.event-card[aria-current="true"]');
	var pin = document.querySelector('[data-testid="pin"]');
	var visit = /** @type {PerformanceNavigationTiming | undefined} */ (
		performance.getEntriesByType('navigation')[0]
	);
	if (!card || !pin || (visit && visit.type !== 'navigate')) return;
	scrollTo(0, card.getBoundingClientRect().top + scrollY - pin.getBoundingClientRect().height - 8);
})();
