import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstViewSize, unnamedImports } from '../../scripts/first-view-size.js';
import { pageAwake } from './helpers';

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
 * 1.66 KB between them. It came down to 56.6 KB with the phone issue (#21): the
 * build writes every date the first view shows (the cards', the header's, the
 * window's words for the sketch), so date-fns comes with the live timeline's code,
 * for its axis, not with the first view (5.5 KB); 56.8 KB with a large story's
 * timeline index (its rows made into items, the load in two stages, a part of the
 * cards' words that failed said in the list: 0.24 KB), which brought a hundred
 * thousand events live about a third sooner. It is 57 KB since the page waits for
 * its first paint (#21): the app's reveal of an event page's card made instant took
 * an event page within 10 B of the limit, and the chunks' content hashes move the
 * gzipped size of the same code by up to 25 B between builds (58,153-58,178 B seen
 * for one event page), which made the test fail by chance. It is 56.8 KB again with
 * a card's words written as markup rather than components (#21, 0.43 KB less: the
 * event page at 57,742 B, 420 B under the limit). It is 51.5 KB since the first
 * view stopped carrying what only the live timeline uses (#21): every component in
 * runes mode, the filters without binding code, and the live timeline's axis,
 * layout and zoom arithmetic reached through its code rather than imported (a
 * module both chunks import sits in the first view's with all either uses of it).
 * The home page came to 52,097 B and an event page to 52,427 B; with a sketched
 * mark's tap and an event page's early Show all, 52,165 and 52,494 B. It is 50 KB,
 * the issue's aim, since Vite's preload helper (843 B) gave way to one of ours (343 B:
 * see preloadHelper in vite.config.ts), Svelte stopped announcing its version
 * (a module and an import per chunk: 0.15 KB), an event page's title and description
 * came worded by the build (0.5 KB on an event page, 0.25 on the home page, whose
 * claims' code it shared) and the live timeline's moves came with its code (0.38 KB):
 * 50,859 B on the home page and 50,905 B on an event page; with early taps on the
 * build's overview strip and sketched badges kept (0.1 KB), 51,065 and 51,111 B, 89 B
 * under the limit. 50,203 and 50,247 B since Svelte's and SvelteKit's runtime come in one
 * chunk with our few modules every page imports (see FRAMEWORK_CHUNK in vite.config.ts):
 * eight scripts rather than eleven, 0.8 KB less (the source view and the 404 page, which
 * load some of those modules now too, 0.65 KB more). 50,371 and 50,415 B since every
 * script opens with V8's compile hint (see compileHints in vite.config.ts: 0.18 KB, for
 * blocking time on a phone down from 35 to 8 ms). What is left is Svelte's
 * runtime (18 KB), SvelteKit's (13 KB) and the code that hydrates the cards, the
 * controls and the view. Raise it again only with a reason as good as these.
 */
export const BUDGET = {
	jsGzip: 50 * 1024,
	cssGzip: 10 * 1024,
	htmlGzip: 40 * 1024,
	/**
	 * Everything the home page loads before the reader does anything, the HTML's
	 * scripts and what they fetch after (the phone issue, #21): below TimelineJS3's
	 * whole bundle (63.1 KB). It was 96 KB while the live timeline's code came right
	 * after the first view; it now comes when the reader reaches for the timeline.
	 */
	allJsGzip: 63 * 1024,
	/**
	 * The scripts the HTML names. A browser asks a host without HTTP/2 for six at a
	 * time: each file past that waits a round, and the live timeline with them (#21).
	 */
	jsFiles: 8
};

test('the first view stays within its size budget', () => {
	for (const page of ['index.html', 'events/qomi-meets-baradar.html']) {
		const size = firstViewSize('build', page);
		expect(size.js.files, page).toBeGreaterThan(0);
		expect(size.js.files, `${page}: scripts named`).toBeLessThanOrEqual(BUDGET.jsFiles);
		expect(size.js.gzip, `${page}: gzipped JavaScript`).toBeLessThanOrEqual(BUDGET.jsGzip);
		expect(size.css.gzip, `${page}: gzipped CSS`).toBeLessThanOrEqual(BUDGET.cssGzip);
		expect(size.html.gzip, `${page}: gzipped HTML`).toBeLessThanOrEqual(BUDGET.htmlGzip);
	}
});

test('the first view names every module its scripts import, so that none is found a round trip late', () => {
	// The figures above count what the page names; a module it imports without naming would
	// be fetched only once its importer had come, and counted by neither.
	for (const page of ['index.html', 'events/qomi-meets-baradar.html', 'embed.html']) {
		expect(unnamedImports('build', page), page).toEqual([]);
	}
});

test('all the JavaScript the home page loads before the reader does anything stays within its budget', async ({
	page
}) => {
	const scripts: Promise<[string, number]>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		// Gzipped as first-view-size.js does, so that the two budgets add up alike.
		scripts.push(response.body().then((body) => [response.url(), gzipSync(body, { level: 9 }).length]));
	});
	await page.goto('/');
	await pageAwake(page);
	await page.waitForLoadState('networkidle');
	// Long enough for anything the page would fetch by itself after it woke.
	await page.waitForTimeout(1500);
	const loaded = await Promise.all(scripts);
	const total = loaded.reduce((sum, [, bytes]) => sum + bytes, 0);
	const named = firstViewSize('build', 'index.html').js;
	// The HTML's own scripts are all among them; what else came is listed if the budget breaks.
	expect(loaded.length).toBeGreaterThanOrEqual(named.files);
	expect(
		total,
		loaded.map(([url, bytes]) => `${url.split('/').pop()} ${bytes}`).join(', ')
	).toBeLessThanOrEqual(BUDGET.allJsGzip);
});

test('every script the browser is given asks V8 to compile it whole as it arrives', () => {
	// See compileHints in vite.config.ts: the comment counts only as the file's first line.
	const scripts = readdirSync('build/_app/immutable', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.js'))
		.map((file) => join('build/_app/immutable', file));
	expect(scripts.length).toBeGreaterThan(8);
	const unhinted = scripts.filter(
		(file) => readFileSync(file, 'utf8').split('\n', 1)[0] !== '//# allFunctionsCalledOnLoad'
	);
	expect(unhinted).toEqual([]);
});
