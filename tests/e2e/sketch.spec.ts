import { expect, test, type Page } from '@playwright/test';
import {
	cardOf,
	labelBoxes,
	marks,
	MARKS_AND_BADGES,
	overlappingPairs,
	pageAwake,
	reachForTimeline,
	selectedOnTimeline,
	sketch,
	SKETCH_MARK_WIDEST,
	SKETCH_PARTS,
	SKETCH_SELECTED,
	SKETCH_SELECTED_ANY,
	story,
	timelineView
} from './helpers';

const VIEWPORTS = [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
	{ width: 700, height: 900 },
	{ width: 1000, height: 800 }
];

/** The boxes of the sketch's marks and badges that are on screen, by row. */
function visibleSketch(page: Page) {
	return page.evaluate(
		(parts) =>
			[...document.querySelectorAll<HTMLElement>(parts)]
				.filter((element) => element.getClientRects().length > 0)
				.map((element) => {
					const rect = element.getBoundingClientRect();
					return {
						kind: element.className.split(' ')[0],
						text: element.textContent ?? '',
						left: rect.left,
						right: rect.right,
						top: rect.top,
						bottom: rect.bottom
					};
				}),
		SKETCH_PARTS
	);
}

for (const viewport of VIEWPORTS) {
	test(`before any script runs, the timeline shows its marks without overlaps at ${viewport.width}px`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport });
		const page = await context.newPage();
		await page.goto('/');
		const boxes = await visibleSketch(page);
		const labels = boxes.filter((box) => box.kind !== 'sketch-bar');
		expect(labels.length).toBeGreaterThan(2);
		for (const label of labels.filter((box) => box.kind === 'sketch-mark')) {
			expect(story.events.map((event) => event.title)).toContain(label.text);
		}
		expect(overlappingPairs(labels)).toEqual([]);
		// Nothing runs off the end of the timeline, the last badge included.
		for (const label of labels) expect(label.right, label.text).toBeLessThanOrEqual(viewport.width + 0.5);
		// The window is the whole story, said as such, not one day twice.
		const range = await page.getByTestId('range').innerText();
		expect(range).toMatch(/2013.*2024/);
		const heightBefore = (await timelineView(page).boundingBox())!.height;
		await context.close();

		// With its script the live timeline takes over at the same height: nothing below moves.
		const live = await browser.newPage({ viewport });
		await live.goto('/');
		await reachForTimeline(live);
		await expect(marks(live).first()).toBeVisible();
		await expect(sketch(live)).toHaveCount(0);
		expect((await timelineView(live).boundingBox())!.height).toBe(heightBefore);
		// The live timeline keeps the same promises: no overlaps, nothing off its end.
		const liveLabels = await labelBoxes(live, MARKS_AND_BADGES);
		expect(overlappingPairs(liveLabels)).toEqual([]);
		for (const label of liveLabels) expect(label.right, label.text).toBeLessThanOrEqual(viewport.width + 0.5);
		await live.close();
	});
}

test('an event page is sketched around its event, marked as selected', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 1280, height: 800 }
	});
	const page = await context.newPage();
	await page.goto('/events/qomi-meets-baradar');
	const selected = page.locator(SKETCH_SELECTED);
	await expect(selected).toHaveCount(1);
	await expect(selected).toHaveText(story.events.find((event) => event.id === 'qomi-meets-baradar')!.title);
	await expect(page.getByTestId('range')).toContainText(/2023/);
	await context.close();
});

/** The scripts a page has fetched so far, by file name. */
function scriptsOf(page: Page) {
	const names: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') names.push(new URL(request.url()).pathname.split('/').pop()!);
	});
	return names;
}

const LIVE = '[data-from]';

/** Holds back the live timeline's code (the script with d3-zoom in it) until `release` is called; the page's own comes. */
async function holdLiveCode(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((done) => (release = done));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes('__zoom')) await released;
		await route.fulfill({ response, body });
	});
	return release;
}

/**
 * Holds back the page's own code (SvelteKit's start module) until `release` is called;
 * `appAsked` settles once the page, painted, has asked for it.
 */
async function holdPageCode(page: Page) {
	let asked!: () => void;
	let release!: () => void;
	const appAsked = new Promise<void>((done) => (asked = done));
	const released = new Promise<void>((done) => (release = done));
	await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
		asked();
		await released;
		await route.continue();
	});
	return { appAsked, release };
}

const isLive = (page: Page) => page.evaluate((live) => document.querySelector(live) !== null, LIVE);

