/**
 * A count as the page writes it: 100000 → "100,000". Not toLocaleString: its
 * first call loads the browser's locale data, some 50 ms of the page's start-up
 * on a slow machine, for a comma.
 */
export function formatCount(count: number): string {
	return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
