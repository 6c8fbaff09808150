/**
 * A count as the page writes it: 100000 → "100,000". Not toLocaleString: its
 * first call loads the browser's locale data, some 50 ms of the page's start-up
 * on a slow machine, for a comma.
 */
export function formatCount(count: number): string {
	return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number of events in words, singular for one: "1 event", "1 more event", "2,400 events". */
export function formatEventCount(count: number, qualifier?: string): string {
	const noun = count === 1 ? 'event' : 'events';
	return [formatCount(count), qualifier, noun].filter(Boolean).join(' ');
}
