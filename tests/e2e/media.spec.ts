import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-static.js';
import { cards, collectErrors, settled, timelineReady } from './helpers';

// Photos and links out on events (#18), in a site built from the media fixture story:
// pictures of several sizes, shapes and formats, a video with a poster and a post.

const DIR = '.build-media';
let server: Server;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	execFileSync('npx', ['vite', 'build'], {
		env: { ...process.env, TIMELINE_DATA: 'tests/fixtures/media-story/story.json', BUILD_DIR: DIR },
		stdio: 'ignore'
	});
	server = (await serveStatic(DIR, 0)) as Server;
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Every request the page makes, failing the test at the end on any to another origin. */
function guardRequests(page: Page) {
	const elsewhere: string[] = [];
	const pictures: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:') return;
		if (url.origin !== origin) elsewhere.push(request.url());
		else if (url.pathname.startsWith('/media/')) pictures.push(url.pathname);
	});
	return { elsewhere, pictures };
}

test('every picture in the built pages carries srcset, sizes, width and height', () => {
	const pages = [
		'index.html',
		...readdirSync(join(DIR, 'events'))
			.filter((file) => file.endsWith('.html'))
			.map((file) => `events/${file}`)
	];
	let images = 0;
	for (const file of pages) {
		const html = readFileSync(join(DIR, file), 'utf8');
		for (const [img] of html.matchAll(/<img\b[^>]*>/g)) {
			images++;
			for (const attribute of ['srcset', 'sizes', 'width', 'height', 'alt', 'loading']) {
				expect(img, `${file}: ${attribute}`).toMatch(new RegExp(`\\s${attribute}="`));
			}
			expect(img).toMatch(/\ssrc="\/media\/[0-9a-f]{12}-\d+\.jpg"/);
		}
		for (const [source] of html.matchAll(/<source\b[^>]*>/g)) {
			expect(source).toMatch(/type="image\/webp"/);
			expect(source).toMatch(/srcset="\/media\/[0-9a-f]{12}-480\.webp 480w/);
		}
	}
	expect(images).toBeGreaterThan(30);
	// An event's page loads its own first picture at once, every other lazily.
	const landscape = readFileSync(join(DIR, 'events/landscape.html'), 'utf8');
	const eager = [...landscape.matchAll(/<img\b[^>]*loading="eager"[^>]*>/g)];
	expect(eager).toHaveLength(1);
	expect(eager[0][0]).toMatch(/alt="A blue mountain against a pale sky/);
	expect(readFileSync(join(DIR, 'index.html'), 'utf8')).not.toMatch(/loading="eager"/);
	// The made files are there, in both formats.
	const made = readdirSync(join(DIR, 'media'));
	expect(made.filter((file) => file.endsWith('.webp'))).toHaveLength(
		made.filter((file) => file.endsWith('.jpg')).length
	);
	expect(made.length).toBe(24);
});

test('nothing loads from another site while reading, hovering and focusing every card, and nothing shifts', async ({
	page
}) => {
	const errors = collectErrors(page);
	const requests = guardRequests(page);
	await page.addInitScript(() => {
		(window as unknown as { shifts: number }).shifts = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
				(window as unknown as { shifts: number }).shifts += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(`${origin}/`);
	await timelineReady(page);
	const all = cards(page);
	const count = await all.count();
	expect(count).toBe(7);
	for (let index = 0; index < count; index++) {
		const card = all.nth(index);
		await card.scrollIntoViewIfNeeded();
		await card.hover();
		for (const focusable of await card.locator('a, button').all()) await focusable.focus();
		// Each picture in view has loaded before the next card: a box that grew would show here.
		await expect
			.poll(() =>
				card
					.locator('img')
					.evaluateAll((images) => images.every((image) => (image as HTMLImageElement).complete))
			)
			.toBe(true);
	}
	await settled(page);
	expect(requests.elsewhere).toEqual([]);
	// Five pictures (the landscape shows twice, fetched once).
	expect(new Set(requests.pictures.map((path) => path.slice(0, 20))).size).toBe(5);
	expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
	expect(errors).toEqual([]);
});

test('a link out says what it is and where it goes, and loads nothing until followed', async ({ page }) => {
	const requests = guardRequests(page);
	await page.goto(`${origin}/events/video`);
	await timelineReady(page);
	const video = page.getByRole('link', { name: 'Video, 2 min, on YouTube' });
	await expect(video).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
	await expect(video).toHaveAttribute('rel', /noopener/);
	await expect(video.locator('img')).toHaveAttribute('alt', '');
	await page.goto(`${origin}/events/post`);
	await timelineReady(page);
	await expect(page.getByRole('link', { name: 'Post, on x.com' })).toBeVisible();
	expect(requests.elsewhere).toEqual([]);
});

test('pictures pass axe, and their credits show on screen, in print and without script', async ({
	page,
	browser
}) => {
	for (const path of ['/', '/events/square']) {
		await page.goto(`${origin}${path}`);
		await timelineReady(page);
		await settled(page);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			results.violations.map((violation) => violation.id),
			path
		).toEqual([]);
	}
	const square = page.locator('#event-square');
	await expect(square.getByText('Drawing: Dateline')).toHaveCount(2);
	await expect(square.getByText('Drawing: Dateline').first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(square.getByText('Drawing: Dateline').first()).toBeVisible();
	await expect(square.getByRole('img', { name: /orange square sky/ })).toBeVisible();

	const context = await browser.newContext({ javaScriptEnabled: false });
	const plain = await context.newPage();
	await plain.goto(`${origin}/events/portrait`);
	const portrait = plain.locator('#event-portrait');
	await expect(portrait.getByRole('img', { name: /drawn tall/ })).toBeVisible();
	await expect(portrait.getByText('Drawing: Dateline')).toBeVisible();
	await expect(portrait.getByRole('link', { name: 'The original' })).toHaveAttribute(
		'href',
		'https://example.com/originals/portrait'
	);
	await context.close();
});
