import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../scripts/serve-static.js';
import {
	badges,
	brushOverview,
	collectErrors,
	marks,
	reachForTimeline,
	settled,
	story,
	timelineReady
} from './helpers';

/**
 * The embed as a newsroom uses it: in a frame of a host page on another origin (a
 * second local port, served here), sized by pym.js, by WordPress's protocol or by
 * /embed.js, and never writing to the host's history.
 */

const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
const SHORT_CARD = 'border-clash-may-2023';
/** The event after SHORT_CARD, whose card is longer. */
const LONG_CARD = 'muttaqi-executions-jibe';

/**
 * The host pages, each a function of the embedded site's origin: `site` is the preview
 * server, `corsless` the same build served as a plain static host does, without CORS
 * headers (vite preview answers any origin with `Access-Control-Allow-Origin: *`).
 */
const HOST_PAGES: Partial<Record<string, (site: string, corsless: string) => string>> = {
	'/start.html': () => '<h1>Before the article</h1><a href="/plain.html">To the article</a>',
	'/pym.html': (site) => `
		<h1>An article with pym.js</h1>
		<div id="dateline"></div>
		<script src="/pym.js"></script>
		<script>new pym.Parent('dateline', '${site}/embed/events/${SHORT_CARD}', { title: 'Timeline' });</script>
		<p>The article goes on.</p>`,
	// As WordPress frames an oEmbed from an unlisted provider (see features-research.md §2).
	'/wordpress.html': (_site, corsless) => `
		<h1>A WordPress post</h1>
		<script>window.received = []; addEventListener('message', (e) => received.push(e.data));</script>
		<iframe sandbox="allow-scripts" security="restricted" title="Timeline" width="600" height="300"
			src="${corsless}/embed/events/${LONG_CARD}#?secret=abc123"></iframe>`,
	'/plain.html': (site) => `
		<h1>An article with two timelines</h1>
		<iframe id="first" src="${site}/embed/events/${SHORT_CARD}" title="Timeline" width="100%" height="650" style="width:100%;border:0"></iframe>
		<p>Between the two.</p>
		<iframe id="second" src="${site}/embed" title="Timeline" width="100%" height="650" style="width:100%;border:0"></iframe>
		<script src="${site}/embed.js" async></script>`,
	// The same two frames, the host's script added by the test once they have loaded.
	'/late.html': (site) => `
		<h1>An article whose script comes late</h1>
		<iframe id="first" src="${site}/embed/events/${SHORT_CARD}" title="Timeline" width="100%" height="650" style="width:100%;border:0"></iframe>
		<p>Between the two.</p>
		<iframe id="second" src="${site}/embed" title="Timeline" width="100%" height="650" style="width:100%;border:0"></iframe>`
};

let host: Server;
let hostOrigin = '';
let corslessSite: Server;
let corsless = '';

const originOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