// The event late in its window: its label once ran past the sketch's right edge, and
// the live timeline moved to show it as it came.
for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
]) {
	test(`an event page's live timeline opens on the window its sketch shows, its label whole, at ${viewport.width}px`, async ({
		browser
	}) => {
		const page = await browser.newPage({ viewport });
		await page.goto('/events/muttaqi-executions-jibe');
		await pageAwake(page);
		const sketched = await page.getByTestId('range').textContent();
		const label = page.locator(SKETCH_SELECTED_ANY).filter({ visible: true });
		const labelBox = (await label.boundingBox())!;
		const viewBox = (await timelineView(page).boundingBox())!;
		expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(viewBox.x + viewBox.width);
		await reachForTimeline(page);
		await page.waitForFunction((live) => document.querySelector(live) !== null, LIVE);
		await expect(page.getByTestId('range')).toHaveText(sketched!);
		await page.close();
	});
}

test.describe('the live timeline’s code comes when the reader reaches for the timeline', () => {
	for (const path of ['/', '/events/qomi-meets-baradar']) {
		test(`${path}: the sketch and the build’s overview stand in until then`, async ({ page }) => {
			const scripts = scriptsOf(page);
			await page.goto(path);
			await pageAwake(page);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(1000);
			expect(await isLive(page)).toBe(false);
			await expect(sketch(page)).toBeVisible();
			// The strip shows every event and, on an event's page, the window it opens on.
			const strip = page.getByTestId('overview');
			await expect(strip.locator('.overview-layer.widest path.event')).toHaveCount(1);
			await expect(strip.locator('.overview-layer.widest .selection')).toHaveCount(path === '/' ? 0 : 1);
			await expect(page.getByTestId('range')).not.toHaveText('');
			const before = scripts.length;

			await page.locator('section.timeline').hover();
			await page.waitForFunction((live) => document.querySelector(live) !== null, LIVE);
			expect(scripts.length).toBeGreaterThan(before);
			await expect(strip.locator('.overview-layer')).toHaveCount(0);
			// The live strip's ticks: one path, a line for each event.
			const ticks = await page.getByTestId('overview-events').getAttribute('d');
			expect(ticks?.match(/M/g)).toHaveLength(story.events.length);
		});
	}

	const reaches: [string, (page: Page) => Promise<void>][] = [
		['a key', (page) => page.keyboard.press('Tab')],
		['a wheel over the cards', (page) => page.mouse.move(640, 760).then(() => page.mouse.wheel(0, 200))],
		['a press anywhere', (page) => page.mouse.click(5, 5)]
	];
	for (const [name, reach] of reaches) {
		test(`${name} brings it`, async ({ page }) => {
			await page.goto('/');
			await pageAwake(page);
			expect(await isLive(page)).toBe(false);
			// Once, on a page that has woken: its listeners are set as it hydrates.
			await reach(page);
			await page.waitForFunction((live) => document.querySelector(live) !== null, LIVE);
		});
	}

	test('a key pressed before the page woke brings it as the page wakes, with no second reach', async ({
		page
	}) => {
		// The app's code is held back until the reader has pressed a key on the painted page.
		const { appAsked, release } = await holdPageCode(page);
		await page.goto('/', { waitUntil: 'commit' });
		await appAsked;
		await expect(sketch(page)).toBeVisible();
		await page.keyboard.press('Tab');
		release();
		await pageAwake(page);
		await page.waitForFunction((live) => document.querySelector(live) !== null, LIVE);
	});

	test('a key pressed before the page woke asks for the live code at once, while the page’s own is on its way', async ({
		page
	}) => {
		const { appAsked, release } = await holdPageCode(page);
		// The live timeline's code: the script with d3-zoom in it, and its stylesheet.
		const liveCode: string[] = [];
		page.on('response', async (response) => {
			if (/\/gestures\.[\w-]+\.css$/.test(response.url())) liveCode.push('stylesheet');
			else if (response.request().resourceType() === 'script' && (await response.text()).includes('__zoom'))
				liveCode.push('script');
		});
		await page.goto('/', { waitUntil: 'commit' });
		await appAsked;
		await expect(sketch(page)).toBeVisible();
		expect(liveCode).toEqual([]);
		await page.keyboard.press('Tab');
		// Both come while the page's own code is still held back.
		await expect.poll(() => [...liveCode].sort()).toEqual(['script', 'stylesheet']);
		release();
		await pageAwake(page);
		await page.waitForFunction((live) => document.querySelector(live) !== null, LIVE);
		// Linked by the page once it ran the code: the live timeline is styled.
		await expect(page.locator('link[rel="stylesheet"][href*="/gestures."]')).toHaveCount(1);
	});

	test('a zoom pressed before it came is done once it has', async ({ page }) => {
		await page.goto('/');
		await pageAwake(page);
		expect(await isLive(page)).toBe(false);
		// The press itself is the reach: the code is fetched as the button goes down.
		await page.getByRole('button', { name: 'Zoom in' }).click();
		// Zoomed in once from the whole story: zooming out is possible, the window no longer the story's.
		await expect(page.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
		await expect(marks(page).first()).toBeVisible();
		await expect(page.getByTestId('range')).not.toContainText('November 2013 to February 2024');
	});

	test('a tap on a sketched mark selects its event, before the code has come', async ({ page }) => {
		await page.goto('/');
		await pageAwake(page);
		expect(await isLive(page)).toBe(false);
		// The live timeline's code (the script with d3-zoom in it) is held back; the event page's own comes.
		const release = await holdLiveCode(page);
		await page.locator(`${SKETCH_MARK_WIDEST}[data-id="taliban-take-kabul"]`).click();
		await expect(page).toHaveURL(/\/events\/taliban-take-kabul$/);
		await expect(cardOf(page, 'taliban-take-kabul')).toHaveAttribute('aria-current', 'true');
		expect(await isLive(page)).toBe(false);
		release();
		await expect(selectedOnTimeline(page, 'taliban-take-kabul')).toBeVisible();
	});

	test("a tap on the build's overview strip moves the view there once the code has come", async ({
		page
	}) => {
		await page.goto('/events/zawahiri-drone-strike');
		await pageAwake(page);
		expect(await isLive(page)).toBe(false);
		const release = await holdLiveCode(page);
		// The page opens on 2022; the strip's first stretch is 2013 and 2014.
		const box = (await page.getByTestId('overview').boundingBox())!;
		await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2);
		expect(await isLive(page)).toBe(false);
		release();
		await expect(marks(page).first()).toBeVisible();
		const from = await page.locator('[data-from]').getAttribute('data-from');
		expect(new Date(from!).getUTCFullYear()).toBeLessThan(2016);
	});

	test('a tap on a sketched badge zooms in to its events once the code has come', async ({ page }) => {
		await page.goto('/');
		await pageAwake(page);
		expect(await isLive(page)).toBe(false);
		const release = await holdLiveCode(page);
		const badge = page.locator('[data-testid="sketch"] .sketch-layer.widest .sketch-cluster').last();
		const start = Number(await badge.getAttribute('data-start'));
		const end = Number(await badge.getAttribute('data-end'));
		await badge.click();
		expect(await isLive(page)).toBe(false);
		release();
		await expect(marks(page).first()).toBeVisible();
		// Once the move has run, the window holds the badge's events and is much narrower than the story.
		const window = page.locator('[data-from]');
		const shown = async () => [
			Date.parse((await window.getAttribute('data-from'))!),
			Date.parse((await window.getAttribute('data-to'))!)
		];
		await expect
			.poll(async () => {
				const [from, to] = await shown();
				return to - from;
			})
			.toBeLessThan(3 * 365 * 86_400_000);
		const [from, to] = await shown();
		expect(from).toBeLessThanOrEqual(start);
		expect(to).toBeGreaterThanOrEqual(end);
	});

	test('an event page opens zoomed in, and Show all works from the first press, before the code has come', async ({
		page
	}) => {
		await page.goto('/events/zawahiri-drone-strike');
		await pageAwake(page);
		expect(await isLive(page)).toBe(false);
		await expect(page.getByTestId('range')).not.toContainText('November 2013 to February 2024');
		await expect(page.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect(page.getByTestId('range')).toContainText('November 2013 to February 2024');
		await expect(marks(page).first()).toBeVisible();
		await expect(page.getByRole('button', { name: 'Show all' })).toBeDisabled();
	});

	test('an address the sketch does not show (a filter, a window, the other spacing) brings it at once', async ({
		page
	}) => {
		for (const query of ['?q=Qomi', '?from=2022-01&to=2022-06', '?scale=true-to-time']) {
			await page.goto(`/${query}`);
			await page.waitForFunction((live) => document.querySelector(live) !== null, LIVE);
		}
	});
});
