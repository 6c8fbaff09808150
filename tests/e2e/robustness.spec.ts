import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { generateStory } from '../../bench/generate.js';
import { serveStatic } from '../../scripts/serve-static.js';
import {
	atRest,
	badges,
	cards,
	collectErrors,
	currentCard,
	inReadingArea,
	labelBoxes,
	marks,
	MARKS_AND_BADGES,
	overlappingPairs,
	reachForTimeline,
	settled,
	sketch,
	SKETCH_MARK,
	story,
	timelineReady,
	timelineView,
	viewRange
} from './helpers';

/** A seeded generator, so a failing URL can be reproduced. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const HOSTILE = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"javascript:alert('x')",
	'%00%0d%0a',
	'../../etc/passwd',
	'🙂 日本語 العربية',
	'\u202e\u200b',
	'9'.repeat(2000),
	'2021-08-15',
	'2023',
	'-1',
	'NaN',
	'__proto__',
	'constructor',
	'{{7*7}}',
	'${7*7}',
	'x'.repeat(5000)
];
const KEYS = ['from', 'to', 'actor', 'q', 'event', 'zoom', '__proto__', 'x', '<b>'];

function fuzzUrls(count: number, seed: number): string[] {
	const next = random(seed);
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
	const urls: string[] = [];
	for (let i = 0; i < count; i++) {
		const params = new URLSearchParams();
		const pairs = 1 + Math.floor(next() * 4);
		for (let p = 0; p < pairs; p++) params.append(pick(KEYS), pick(HOSTILE));
		const kind = next();
		let path: string;
		if (kind < 0.55) path = `/events/${pick(story.events).id}`;
		else if (kind < 0.75) path = '/';
		else if (kind < 0.9) path = `/events/${encodeURIComponent(pick(HOSTILE).slice(0, 200))}`;
		else path = `/${encodeURIComponent(pick(HOSTILE).slice(0, 100))}/${Math.floor(next() * 1000)}`;
		urls.push(`${path}?${params.toString()}`);
	}
	return urls;
}

async function showsTimelineOr404(page: Page, url: string) {
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const notFound = page.getByRole('heading', { name: 'This page is not part of the timeline' });
	await expect(timeline.or(notFound), url).toBeVisible();
}

for (const [index, seed] of [11, 22, 33].entries()) {
	test(`fuzzed addresses, batch ${index + 1} of 3: every page shows the timeline or the 404 page`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const errors = collectErrors(page);
		let dialogs = 0;
		page.on('dialog', async (dialog) => {
			dialogs++;
			await dialog.dismiss();
		});
		const urls = fuzzUrls(100, seed);
		// Every event page is among them, with random parameters.
		if (index === 0)
			story.events.forEach((event, i) => (urls[i] = `/events/${event.id}?${urls[i].split('?')[1]}`));
		for (const url of urls) {
			await page.goto(url, { waitUntil: 'domcontentloaded' });
			await showsTimelineOr404(page, url);
		}
		// Let the last page finish its scripts and requests before counting errors.
		await page.waitForLoadState('networkidle');
		await atRest(page);
		expect(dialogs).toBe(0);
		// A 404 for an unknown path is the only error the console may show.
		expect(errors.filter((error) => !/404|Not Found/.test(error))).toEqual([]);
	});
}

test('rapid input: wheel bursts, zooming mid-animation, double-clicks', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/');
	await timelineReady(page);
	const box = (await timelineView(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 50; i++) await page.mouse.wheel(0, i % 3 === 0 ? 300 : -200);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.keyboard.press('Tab');
	for (let i = 0; i < 5; i++) {
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click({ force: true });
		await page.mouse.wheel(0, -100);
	}
	await page.mouse.dblclick(box.x + box.width * 0.3, box.y + box.height - 10);
	await page.mouse.dblclick(box.x + box.width * 0.6, box.y + box.height - 10);
	await page.getByRole('button', { name: 'Show all' }).click();
	await page.getByRole('button', { name: '2021', exact: true }).click();
	await page.getByRole('button', { name: 'All', exact: true }).click();
	const view = await settled(page);
	expect(view.span).toBeGreaterThan(0);
	await expect(marks(page).first()).toBeVisible();
	expect(errors).toEqual([]);
});

test('resizing from 1600 to 320 pixels wide while zoomed keeps the same dates in view', async ({ page }) => {
	const errors = collectErrors(page);
	await page.setViewportSize({ width: 1600, height: 900 });
	await page.goto('/?from=2022-06-01&to=2022-12-31');
	await timelineReady(page);
	const before = await settled(page);
	for (const width of [1200, 800, 500, 320, 1600]) {
		await page.setViewportSize({ width, height: 900 });
		const after = await settled(page);
		expect(Math.abs(after.from - before.from), `${width}px`).toBeLessThan(3 * 86_400_000);
		expect(Math.abs(after.to - before.to), `${width}px`).toBeLessThan(3 * 86_400_000);
		// Nothing wider than the window.
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1),
			`${width}px`
		).toBe(true);
	}
	expect(errors).toEqual([]);
});

test('Back and Forward through 20 selections restore each', async ({ page }) => {
	test.setTimeout(90_000);
	const errors = collectErrors(page);
	await page.goto('/');
	await timelineReady(page);
	const visited: string[] = [];
	for (let i = 0; i < 20; i++) {
		await page.keyboard.press('j');
		visited.push((await expectNewSelection(page, visited.at(-1)))!);
	}
	for (let i = visited.length - 2; i >= 0; i--) {
		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`/events/${visited[i]}(\\?|$)`));
		await expect(currentCard(page)).toHaveAttribute('data-id', visited[i]);
	}
	for (let i = 1; i < visited.length; i++) {
		await page.goForward();
		await expect(currentCard(page)).toHaveAttribute('data-id', visited[i]);
	}
	expect((await viewRange(page)).span).toBeGreaterThan(0);
	expect(errors).toEqual([]);
});

async function expectNewSelection(page: Page, previous: string | undefined) {
	const current = currentCard(page);
	if (previous) await expect(current).not.toHaveAttribute('data-id', previous);
	await expect(current).toHaveCount(1);
	return current.getAttribute('data-id');
}

test('printing gives the chronological list of events with quotes and sources', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Events in order' })).toBeHidden();
	await expect(page.getByRole('search')).toBeHidden();
	await expect(cards(page)).toHaveCount(story.events.length);
	for (const card of await cards(page).all()) await expect(card).toBeVisible();
	await expect(page.locator('blockquote').first()).toBeVisible();
	await expect(page.getByRole('button', { name: /^Share / }).first()).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.length).toBeGreaterThan(10_000);
});

test('a story of 100,000 events builds, loads and zooms', async ({ page }) => {
	test.setTimeout(300_000);
	mkdirSync('.build-100k-story', { recursive: true });
	writeFileSync('.build-100k-story/story.json', JSON.stringify(generateStory(100_000, 3)));
	execFileSync('npx', ['vite', 'build'], {
		env: { ...process.env, TIMELINE_DATA: '.build-100k-story/story.json', BUILD_DIR: '.build-100k' },
		stdio: 'ignore'
	});
	expect(existsSync('.build-100k/index.html')).toBe(true);
	expect(existsSync('.build-100k/story.json')).toBe(true);
	// The browser fetches the events in parts of 5,000 (see getStoryPart).
	expect(existsSync('.build-100k/story/19.json')).toBe(true);
	expect(existsSync('.build-100k/story/20.json')).toBe(false);
	const server = await serveStatic('.build-100k', 4183);
	try {
		// While the events are on their way the page shows the build's sketch of the
		// timeline, and says what it is waiting for.
		let release = () => {};
		const held = new Promise<void>((done) => (release = done));
		// The timeline's index (/story/marks/N.json) and the events (/story/N.json) alike.
		const parts = /\/story\/(marks\/)?\d+\.json$/;
		await page.route(parts, async (route) => {
			await held;
			await route.continue();
		});
		const errors = collectErrors(page);
		await page.goto('http://127.0.0.1:4183/');
		await expect(page.locator(SKETCH_MARK).filter({ visible: true }).first()).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: 'Loading the timeline of 100,000 events' })
		).toBeVisible();
		release();
		await reachForTimeline(page);
		await expect(page.locator(MARKS_AND_BADGES).first()).toBeVisible({ timeout: 30_000 });
		await expect(sketch(page)).toHaveCount(0);
		await expect(page.getByRole('search').getByRole('status')).toHaveText('100,000 events');
		// Badges of thousands ("+10k") are as wide as any: none may reach the next, nor a label.
		await expect(badges(page).first()).toBeVisible();
		expect(overlappingPairs(await labelBoxes(page, MARKS_AND_BADGES))).toEqual([]);
		await page.setViewportSize({ width: 390, height: 844 });
		await expect(badges(page).first()).toBeVisible();
		// Laid out again for the new width once the surface has measured it.
		await expect
			.poll(() => timelineView(page).evaluate((surface) => surface.getBoundingClientRect().width))
			.toBeLessThanOrEqual(390);
		await settled(page);
		expect(overlappingPairs(await labelBoxes(page, MARKS_AND_BADGES))).toEqual([]);
		// The last badge keeps its whole width inside the timeline.
		const surface = (await timelineView(page).boundingBox())!;
		for (const badge of await labelBoxes(page, '[data-testid="badge"]')) {
			expect(badge.right, badge.text).toBeLessThanOrEqual(surface.x + surface.width + 0.5);
		}
		await page.setViewportSize({ width: 1280, height: 800 });
		const before = await settled(page);
		const box = (await timelineView(page).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
		expect((await settled(page)).span).toBeLessThan(before.span);

		// Past 20,000 events there is no page per event: a mark selects its event on the
		// home page, and the address names it there.
		const mark = marks(page).last();
		const markId = (await mark.getAttribute('data-id'))!;
		expect(existsSync(`.build-100k/events/${markId}.html`)).toBe(false);
		// In place: not by way of the 404 page and a reload of the whole story.
		await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
		await mark.click();
		await expect(page).toHaveURL(new RegExp(`/\\?(.+&)?event=${markId}(&|$)`));
		expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
		await expect(page.locator(`#event-${markId}`)).toHaveAttribute('aria-current', 'true');
		await expect.poll(() => inReadingArea(page, `#event-${markId}`), { timeout: 10_000 }).toBe(true);
		await expect(page.getByRole('heading', { name: 'This page is not part of the timeline' })).toHaveCount(0);
		// That address opens there, as does a link to the event's page, which the 404 page
		// turns into it, reading the story's index of ids rather than the 33 MB story.
		const linked = (await cards(page).nth(24).getAttribute('data-id'))!;
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`http://127.0.0.1:4183/events/${linked}`);
		await expect(page).toHaveURL(`http://127.0.0.1:4183/?event=${linked}`);
		await expect(page.locator(`#event-${linked}`)).toHaveAttribute('aria-current', 'true', {
			timeout: 30_000
		});
		await expect.poll(() => inReadingArea(page, `#event-${linked}`), { timeout: 10_000 }).toBe(true);
		expect(fetched).toContain('/story/index.json');
		expect(fetched).not.toContain('/story.json');
		// A mistyped event gets the 404 page: its suggestions link to the home page, with
		// titles from the parts of the story that hold them (each title ends in its number).
		const missing = await page.goto(`http://127.0.0.1:4183/events/${linked}x`);
		expect(missing?.status()).toBe(404);
		const suggestions = page.getByRole('list').getByRole('link');
		await expect(suggestions.first()).toBeVisible();
		for (const link of await suggestions.all()) {
			const href = (await link.getAttribute('href'))!;
			const number = /^\/\?event=event-(\d+)$/.exec(href)?.[1];
			expect(number, href).toBeDefined();
			expect(await link.textContent()).toMatch(new RegExp(`#${number}$`));
		}
		// An address naming an event the story does not have says so.
		await page.goto('http://127.0.0.1:4183/?event=no-such-event');
		await expect(
			page.getByRole('status').filter({ hasText: 'This story has no event with the id “no-such-event”' })
		).toBeVisible({ timeout: 30_000 });
		expect(errors.filter((error) => !error.includes('404'))).toEqual([]);

		// A timeline that does not arrive is said so, in place of the loading message.
		// One part of its index that does not arrive is enough to say so.
		await page.unroute(parts);
		await page.route('**/story/marks/2.json', (route) => route.abort());
		await page.goto('http://127.0.0.1:4183/');
		await expect(
			page.getByRole('status').filter({ hasText: 'The rest of the story did not load' })
		).toBeVisible();
		await expect(page.locator(SKETCH_MARK).filter({ visible: true }).first()).toBeVisible();
		// Cards' words that do not arrive after the timeline has: the timeline stays, the cards say so.
		await page.unroute('**/story/marks/2.json');
		await page.route('**/story/7.json', (route) => route.abort());
		await page.goto('http://127.0.0.1:4183/');
		await expect(page.getByRole('status').filter({ hasText: 'The rest did not load' })).toBeVisible({
			timeout: 30_000
		});
		await reachForTimeline(page);
		await expect(page.locator(MARKS_AND_BADGES).first()).toBeVisible();
	} finally {
		await new Promise<void>((done) => server.close(() => done()));
	}
});