test.beforeAll(async ({ baseURL }) => {
	const site = new URL(baseURL!).origin;
	corslessSite = await serveStatic('build', 0);
	corsless = originOf(corslessSite);
	host = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://host').pathname;
		if (path === '/pym.js') {
			response.writeHead(200, { 'content-type': 'text/javascript' });
			response.end(PYM);
			return;
		}
		const page = HOST_PAGES[path];
		response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>` +
				`<meta name="viewport" content="width=device-width"></head><body>${page?.(site, corsless) ?? 'Not found'}</body></html>`
		);
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostOrigin = originOf(host);
});

test.afterAll(async () => {
	for (const server of [host, corslessSite]) await new Promise<void>((done) => server.close(() => done()));
});

/** The embed's frame once its timeline is live. */
async function embedFrame(page: Page, selector = 'iframe'): Promise<Frame> {
	const frame = (await page.locator(selector).elementHandle())!.contentFrame();
	const embedded = (await frame)!;
	await reachForTimeline(embedded);
	// Polled on a timer: Chromium runs no animation frames in a cross-origin frame out of view.
	await embedded.waitForFunction(() => document.querySelector('[data-from]') !== null, undefined, {
		polling: 100
	});
	return embedded;
}

/** How far the frame's height is from its content's, in pixels. */
async function heightGap(page: Page, frame: Frame, selector = 'iframe') {
	const frameHeight = (await page.locator(selector).boundingBox())!.height;
	const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
	return { gap: Math.abs(frameHeight - content), content };
}

async function expectSized(page: Page, frame: Frame, selector = 'iframe') {
	await expect.poll(async () => (await heightGap(page, frame, selector)).gap).toBeLessThanOrEqual(2);
	return (await heightGap(page, frame, selector)).content;
}

test('a pym.js parent on another origin keeps the frame the height of its content', async ({ page }) => {
	await page.goto(`${hostOrigin}/pym.html`);
	const frame = await embedFrame(page);
	const short = await expectSized(page, frame);
	expect(short).toBeGreaterThan(400);

	await frame.getByRole('button', { name: 'Next event' }).click();
	await expect(frame.locator(`[data-testid="event-card"][data-id="${LONG_CARD}"]`)).toBeVisible();
	const long = await expectSized(page, frame);
	expect(long).toBeGreaterThan(short + 50);

	await page.setViewportSize({ width: 390, height: 844 });
	const narrow = await expectSized(page, frame);
	// A narrower column wraps the card onto more lines.
	expect(narrow).toBeGreaterThan(long);
});

test('in a sandboxed WordPress frame without CORS the card reads and the host hears the height', async ({
	page,
	request
}) => {
	// The condition: the site grants a sandboxed (null-origin) frame no CORS, so the app's modules cannot load.
	const html = await (await request.get(`${corsless}/embed/events/${LONG_CARD}`)).text();
	const moduleUrl = /\/_app\/immutable\/[^"]+\.js/.exec(html)![0];
	const module = await request.get(`${corsless}${moduleUrl}`, { headers: { origin: 'null' } });
	expect(module.ok()).toBe(true);
	expect(module.headers()['access-control-allow-origin']).toBeUndefined();

	await page.goto(`${hostOrigin}/wordpress.html`);
	await expect
		.poll(() =>
			page.evaluate(() =>
				(window as unknown as { received: unknown[] }).received.find(
					(data) => (data as { secret?: string })?.secret === 'abc123'
				)
			)
		)
		.toMatchObject({ secret: 'abc123', message: 'height' });
	const message = await page.evaluate(() =>
		(window as unknown as { received: { secret?: string; value: number }[] }).received.find(
			(data) => data?.secret === 'abc123'
		)
	);
	expect(message!.value).toBeGreaterThanOrEqual(200);
	const frame = page.frameLocator('iframe');
	await expect(
		frame.getByRole('heading', { name: 'Muttaqi: your executions outnumber our prisoners' })
	).toBeVisible();
	await expect(frame.getByText('Speaking to religious scholars in Kabul')).toBeVisible();
	// The sandbox opens no tabs: the full timeline's link is handed to WordPress to follow.
	await frame.getByRole('link', { name: /^Open the full timeline/ }).click();
	await expect
		.poll(() =>
			page.evaluate(() =>
				(window as unknown as { received: { message?: string }[] }).received.find(
					(data) => data?.message === 'link'
				)
			)
		)
		.toEqual({ secret: 'abc123', message: 'link', value: `${corsless}/events/${LONG_CARD}` });
});

test('stepping through events in the frame leaves the host history alone', async ({ page }) => {
	await page.goto(`${hostOrigin}/start.html`);
	await page.getByRole('link', { name: 'To the article' }).click();
	await expect(page).toHaveURL(`${hostOrigin}/plain.html`);
	// The story's embed: Next goes from the first event on.
	const frame = await embedFrame(page, '#second');
	const historyBefore = await page.evaluate(() => history.length);
	const visited: string[] = [];
	for (let step = 0; step < 5; step++) {
		const before = frame.url();
		await frame.getByRole('button', { name: 'Next event' }).click();
		await expect.poll(() => frame.url()).not.toBe(before);
		visited.push(new URL(frame.url()).pathname);
	}
	// Five different events, each the frame's own address in turn.
	expect(new Set(visited).size).toBe(5);
	for (const path of visited) expect(path).toMatch(/^\/embed\/events\/[a-z0-9-]+$/);
	expect(await page.evaluate(() => history.length)).toBe(historyBefore);
	await page.goBack();
	await expect(page).toHaveURL(`${hostOrigin}/start.html`);
});

test('/embed.js sizes each of two frames on a host page to its own content', async ({ page }) => {
	await page.goto(`${hostOrigin}/plain.html`);
	const first = await embedFrame(page, '#first');
	const second = await embedFrame(page, '#second');
	const firstHeight = await expectSized(page, first, '#first');
	const secondHeight = await expectSized(page, second, '#second');
	// Neither is the code's 650 px any more, and each has its own.
	expect(firstHeight).not.toBe(650);
	expect(secondHeight).not.toBe(650);
	expect(Math.abs(firstHeight - secondHeight)).toBeGreaterThan(20);
});

test('/embed.js sizes frames that loaded before it ran: it asks them their heights', async ({
	page,
	baseURL
}) => {
	await page.goto(`${hostOrigin}/late.html`);
	const selectors = ['#first', '#second'];
	const frames = [await embedFrame(page, '#first'), await embedFrame(page, '#second')];
	// Each has said its height by now, to no one: wait until neither changes any more.
	const contentHeights = () =>
		Promise.all(frames.map((frame, i) => heightGap(page, frame, selectors[i]).then((h) => h.content)));
	let before = await contentHeights();
	await expect
		.poll(
			async () => {
				const now = await contentHeights();
				const still = now.every((height, i) => height === before[i]);
				before = now;
				return still;
			},
			{ intervals: [300] }
		)
		.toBe(true);
	for (const selector of selectors) {
		expect((await page.locator(selector).boundingBox())!.height, selector).toBe(650);
	}
	await page.addScriptTag({ url: `${new URL(baseURL!).origin}/embed.js` });
	const firstHeight = await expectSized(page, frames[0], '#first');
	const secondHeight = await expectSized(page, frames[1], '#second');
	expect(firstHeight).not.toBe(650);
	expect(Math.abs(firstHeight - secondHeight)).toBeGreaterThan(20);
});

test('the embed code names the frame, loads it lazily and points at the site', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/events/${LONG_CARD}`);
	await timelineReady(page);
	const card = page.locator(`#event-${LONG_CARD}`);
	await card.getByRole('button', { name: /^Embed/ }).click();
	await expect(card.getByRole('status')).toHaveText('Embed code copied');
	const code = await card.getByLabel(/^Embed code/).inputValue();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
	const parsed = await page.evaluate((html) => {
		const doc = new DOMParser().parseFromString(html, 'text/html');
		const frame = doc.querySelector('iframe')!;
		return {
			title: frame.getAttribute('title'),
			loading: frame.getAttribute('loading'),
			src: frame.getAttribute('src'),
			script: doc.querySelector('script')?.getAttribute('src')
		};
	}, code);
	expect(parsed.title).toMatch(/^Timeline: .+ — Muttaqi: your executions outnumber our prisoners$/);
	expect(parsed.loading).toBe('lazy');
	expect(new URL(parsed.src!).pathname).toBe(`/embed/events/${LONG_CARD}`);
	expect(parsed.src).toMatch(/^https?:\/\//);
	expect(new URL(parsed.script!).pathname).toBe('/embed.js');

	// The whole story's, at the end of the cards; pressed again, each hides its code.
	const storyEmbed = page.locator('.embed-story');
	await expect(storyEmbed.getByRole('heading', { name: 'Embed this story' })).toBeVisible();
	await storyEmbed.getByRole('button', { name: 'Embed code' }).click();
	await expect(storyEmbed.getByRole('status')).toHaveText('Embed code copied');
	const storyCode = await storyEmbed.getByLabel(/^Embed code/).inputValue();
	expect(storyCode).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed" title="Timeline: [^"—]+" /);
	await expect(card.getByLabel(/^Embed code/)).toHaveCount(0);
	await storyEmbed.getByRole('button', { name: 'Embed code' }).click();
	await expect(storyEmbed.getByLabel(/^Embed code/)).toHaveCount(0);
	await expect(storyEmbed.getByRole('button', { name: 'Embed code' })).toHaveAttribute(
		'aria-expanded',
		'false'
	);
});

