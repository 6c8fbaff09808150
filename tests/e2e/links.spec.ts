import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../scripts/serve-static.js';
import {
	collectErrors,
	currentCard,
	inReadingArea,
	markOf,
	selectedOnTimeline,
	settled,
	startOf,
	story,
	timelineReady,
	DAY
} from './helpers';
import { readStoryFile } from '../../src/lib/server/loadStoryFile';
import { labelledTitle } from '../../src/lib/story/claims';

const validated = readStoryFile('stories/iran-taliban.json');
const checked = validated.ok ? validated.story.events : [];

test('every event page reads with JavaScript off: its card, quotes and sources', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const event of story.events) {
		const response = await page.goto(`/events/${event.id}`);
		expect(response?.status()).toBe(200);
		const card = page.locator(`#event-${event.id}`);
		await expect(card.getByRole('heading', { name: event.title })).toBeVisible();
		await expect(card).toHaveAttribute('aria-current', 'true');
		for (const quote of event.quotes ?? [])
			await expect(card.locator('blockquote', { hasText: quote.text })).toHaveCount(1);
		await expect(card.getByText('Sources:')).toBeVisible();
		// A claim only the article makes is labelled in the title too (see claims.spec.ts).
		const title = labelledTitle(checked.find((candidate) => candidate.id === event.id)!);
		await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	}
	await context.close();
});

test('an event page opens the app with that event selected, in view on the timeline and in the cards @phone', async ({
	page
}) => {
	const errors = collectErrors(page);
	test.setTimeout(120_000);
	for (const { id } of story.events) {
		const event = story.events.find((candidate) => candidate.id === id)!;
		// True to time, so that the window's length in days says how far in it is zoomed;
		// the compact axis opens event pages alike (folds.spec.ts).
		await page.goto(`/events/${id}?scale=true-to-time`);
		await timelineReady(page);
		const view = await settled(page);
		expect(startOf(event.date)).toBeGreaterThanOrEqual(view.from);
		expect(startOf(event.date)).toBeLessThanOrEqual(view.to);
		// Zoomed in for context, not the whole story: a year or so, or a long span and a margin.
		const extent = event.end ? startOf(event.end) - startOf(event.date) : 0;
		expect(view.span).toBeLessThan(Math.max(400 * DAY, extent * 2.2 + 200 * DAY));
		await expect(selectedOnTimeline(page, id)).toHaveCount(1);
		await expect(page.locator(`#event-${id}`)).toHaveAttribute('aria-current', 'true');
		await expect.poll(() => inReadingArea(page, `#event-${id}`)).toBe(true);
	}
	expect(errors).toEqual([]);
});

test('the window is in the URL: it opens there, and zooming rewrites it without adding history', async ({
	page
}) => {
	await page.goto('/?from=2022-01-01&to=2022-06-30');
	await timelineReady(page);
	const opened = await settled(page);
	expect(Math.abs(opened.from - Date.UTC(2022, 0, 1))).toBeLessThan(DAY);
	expect(Math.abs(opened.to - Date.UTC(2022, 6, 1))).toBeLessThan(DAY);
	const length = await page.evaluate(() => history.length);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	const zoomed = await settled(page);
	await expect(page).not.toHaveURL(/from=2022-01-01&to=2022-06-30/);
	await expect
		.poll(() => new URL(page.url()).searchParams.get('from'))
		.toBe(new Date(zoomed.from).toISOString().slice(0, 10));
	expect(await page.evaluate(() => history.length)).toBe(length);

	// Copying the address reproduces the view.
	const copied = page.url();
	const other = await page.context().newPage();
	await other.goto(copied);
	await timelineReady(other);
	const reopened = await settled(other);
	expect(Math.abs(reopened.from - zoomed.from)).toBeLessThan(DAY);
	expect(Math.abs(reopened.to - zoomed.to)).toBeLessThan(2 * DAY);
});

test('selecting events adds history: Back and Forward restore each selection', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	await markOf(page, 'rouhani-kabul-occupation-remark').click();
	await expect(page).toHaveURL(/\/events\/rouhani-kabul-occupation-remark/);
	// Pressed once the page has come to rest: a press made while it is still revealing
	// the event it just navigated to was lost in 2 of about 10 clean-clone runs (cause
	// not yet found; see the session-7 note). The reader's case stays open, not hidden.
	await settled(page);
	await page.getByRole('button', { name: 'Next event' }).click();
	await expect(page).not.toHaveURL(/rouhani-kabul-occupation-remark/);
	const secondId = (await currentCard(page).getAttribute('data-id'))!;
	await expect(page).toHaveURL(new RegExp(`/events/${secondId}`));
	await page.goBack();
	await expect(page).toHaveURL(/\/events\/rouhani-kabul-occupation-remark/);
	await expect(currentCard(page)).toHaveAttribute('data-id', 'rouhani-kabul-occupation-remark');
	await expect(selectedOnTimeline(page)).toHaveCount(1);
	await page.goForward();
	await expect(page).toHaveURL(new RegExp(`/events/${secondId}`));
	await expect(currentCard(page)).toHaveAttribute('data-id', secondId);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(\?|$)/);
	await expect(currentCard(page)).toHaveCount(0);
});

test('the share control copies the absolute link and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/events/qomi-meets-baradar');
	await timelineReady(page);
	// The Web Share API, where present, opens a system sheet a test cannot drive: use the clipboard path.
	await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
	const card = page.locator('#event-qomi-meets-baradar');
	await card.getByRole('button', { name: /^Share/ }).click();
	await expect(card.getByRole('status')).toHaveText('Link copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/^https?:\/\/[^/]+\/events\/qomi-meets-baradar$/);
});

