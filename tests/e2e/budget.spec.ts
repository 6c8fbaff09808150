import { expect, test } from '@playwright/test';
import { firstViewSize } from '../../scripts/first-view-size.js';

/**
 * Sizes are deterministic, so they are held here; timings are the benchmark's
 * (`npm run bench`). The budgets began as the benchmark issue's targets: 60 KB of
 * gzipped JavaScript and 10 KB of CSS on the first view. The JavaScript's is 61 KB
 * since the claims issue (#16): labelling what only the article says, on the cards
 * the first view hydrates, took the page about 0.35 KB past 60 KB, and a reader
 * told what is unconfirmed is worth that. It is 61.1 KB since the compact axis (#15):
 * the piecewise scale, the spacing switch and the address's `scale` cost 1.5 KB, of
 * which all but 0.37 KB went back by moving the overview's drawing, the fold labels
 * and the label widening into the live timeline's code. A first screen that shows
 * the story instead of seven empty years is worth that. It is 62.8 KB since the embed
 * (#17): the Embed buttons (each card's, and the whole story's after the cards) and
 * the state the full page now shares with the embed cost 1.05 KB, with the code that
 * writes and shows the embed code loaded only when asked for; and the code both kinds
 * of page load now comes in a chunk of its own, 0.55 KB more for the boundary
 * (grouping every module into one chunk saved 2.8 KB here but added 23 KB to the
 * source view and the 404 page: left for the speed issue, #21). A story that travels
 * inside any article is worth that. It came down to 62.2 KB with the second calendar
 * (#20): its switch, its dates on the cards and a quote's original words cost 0.67 KB
 * (the dates themselves are written by the build; the calendar's code is in the live
 * timeline's), and two things the first view never needed went: the card's heading
 * drawn as `<svelte:element>` (always an h2) and the "Who" menu's two-way binding,
 * 1.66 KB between them. Raise it again only with a reason as good as these.
 */
export const BUDGET = { jsGzip: 62.2 * 1024, cssGzip: 10 * 1024, htmlGzip: 40 * 1024 };

test('the first view stays within its size budget', () => {
	for (const page of ['index.html', 'events/qomi-meets-baradar.html']) {
		const size = firstViewSize('build', page);
		expect(size.js.files, page).toBeGreaterThan(0);
		expect(size.js.gzip, `${page}: gzipped JavaScript`).toBeLessThanOrEqual(BUDGET.jsGzip);
		expect(size.css.gzip, `${page}: gzipped CSS`).toBeLessThanOrEqual(BUDGET.cssGzip);
		expect(size.html.gzip, `${page}: gzipped HTML`).toBeLessThanOrEqual(BUDGET.htmlGzip);
	}
});
