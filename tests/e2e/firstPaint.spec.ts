import { expect, test } from '@playwright/test';
import { atRest, collectErrors, inReadingArea, reachForTimeline, story } from './helpers';

/**
 * What the first paint holds, and what it waits for. The pages are prerendered whole,
 * so the app's code comes after the first paint (src/lib/server/paintFirst.ts), and an
 * event page is painted at its event (src/lib/app/openAtEvent.js).
 */

test('the page is painted before the app’s code is asked for, and the app then starts', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/');
	// A reach before the paint is reported starts the app at once, by design (the reader
	// sees the page): on a loaded machine the load event can come first, so the test's
	// reach waits for the paint's report.
	await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
	await reachForTimeline(page);
	const { painted, firstModule } = await page.evaluate(() => ({
		painted: performance.getEntriesByName('first-contentful-paint')[0].startTime,
		firstModule: Math.min(
			...performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.includes('/_app/immutable/') && entry.name.endsWith('.js'))
				.map((entry) => entry.startTime)
		)
	}));
	expect(firstModule).toBeGreaterThan(painted);
	expect(errors).toEqual([]);
});

const [first, middle, last] = [0, Math.floor(story.events.length / 2), story.events.length - 1].map(
	(index) => story.events[index].id
);

test('an event page is painted at its event, before the app’s code has come @phone', async ({ page }) => {
	// No app at all: what the first paint shows is the page's own doing.
	await page.route('**/_app/immutable/**', (route) => route.abort());
	for (const id of [first, middle, last]) {
		await page.goto(`/events/${id}`);
		expect(await inReadingArea(page, `#event-${id}`), id).toBe(true);
	}
	// The whole story's strip is drawn too, as wide as the timeline, its window on the event.
	const strip = page.getByTestId('overview');
	expect((await strip.boundingBox())!.width).toBeGreaterThan(300);
	await expect(strip.locator('.selection').filter({ visible: true })).toHaveCount(1);
	// The home page stays at its top.
	await page.goto('/');
	expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('an event page opened from a link does not glide down from the top of the story, and its card stays put @phone', async ({
	page
}) => {
	// Where the card is on screen as the page is parsed, and at every scroll after.
	await page.addInitScript((id) => {
		const seen: number[] = ((window as unknown as { seen: number[] }).seen = []);
		const note = () => seen.push(document.getElementById(`event-${id}`)!.getBoundingClientRect().top);
		document.addEventListener('DOMContentLoaded', note);
		addEventListener('scroll', note);
	}, middle);
	await page.goto(`/events/${middle}`);
	await reachForTimeline(page);
	await atRest(page);
	expect(await inReadingArea(page, `#event-${middle}`)).toBe(true);
	const { seen, rest, top } = await page.evaluate(
		(id) => ({
			seen: (window as unknown as { seen: number[] }).seen,
			rest: scrollY,
			top: document.getElementById(`event-${id}`)!.getBoundingClientRect().top
		}),
		middle
	);
	expect(rest).toBeGreaterThan(1000);
	expect(seen.length).toBeGreaterThan(0);
	// The card is where the first paint showed it, all along: no glide from the top, no
	// correction when the app comes.
	expect(seen.filter((seenTop) => Math.abs(seenTop - top) > 2)).toEqual([]);
});
