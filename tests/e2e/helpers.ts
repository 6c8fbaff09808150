import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export interface StoryFileEvent {
	id: string;
	title: string;
	date: string;
	end?: string;
	actors?: string[];
	quotes?: { text: string; speaker: string }[];
}

export const story = JSON.parse(readFileSync('stories/iran-taliban.json', 'utf8')) as {
	title: string;
	actors: { id: string; name: string }[];
	events: StoryFileEvent[];
};

export const DAY = 86_400_000;

/** The first instant of an event's date, at its own precision. */
export function startOf(date: string): number {
	const [year, month = 1, day = 1] = date.split('-').map(Number);
	return Date.UTC(year, month - 1, day);
}

// Locators by role, or by the test ids and data attributes the components declare
// (data-testid, data-id, data-members, data-selected, data-highlighted), never by a
// class name: moving or restyling markup must not break a test for the wrong reason.

/** The timeline's view, where the marks and the badges are drawn. */
export const timelineView = (page: Page) => page.getByRole('group', { name: /^Timeline view/ });

/** The live timeline's labelled marks, or the one of an event. */
export const marks = (page: Page) => page.getByTestId('mark');
export const markOf = (page: Page, id: string) => marks(page).and(page.locator(`[data-id="${id}"]`));

/** The badges that stand for events without a mark of their own, or the one holding an event. */
export const badges = (page: Page) => page.getByTestId('badge');
export const badgeHolding = (page: Page, id: string) =>
	badges(page).and(page.locator(`[data-members~="${id}"]`));

/** Marks and badges together, as CSS for labelBoxes. */
export const MARKS_AND_BADGES = '[data-testid="mark"], [data-testid="badge"]';

/** The mark or the badge that shows the selected event (at most one), or shows it as this event. */
export const selectedOnTimeline = (page: Page, id?: string) =>
	page.locator(
		id === undefined
			? '[data-testid="mark"][aria-current="true"], [data-testid="badge"][data-selected]'
			: `[data-testid="mark"][aria-current="true"][data-id="${id}"], [data-testid="badge"][data-selected][data-members~="${id}"]`
	);

/** The mark, or the badge, that stands for an event, highlighted. */
export const highlightedOnTimeline = (page: Page, id: string) =>
	page.locator(
		`[data-testid="mark"][data-highlighted][data-id="${id}"], [data-testid="badge"][data-highlighted][data-members~="${id}"]`
	);

/** The event cards, in reading order; the one being read; the one of an event. */
export const cards = (page: Page) => page.getByTestId('event-card');
export const CURRENT_CARD = '[data-testid="event-card"][aria-current="true"]';
export const currentCard = (page: Page) => cards(page).and(page.locator('[aria-current="true"]'));
export const cardOf = (page: Page, id: string) => cards(page).and(page.locator(`[data-id="${id}"]`));

/** The event an element stands for (a mark, a card), from its declared data-id. */
export const eventIdOf = (element: Locator) => element.getAttribute('data-id');

/**
 * The build's sketch, shown until the live timeline takes over. Its markup is a
 * string made by sketchMarkup (pinned by tests/unit/sketchGolden) and styled by
 * its classes: this is the one place the browser tests name them.
 */
export const sketch = (page: Page) => page.getByTestId('sketch');
export const SKETCH_MARK = '[data-testid="sketch"] .sketch-mark';
export const SKETCH_PARTS = '[data-testid="sketch"] :is(.sketch-mark, .sketch-cluster, .sketch-bar)';
/** A fold of a compact axis as the build drew it, at the widest band. */
export const SKETCH_FOLD = '[data-testid="sketch"] .sketch-layer.widest .fold';
export const SKETCH_MARK_WIDEST = '[data-testid="sketch"] .sketch-layer.widest .sketch-mark';
export const SKETCH_SELECTED = '[data-testid="sketch"] .sketch-layer.widest .sketch-mark.selected';
/** The selected mark in every layer of the sketch: filter by visibility for the one shown. */
export const SKETCH_SELECTED_ANY = '[data-testid="sketch"] .sketch-mark.selected';

/** The window the timeline shows, from the surface's data attributes. */
export async function viewRange(page: Page) {
	const surface = timelineView(page);
	const from = Date.parse((await surface.getAttribute('data-from'))!);
	const to = Date.parse((await surface.getAttribute('data-to'))!);
	return { from, to, span: to - from };
}

/**
 * Waits until the page has come to rest: no animation of the view under way
 * (`data-moving`), no navigation or scroll to a card the app started (`data-settling`),
 * no events still on their way to the timeline (`aria-busy`, a large story's parts),
 * and the window and the scroll position the same two frames apart (a reader's own
 * gesture, a double-click zoom say, animates without the app's flags).
 */
export async function atRest(page: Page) {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const still = () => {
						if (document.querySelector('[data-moving], [data-settling], [aria-busy="true"]')) return null;
						const view = document.querySelector('[data-from]');
						return `${view?.getAttribute('data-from')} ${view?.getAttribute('data-to')} ${scrollX} ${scrollY}`;
					};
					const before = still();
					await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
					return before !== null && before === still();
				}),
			{ message: 'the page comes to rest', intervals: [50] }
		)
		.toBe(true);
}

