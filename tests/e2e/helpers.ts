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

/** Waits for the view to stop moving (animations take 300 ms). */
export async function settled(page: Page) {
	let last = await viewRange(page);
	for (let i = 0; i < 25; i++) {
		await page.waitForTimeout(120);
		const now = await viewRange(page);
		if (now.from === last.from && now.to === last.to) return now;
		last = now;
	}
	return last;
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

/** Waits until the page has stopped scrolling: a smooth scroll to a card has landed. */
export async function scrollSettled(page: Page) {
	await expect
		.poll(async () => {
			const before = await page.evaluate(() => scrollY);
			await page.waitForTimeout(200);
			return (await page.evaluate(() => scrollY)) === before;
		})
		.toBe(true);
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