test('with JavaScript off, an unknown address says so instead of a blank page', async ({ browser }) => {
	// As a static host serves it: 404.html, the app's empty shell (vite preview renders the error page itself).
	const host = await serveStatic('build', 0);
	const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const path of ['/events/no-such-event', '/embed/events/no-such-event', '/no/such/page']) {
		const response = await page.goto(origin + path);
		expect(response?.status()).toBe(404);
		// Read from the DOM: Playwright's text matchers skip <noscript>, even with scripts off.
		expect(await page.locator('body').textContent()).toContain('This page is not part of the timeline.');
		await expect(page.getByRole('link', { name: 'Go to the timeline' })).toHaveAttribute('href', '/');
	}
	await context.close();
	await new Promise((done) => host.close(done));
});

test('an unknown event gets the 404 page, with the nearest events, and asks for nothing that fails', async ({
	page
}) => {
	const failed: string[] = [];
	page.on('response', (answer) => {
		if (answer.status() >= 400 && answer.request().resourceType() !== 'document') failed.push(answer.url());
	});
	const errors = collectErrors(page);
	const response = await page.goto('/events/qomi-meets-baradr');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'This page is not part of the timeline' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Go to the timeline' })).toBeVisible();
	const event = story.events.find((candidate) => candidate.id === 'qomi-meets-baradar')!;
	await expect(page.getByRole('link', { name: event.title })).toHaveAttribute(
		'href',
		'/events/qomi-meets-baradar'
	);
	// The page's own 404 is the only error: no request for the missing event's data.
	expect(failed).toEqual([]);
	expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
	expect(errors).toHaveLength(1);
});

const BAD_QUERIES = [
	'from=2023-01-01&to=2021-01-01',
	'from=yesterday&to=tomorrow',
	'from=99999-01-01&to=99999-12-31',
	'from=0000-01-01&to=2021',
	'from=2021-02-30&to=2021-13',
	'from=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'actor=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	`q=${'A'.repeat(10_240)}`,
	`from=${'9'.repeat(10_240)}`,
	'colour=red&__proto__[x]=1&constructor=1',
	'from=2021-08-01&to=2021-08-01',
	'%E0%A4%A=broken'
];

test('bad query strings leave a working page and run nothing', async ({ page }) => {
	const errors = collectErrors(page);
	let alerted = false;
	page.on('dialog', async (dialog) => {
		alerted = true;
		await dialog.dismiss();
	});
	for (const query of BAD_QUERIES) {
		await page.goto(`/events/taliban-take-kabul?${query}`);
		await timelineReady(page);
		// A hostile search is only ever a search: it finds nothing and is shown as text.
		await expect(
			page.locator('#event-taliban-take-kabul[aria-current="true"], .empty:has-text("No events match")'),
			query
		).toHaveCount(1);
		const view = await settled(page);
		expect(view.span, query).toBeGreaterThan(0);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
	}
	expect(alerted).toBe(false);
	expect(errors).toEqual([]);
});

test('every event page has its own title, description, canonical URL and preview image', () => {
	const titles = new Set<string>();
	for (const event of story.events) {
		const html = readFileSync(`build/events/${event.id}.html`, 'utf8');
		const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
		expect(title).toBeTruthy();
		titles.add(title!);
		expect(html).toMatch(/<meta name="description" content="[^"]+"/);
		expect(html).toContain(`<link rel="canonical" href="http://localhost:4173/events/${event.id}"`);
		const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
		expect(image).toBe(`http://localhost:4173/og/${event.id}.png`);
		expect(existsSync(`build/og/${event.id}.png`)).toBe(true);
		expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
		expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
	}
	expect(titles.size).toBe(story.events.length);
});

test.describe('under a base path', () => {
	let server: Server;
	test.beforeAll(async () => {
		test.setTimeout(180_000);
		execFileSync('npx', ['vite', 'build'], {
			env: { ...process.env, BASE_PATH: '/news/dateline', BUILD_DIR: '.build-base' },
			stdio: 'ignore'
		});
		server = await serveStatic('.build-base', 4181, '/news/dateline');
	});
	test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

	test('deep links, the source view and the 404 page work under it', async ({ page }) => {
		const errors = collectErrors(page);
		const origin = 'http://127.0.0.1:4181/news/dateline';
		await page.goto(`${origin}/events/qomi-meets-baradar`);
		await timelineReady(page);
		await expect(page.locator('#event-qomi-meets-baradar')).toHaveAttribute('aria-current', 'true');
		await page.getByRole('button', { name: 'Previous event' }).click();
		await expect(page).not.toHaveURL(/qomi-meets-baradar/);
		await settled(page);
		await page.getByRole('button', { name: 'Next event' }).click();
		await expect(page).toHaveURL(new RegExp(`^${origin}/events/qomi-meets-baradar`));
		await page.locator('#event-qomi-meets-baradar').getByRole('link', { name: 'Qomi meets Baradar' }).click();
		const link = page.getByTestId('in-source').first();
		expect(await link.getAttribute('href')).toMatch(/^\/news\/dateline\/source#q-/);
		// The source view's code and stylesheet come with the move, found under the sub-path
		// by the build's own preload helper (see preloadHelper in vite.config.ts).
		await link.click();
		await expect(page).toHaveURL(new RegExp(`^${origin}/source#q-`));
		const passage = page.locator('mark:target');
		await expect(passage).toBeInViewport();
		expect(await passage.evaluate((mark) => getComputedStyle(mark).backgroundColor)).toBe(
			'rgb(255, 213, 74)'
		);
		const missing = await page.goto(`${origin}/events/nope`);
		expect(missing?.status()).toBe(404);
		await expect(page.getByRole('link', { name: 'Go to the timeline' })).toHaveAttribute(
			'href',
			/^\/news\/dateline\/?$/
		);
		expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
	});
});
