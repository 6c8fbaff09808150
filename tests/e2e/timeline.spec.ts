import { expect, test, type Page } from '@playwright/test';
import {
	badgeHolding,
	badges,
	brushOverview,
	collectErrors,
	DAY,
	markOf,
	marks,
	selectedOnTimeline,
	settled,
	story,
	timelineView,
	viewRange as range
} from './helpers';

async function surfaceBox(page: Page) {
	const box = await timelineView(page).boundingBox();
	if (!box) throw new Error('no timeline surface');
	return box;
}

// True to time, so that a date's place is a straight share of the window: the compact
// axis's own gestures and windows are tested in folds.spec.ts.
test.beforeEach(async ({ page }) => {
	await page.goto('/?scale=true-to-time');
	await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
	await page.waitForFunction(() => document.querySelector('[data-from]') !== null);
});

test('the timeline is a region with a mark for events, named by title and date @zone', async ({ page }) => {
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const takeover = story.events.find((event) => event.id === 'taliban-take-kabul')!;
	await expect(timeline.getByRole('button', { name: `${takeover.title}, 15 August 2021` })).toBeVisible();
	// One tab stop among the marks.
	expect(await marks(page).and(page.locator('[tabindex="0"]')).count()).toBe(1);
});

test('wheel zooms in and out under the pointer', async ({ page }) => {
	const errors = collectErrors(page);
	const box = await surfaceBox(page);
	const before = await range(page);
	const px = box.x + box.width * 0.8;
	const dateUnderPointer = before.from + before.span * 0.8;
	await page.mouse.move(px, box.y + box.height / 2);
	for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
	const zoomedIn = await settled(page);
	expect(zoomedIn.span).toBeLessThan(before.span / 2);
	// The date under the pointer stays under it.
	const stillUnder = zoomedIn.from + zoomedIn.span * 0.8;
	expect(Math.abs(stillUnder - dateUnderPointer)).toBeLessThan(before.span * 0.01);
	for (let i = 0; i < 2; i++) await page.mouse.wheel(0, 200);
	const zoomedOut = await settled(page);
	expect(zoomedOut.span).toBeGreaterThan(zoomedIn.span);
	expect(errors).toEqual([]);
});

test('dragging pans: dragging right shows earlier dates', async ({ page }) => {
	await page.getByRole('button', { name: '2022', exact: true }).click();
	const before = await settled(page);
	const box = await surfaceBox(page);
	const y = box.y + box.height - 12;
	await page.mouse.move(box.x + 300, y);
	await page.mouse.down();
	for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + 300 + step * 30, y);
	await page.mouse.up();
	const after = await settled(page);
	expect(after.from).toBeLessThan(before.from - before.span * 0.15);
	expect(Math.abs(after.span - before.span)).toBeLessThan(DAY);
});

