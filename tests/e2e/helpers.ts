import { expect, type Page } from '@playwright/test';
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

/** The window the timeline shows, from the surface's data attributes. */
export async function viewRange(page: Page) {
	const surface = page.getByRole('group', { name: /^Timeline view/ });
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

export async function timelineReady(page: Page) {
	await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
	// The window is only known once the timeline has measured itself in the browser.
	await page.waitForFunction(() => document.querySelector('[data-from]') !== null);
}

export function collectErrors(page: Page) {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

/** Is this element's box inside the viewport, below the pinned timeline? */
export async function inReadingArea(page: Page, selector: string) {
	return page.evaluate((selector) => {
		const element = document.querySelector(selector);
		const pin = document.querySelector('.pin');
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

/**
 * Opens a list of merged events: each badge zooms in where that separates its
 * events and lists them where it cannot, so click the first badge until a list shows.
 */
export async function openClusterList(page: Page) {
	const list = page.getByRole('group', { name: /events at this point$/ });
	for (let attempt = 0; attempt < 6 && !(await list.isVisible()); attempt++) {
		await page
			.getByRole('button', { name: /more events, .*: show them$/ })
			.first()
			.click();
		await settled(page);
	}
	await expect(list).toBeVisible();
	return list;
}