test('oEmbed: the story and each event, found from their pages', async ({ page, request }) => {
	for (const [pagePath, oembedPath] of [
		['/', '/oembed.json'],
		[`/events/${LONG_CARD}`, `/oembed/events/${LONG_CARD}.json`]
	]) {
		await page.goto(pagePath);
		const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
		await expect(link).toHaveCount(1);
		expect(new URL((await link.getAttribute('href'))!).pathname).toBe(oembedPath);

		const oembed = await (await request.get(oembedPath)).json();
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: expect.any(String) });
		expect(oembed.title).toEqual(expect.any(String));
		expect(oembed.title.length).toBeGreaterThan(0);
		expect(Number.isInteger(oembed.width) && Number.isInteger(oembed.height)).toBe(true);
		expect(new URL(oembed.thumbnail_url).pathname).toMatch(/^\/og\/.+\.png$/);
		expect(oembed.html).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed[^"]*" title="Timeline: [^"]+"/);
		expect(oembed.html).toContain('loading="lazy"');
	}
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the embed has no WCAG 2.2 AA violations in the ${scheme} scheme and asks nothing of another origin @phone`, async ({
		page,
		baseURL
	}) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const errors = collectErrors(page);
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of ['/embed', `/embed/events/${LONG_CARD}`]) {
			await page.goto(path);
			await timelineReady(page);
			await settled(page);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
				.analyze();
			expect(results.violations.map((violation) => violation.id)).toEqual([]);
		}
		await page.getByRole('button', { name: 'Previous event' }).click();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await settled(page);
		expect(requests.length).toBeGreaterThan(5);
		const origin = new URL(baseURL!).origin;
		for (const url of requests) expect(new URL(url).origin).toBe(origin);
		expect(errors).toEqual([]);
	});
}

test('an unknown event in an embed gets the 404 page, offering the embed’s own pages', async ({ page }) => {
	const response = await page.goto('/embed/events/qomi-meets-baradr');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'This page is not part of the timeline' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Go to the timeline' })).toHaveAttribute('href', '/embed');
	await expect(
		page.getByRole('link', { name: 'Qomi meets Baradar after Muttaqi’s remarks' })
	).toHaveAttribute('href', '/embed/events/qomi-meets-baradar');
});

test('the embed keeps the address’s filter, says so, steps with the keys and lets the filter go', async ({
	page
}) => {
	await page.goto('/embed?actor=qomi');
	await timelineReady(page);
	const qomi = story.events.filter((event) => event.actors?.includes('qomi')).map((event) => event.id);
	await expect(page.getByText(`Showing ${qomi.length} events involving`)).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Events in order' })).toContainText(
		`${qomi.length} events`
	);
	const seen: string[] = [];
	for (let step = 0; step < qomi.length; step++) {
		const before = page.url();
		await page.keyboard.press('j');
		await expect.poll(() => page.url()).not.toBe(before);
		const id = /\/embed\/events\/([a-z0-9-]+)\?actor=qomi$/.exec(page.url())![1];
		await expect(page.getByTestId('event-card')).toHaveAttribute('data-id', id);
		seen.push(id);
	}
	expect(seen.sort()).toEqual([...qomi].sort());
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/embed\?actor=qomi$/);
	await page.getByRole('button', { name: 'Show all events' }).click();
	await expect(page.getByRole('navigation', { name: 'Events in order' })).toContainText(
		`of ${story.events.length}`
	);
	await expect(page).toHaveURL(/\/embed$/);
});

test('a keyboard alone works the embed: every stop has a visible focus, the view zooms, the keys step', async ({
	page
}) => {
	await page.goto(`/embed/events/${LONG_CARD}`);
	await timelineReady(page);
	await settled(page);
	const reached: string[] = [];
	const embedAt = () => reached.findIndex((name) => name.startsWith('Embed'));
	for (let i = 0; i < 40 && embedAt() === -1; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement;
			const style = getComputedStyle(element);
			return {
				name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' '),
				ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
			};
		});
		expect(focus.ring, `focus ring on ${focus.name.slice(0, 80)}`).toBe(true);
		reached.push(focus.name.split(' ')[0]);
	}
	// In reading order: out to the full page first, the timeline, Previous / Next, then the card.
	expect(reached[0]).toBe('Open');
	expect(reached.indexOf('Timeline')).toBeGreaterThan(0);
	expect(embedAt()).toBeGreaterThan(reached.indexOf('Timeline'));

	const view = page.getByRole('group', { name: /^Timeline view/ });
	await view.focus();
	const before = await settled(page);
	await page.keyboard.press('+');
	const after = await settled(page);
	expect(after.to - after.from).toBeLessThan(before.to - before.from);

	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('k');
	await expect(page).not.toHaveURL(new RegExp(`/embed/events/${LONG_CARD}$`));
	await expect(page).toHaveURL(/\/embed\/events\/[a-z0-9-]+/);
});

test('in the embed the brush zooms and a list of merged events selects, all without history', async ({
	page
}) => {
	// A frame's usual width, where the whole story merges some events into badges.
	await page.setViewportSize({ width: 700, height: 900 });
	await page.goto('/embed');
	await timelineReady(page);
	const all = await settled(page);
	const historyBefore = await page.evaluate(() => history.length);
	const brushed = await brushOverview(page, 0.6, 0.8);
	expect(brushed.span).toBeLessThan(all.span * 0.5);
	expect(brushed.from).toBeGreaterThan(all.from);
	expect(brushed.to).toBeLessThan(all.to);

	// A badge zooms in to separate its events, or lists those it cannot; either way one is chosen.
	await page.getByRole('button', { name: 'All', exact: true }).click();
	await settled(page);
	await badges(page).first().click();
	await settled(page);
	const list = page.getByRole('group', { name: /events at this point$/ });
	const chosen = (await list.isVisible()) ? list.getByRole('button').first() : marks(page).first();
	const id = await chosen.getAttribute('data-id');
	await chosen.click();
	await expect(page).toHaveURL(new RegExp(`/embed/events/${id}(\\?|$)`));
	await expect(page.getByTestId('event-card')).toHaveAttribute('data-id', id!);
	expect(await page.evaluate(() => history.length)).toBe(historyBefore);
});