test('the buttons and the + - 0 keys zoom; arrow keys pan', async ({ page }) => {
	const all = await range(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	const inOnce = await settled(page);
	expect(inOnce.span).toBeLessThan(all.span * 0.7);
	await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
	expect((await settled(page)).span).toBeCloseTo(all.span, -5);

	const surface = page.getByRole('group', { name: /^Timeline view/ });
	await surface.focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	const keyed = await settled(page);
	expect(keyed.span).toBeLessThan(all.span * 0.5);
	await page.keyboard.press('ArrowLeft');
	const panned = await settled(page);
	expect(panned.from).toBeLessThan(keyed.from);
	expect(panned.span).toBeCloseTo(keyed.span, -5);
	await page.keyboard.press('-');
	expect((await settled(page)).span).toBeGreaterThan(keyed.span);
	await page.keyboard.press('0');
	const shown = await settled(page);
	expect(shown.from).toBe(all.from);
	expect(shown.to).toBe(all.to);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await settled(page);
	await page.getByRole('button', { name: 'Show all' }).click();
	expect(await settled(page)).toEqual(all);
});

test('a year preset and the brush set the visible range', async ({ page }) => {
	await page.getByRole('button', { name: '2022', exact: true }).click();
	const year = await settled(page);
	expect(Math.abs(year.from - Date.UTC(2022, 0, 1))).toBeLessThan(DAY);
	expect(Math.abs(year.to - Date.UTC(2023, 0, 1))).toBeLessThan(DAY);
	await expect(page.getByRole('button', { name: '2022', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	await page.getByRole('button', { name: 'All', exact: true }).click();
	const all = await settled(page);
	// Draw a new brush over the middle fifth of the overview strip.
	const brushed = await brushOverview(page, 0.4, 0.6);
	const strip = (await page.getByTestId('overview').boundingBox())!;
	const y = strip.y + strip.height / 2;
	const expectedFrom = all.from + all.span * 0.4;
	const expectedTo = all.from + all.span * 0.6;
	expect(Math.abs(brushed.from - expectedFrom)).toBeLessThan(all.span * 0.01);
	expect(Math.abs(brushed.to - expectedTo)).toBeLessThan(all.span * 0.01);

	// Dragging the brush pans without zooming.
	await page.mouse.move(strip.x + strip.width * 0.5, y);
	await page.mouse.down();
	await page.mouse.move(strip.x + strip.width * 0.3, y, { steps: 8 });
	await page.mouse.up();
	const dragged = await settled(page);
	expect(dragged.from).toBeLessThan(brushed.from - all.span * 0.15);
	expect(Math.abs(dragged.span - brushed.span)).toBeLessThan(all.span * 0.01);
});

test('clicking a cluster zooms in to its events, then lists those still together', async ({ page }) => {
	const before = await range(page);
	// A badge of several events (each badge names them in data-members).
	const cluster = badges(page).and(page.locator('[data-members*=" "]')).first();
	const members = (await cluster.getAttribute('data-members'))!.split(' ');
	expect(members.length).toBeGreaterThan(1);
	await cluster.click();
	const after = await settled(page);
	expect(after.span).toBeLessThan(before.span / 4);
	// The members' dates are in view now.
	for (const id of members) {
		const event = story.events.find((candidate) => candidate.id === id)!;
		const start = Date.parse(event.date.length === 4 ? `${event.date}-01-01` : event.date.padEnd(10, '-01'));
		expect(start).toBeGreaterThanOrEqual(after.from - DAY * 31);
		expect(start).toBeLessThanOrEqual(after.to);
	}
	// Whatever is still merged opens as a list of its events, each of which can be chosen.
	for (const id of members) {
		const merged = badgeHolding(page, id);
		if ((await merged.count()) === 0) {
			await expect(markOf(page, id)).toBeVisible();
			continue;
		}
		await merged.click();
		const list = page.getByRole('group', { name: /events at this point$/ });
		await expect(list).toBeVisible();
		const title = story.events.find((event) => event.id === id)!.title;
		await list
			.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
			.click();
		await expect(list).toBeHidden();
		await expect(badgeHolding(page, id)).toHaveAttribute('data-selected');
		break;
	}
});

test('the zoom limits hold: the whole story at most, about a day across a few hundred pixels at least', async ({
	page
}) => {
	const all = await range(page);
	const box = await surfaceBox(page);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 400);
	expect(await settled(page)).toEqual(all);
	for (let i = 0; i < 60; i++) await page.mouse.wheel(0, -400);
	const deepest = await settled(page);
	const pxPerDay = box.width / (deepest.span / DAY);
	expect(pxPerDay).toBeGreaterThan(200);
	expect(pxPerDay).toBeLessThanOrEqual(301);
	expect(deepest.from).toBeGreaterThanOrEqual(all.from);
	expect(deepest.to).toBeLessThanOrEqual(all.to);
	await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeDisabled();
});

test('marks rove with arrow keys, select with Enter, and the live region tells the range', async ({
	page
}) => {
	await page.getByRole('button', { name: '2022', exact: true }).click();
	await settled(page);
	const first = marks(page).and(page.locator('[tabindex="0"]'));
	await first.focus();
	const firstId = await first.getAttribute('data-id');
	const index = story.events.findIndex((event) => event.id === firstId);
	await page.keyboard.press('ArrowRight');
	const next = story.events[index + 1];
	await expect(markOf(page, next.id)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(markOf(page, next.id)).toHaveAttribute('aria-current', 'true');
	const live = page.getByTestId('timeline-live');
	await expect(live).toHaveText(/^Showing \w+ \d{4} to \w+ \d{4}, \d+ events?$/);
	const said = await live.textContent();
	// The selection stays highlighted while zooming.
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await settled(page);
	await expect(selectedOnTimeline(page)).toHaveCount(1);
	await expect(live).not.toHaveText(said!);
	await expect(live).toHaveText(
		/^Showing \d+ \w+ \d{4} to \d+ \w+ \d{4}, \d+ events?$|^Showing \w+ \d{4} to/
	);
});

test('pinch zooms on a phone @touch', async ({ page }) => {
	const before = await range(page);
	const box = await surfaceBox(page);
	const cdp = await page.context().newCDPSession(page);
	const y = box.y + box.height - 20;
	const cx = box.x + box.width / 2;
	const points = (d: number) => [
		{ x: cx - d, y, id: 0 },
		{ x: cx + d, y, id: 1 }
	];
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(30) });
	for (let d = 40; d <= 150; d += 10) {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(d) });
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	const after = await settled(page);
	expect(after.span).toBeLessThan(before.span / 3);
	// One finger drags to pan.
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx, y, id: 0 }] });
	for (let dx = 10; dx <= 100; dx += 10) {
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: [{ x: cx + dx, y, id: 0 }]
		});
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	const panned = await settled(page);
	expect(panned.from).toBeLessThan(after.from);
});