/** Waits until the page has come to rest (see atRest), then gives the window the timeline shows. */
export async function settled(page: Page) {
	await atRest(page);
	return viewRange(page);
}

/**
 * The reader reaching for the timeline, as a pointer passing over it: the live
 * timeline's code is fetched then, not before (see TimelineView.wake). A pointer
 * event rather than a move of the mouse, which would hover a mark, or a focus.
 */
export async function reachForTimeline(page: Page | Frame) {
	const timeline = page.locator('section.timeline');
	// Said again until the page, awake, has heard it: before it wakes no one listens.
	await expect
		.poll(
			async () => {
				await timeline.dispatchEvent('pointerover');
				return page.evaluate(() => document.querySelector('[data-from]') !== null);
			},
			{ message: 'the live timeline comes when the reader reaches for it', intervals: [100] }
		)
		.toBe(true);
}

/**
 * Waits for the page to wake: its app has hydrated (the cards' Share buttons show a task
 * later). The page's code is asked for only once its first paint is on screen
 * (paintFirst.ts), which headless Chromium sometimes presents after the network has gone
 * idle: waiting for network-idle alone can act on a page not yet listening.
 */
export async function pageAwake(page: Page) {
	await page.locator('.share.ready').first().waitFor({ state: 'attached' });
}

export async function timelineReady(page: Page) {
	await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
	await reachForTimeline(page);
	// The window is only known once the timeline has measured itself in the browser.
	await page.waitForFunction(() => document.querySelector('[data-from]') !== null);
}

export function collectErrors(page: Page) {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		// A page Svelte could not hydrate is made again from scratch: in production it says so
		// only as a warning ("https://svelte.dev/e/hydration_mismatch").
		if (message.type() === 'error' || message.text().includes('svelte.dev/e/hydration'))
			errors.push(message.text());
	});
	return errors;
}

/** Is this element's box inside the viewport, below the pinned timeline? */
export async function inReadingArea(page: Page, selector: string) {
	return page.evaluate((selector) => {
		const element = document.querySelector(selector);
		const pin = document.querySelector('[data-testid="pin"]');
		if (!element || !pin) return false;
		const rect = element.getBoundingClientRect();
		const top = pin.getBoundingClientRect().bottom;
		return rect.top >= top - 2 && rect.top < window.innerHeight;
	}, selector);
}

export interface LabelBox {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The boxes of the elements matching `selector` that are on screen. */
export function labelBoxes(page: Page, selector: string): Promise<LabelBox[]> {
	return page.$$eval(selector, (elements) =>
		elements
			.filter((element) => element.getClientRects().length > 0)
			.map((element) => {
				const rect = element.getBoundingClientRect();
				const text = element.textContent?.trim() ?? '';
				return { text, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
			})
	);
}

/** Every pair of boxes that overlap by more than half a pixel, by their text. */
export function overlappingPairs(boxes: LabelBox[]): string[] {
	const pairs: string[] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const [a, b] = [boxes[i], boxes[j]];
			const apart =
				a.right <= b.left + 0.5 ||
				b.right <= a.left + 0.5 ||
				a.bottom <= b.top + 0.5 ||
				b.bottom <= a.top + 0.5;
			if (!apart) pairs.push(`"${a.text}" and "${b.text}"`);
		}
	}
	return pairs;
}

/** Draws a new brush on the overview strip, from one fraction of its width to another, then waits for rest. */
export async function brushOverview(page: Page, from: number, to: number) {
	const strip = (await page.getByTestId('overview').boundingBox())!;
	const y = strip.y + strip.height / 2;
	await page.mouse.move(strip.x + strip.width * from, y);
	await page.mouse.down();
	await page.mouse.move(strip.x + strip.width * ((from + to) / 2), y, { steps: 5 });
	await page.mouse.move(strip.x + strip.width * to, y, { steps: 5 });
	await page.mouse.up();
	return settled(page);
}

/**
 * Opens a list of merged events: each badge zooms in where that separates its
 * events and lists them where it cannot, so click the first badge until a list shows.
 */
export async function openClusterList(page: Page) {
	const list = page.getByRole('group', { name: /events at this point$/ });
	for (let attempt = 0; attempt < 6 && !(await list.isVisible()); attempt++) {
		await page
			.getByRole('button', { name: /more events?, .*: show them$/ })
			.first()
			.click();
		await settled(page);
	}
	await expect(list).toBeVisible();
	return list;
}

/** Screenshots compared as golden (see screenshots.spec.ts). */
// Text drawn in a layer that has just stopped moving can come out with its
// antialiasing a shade different (0.103% of a phone's pixels once in CI, all of them
// glyph edges): 0.2% lets that pass and still fails on any moved label or mark.
export const SCREENSHOT_OPTIONS = {
	fullPage: false,
	animations: 'disabled',
	caret: 'hide',
	maxDiffPixelRatio: 0.002
} as const;

/** Opens a page with the clock fixed, so that nothing drawn from today's date moves, and waits for it to rest. */
export async function openAt(page: Page, path: string) {
	await page.clock.setFixedTime(new Date('2026-06-01T12:00:00Z'));
	await page.goto(path);
	await timelineReady(page);
	await settled(page);
}
