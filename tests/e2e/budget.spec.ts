import { expect, test } from '@playwright/test';
import { firstViewSize } from '../../scripts/first-view-size.js';

/**
 * Sizes are deterministic, so they are held here; timings are the benchmark's
 * (`npm run bench`). The budgets are the benchmark issue's targets: 60 KB of
 * gzipped JavaScript (the page is just under it, see BENCHMARKS.md) and 10 KB
 * of CSS on the first view.
 */
export const BUDGET = { jsGzip: 60 * 1024, cssGzip: 10 * 1024, htmlGzip: 40 * 1024 };

test('the first view stays within its size budget', () => {
	for (const page of ['index.html', 'events/qomi-meets-baradar.html']) {
		const size = firstViewSize('build', page);
		expect(size.js.files, page).toBeGreaterThan(0);
		expect(size.js.gzip, `${page}: gzipped JavaScript`).toBeLessThanOrEqual(BUDGET.jsGzip);
		expect(size.css.gzip, `${page}: gzipped CSS`).toBeLessThanOrEqual(BUDGET.cssGzip);
		expect(size.html.gzip, `${page}: gzipped HTML`).toBeLessThanOrEqual(BUDGET.htmlGzip);
	}
});
