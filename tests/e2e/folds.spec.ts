import { expect, test, type Page } from '@playwright/test';
import {
	DAY,
	labelBoxes,
	marks,
	overlappingPairs,
	settled,
	startOf,
	story,
	SKETCH_FOLD,
	SKETCH_MARK_WIDEST,
	timelineReady
} from './helpers';

/**
 * Folded empty years (see src/lib/time/folds.ts): the first screen shows the
 * story's events, the fold is drawn and named, and the switch between a compact
 * axis and one true to time keeps to the address like the rest of the view.
 */

const spacing = (page: Page) => page.getByRole('group', { name: 'Spacing of time' });
const fold = (page: Page) => page.getByTestId('fold');

/** Marks on the first screen whose title can be read: on screen, in the viewport, wide enough for words. */
async function readableMarks(page: Page) {
	return page.$$eval('[data-testid="mark"]', (elements) =>
		elements
			.map((element) => ({ rect: element.getBoundingClientRect(), text: element.textContent?.trim() ?? '' }))
			.filter(
				({ rect, text }) =>
					text.length > 0 &&
					rect.width >= 64 &&
					rect.left >= -0.5 &&
					rect.left < innerWidth - 64 &&
					rect.top >= 0 &&
					rect.bottom <= innerHeight
			)
			.map(({ text }) => text)
	);
}

/** Every label the timeline draws in text: marks, badges, the axis's ticks and the fold's. */
async function drawnText(page: Page) {
	const boxes = await labelBoxes(
		page,
		'[data-testid="mark"], [data-testid="badge"], [data-testid="fold"] > span, [data-testid="axis"] text'
	);
	return boxes.filter((box) => box.text && box.right > 0);
}

for (const mode of ['compact', 'true-to-time'] as const) {
	test.describe(`the ${mode} axis @phone`, () => {
		const address = mode === 'compact' ? '/' : '/?scale=true-to-time';

		test('no text overlaps other text, and the switch says which spacing is on', async ({ page }) => {
			await page.goto(address);
			await timelineReady(page);
			await settled(page);
			const texts = await drawnText(page);
			// Ticks on two rows and marks in lanes: compare each with the others, across rows too.
			expect(overlappingPairs(texts)).toEqual([]);
			await expect(spacing(page).getByRole('button', { name: 'Compact' })).toHaveAttribute(
				'aria-pressed',
				String(mode === 'compact')
			);
			if (mode === 'compact') {
				await expect(fold(page)).toHaveCount(1);
				await expect(fold(page)).toHaveAccessibleName(
					'7 years without events, June 2014 to May 2021, drawn compressed'
				);
				await expect(fold(page)).toBeVisible();
			} else {
				await expect(fold(page)).toHaveCount(0);
			}
		});

		test('presets, the brush and the address give the dates chosen', async ({ page }) => {
			await page.goto(`${address}${address.includes('?') ? '&' : '?'}from=2022-07-01&to=2022-09-30`);
			await timelineReady(page);
			const linked = await settled(page);
			expect(Math.abs(linked.from - Date.UTC(2022, 6, 1))).toBeLessThan(DAY);
			expect(Math.abs(linked.to - Date.UTC(2022, 9, 1))).toBeLessThan(DAY);

			await page.getByRole('button', { name: '2021', exact: true }).click();
			const year = await settled(page);
			expect(Math.abs(year.from - Date.UTC(2021, 0, 1))).toBeLessThan(DAY);
			expect(Math.abs(year.to - Date.UTC(2022, 0, 1))).toBeLessThan(DAY);

			// Brushing from one event's tick on the strip to another's shows the time between them.
			await page.getByRole('button', { name: 'All', exact: true }).click();
			await settled(page);
			// The strip draws its ticks as one path, a line per event, left to right in the
			// order of the events' starts: an event's tick is the line of the same rank.
			const ticksPath = page.getByTestId('overview-events');
			const lines = ((await ticksPath.getAttribute('d')) ?? '').match(/M[\d.]+/g)!;
			const xs = lines.map((line) => Number(line.slice(1))).sort((a, b) => a - b);
			const starts = story.events.map((event) => startOf(event.date)).sort((a, b) => a - b);
			const strip = (await page.getByTestId('overview').boundingBox())!;
			const tick = (id: string) => {
				const start = startOf(story.events.find((event) => event.id === id)!.date);
				return strip.x + xs[starts.indexOf(start)];
			};
			const first = tick('border-clash-december-2021');
			const last = tick('raisi-warns-over-helmand-water');
			const y = strip.y + strip.height / 2;
			await page.mouse.move(first, y);
			await page.mouse.down();
			await page.mouse.move((first + last) / 2, y, { steps: 4 });
			await page.mouse.move(last, y, { steps: 4 });
			await page.mouse.up();
			const brushed = await settled(page);
			// A pixel of the strip is about two weeks on a phone, true to time.
			const slack = 21 * DAY;
			expect(Math.abs(brushed.from - startOf('2021-12-01'))).toBeLessThan(slack);
			expect(Math.abs(brushed.to - startOf('2023-05-18'))).toBeLessThan(slack);
		});
	});
}

test.describe('the first screen @phone', () => {
	test('shows the story’s events by title, most of them', async ({ page }, testInfo) => {
		await page.goto('/');
		await timelineReady(page);
		await settled(page);
		const titles = await readableMarks(page);
		const wanted = testInfo.project.name === 'phone' ? 8 : 16;
		expect(titles.length, titles.join('\n')).toBeGreaterThanOrEqual(wanted);
		expect(story.events.length).toBe(21);
	});

	test('the switch keeps to the address: reload, Back and the sketch', async ({ page }) => {
		await page.goto('/');
		await timelineReady(page);
		await settled(page);
		await spacing(page).getByRole('button', { name: 'True to scale' }).click();
		await expect(fold(page)).toHaveCount(0);
		await expect(page).toHaveURL(/[?&]scale=true-to-time/);
		const proportional = await settled(page);

		await page.reload();
		await timelineReady(page);
		expect(await settled(page)).toEqual(proportional);
		await expect(spacing(page).getByRole('button', { name: 'True to scale' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);

		// Choosing an event is a navigation; Back returns to the story in the spacing chosen.
		await marks(page).first().click();
		await expect(page).toHaveURL(/\/events\/[^/?]+\/?\?.*scale=true-to-time/);
		await page.goBack();
		await expect(page).toHaveURL(/[?&]scale=true-to-time/);
		await expect(spacing(page).getByRole('button', { name: 'True to scale' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(fold(page)).toHaveCount(0);

		await spacing(page).getByRole('button', { name: 'Compact' }).click();
		await expect(fold(page)).toHaveCount(1);
		// Compact is the story's own spacing: the address no longer needs to say it.
		await expect(page).not.toHaveURL(/scale=/);
	});

	test('the keys zoom and pan the compact axis by what is on screen, not by years', async ({ page }) => {
		await page.goto('/');
		await timelineReady(page);
		const all = await settled(page);
		await page.getByRole('group', { name: /^Timeline view/ }).focus();
		await page.keyboard.press('+');
		const zoomed = await settled(page);
		expect(zoomed.span).toBeLessThan(all.span);
		// From 2021 a quarter of the window back crosses the fold: it lands in 2014, not
		// seven years of window further back than it looked.
		await page.getByRole('button', { name: '2021', exact: true }).click();
		const year = await settled(page);
		await page.getByRole('group', { name: /^Timeline view/ }).focus();
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		const panned = await settled(page);
		// Four quarters of a window true to time would have gone back one year, to 2020.
		expect(panned.from).toBeLessThan(year.from);
		expect(panned.from).toBeLessThan(Date.UTC(2015, 0, 1));
		expect(panned.from).toBeGreaterThanOrEqual(all.from);
		await page.keyboard.press('0');
		expect(await settled(page)).toEqual(all);
	});

	test('a label cut short shows its whole title on focus', async ({ page }) => {
		await page.goto('/');
		await timelineReady(page);
		await settled(page);
		// The marks whose text is cut (an ellipsis): there is one on the first screen.
		// A flipped label (at the timeline's end) keeps its width: its text ends at its mark.
		const cut = marks(page).filter({ visible: true }).and(page.locator(':not([data-flipped])'));
		const ids = await cut.evaluateAll((elements) =>
			elements
				.filter((element) => element.scrollWidth > element.clientWidth + 1)
				.map((element) => element.dataset.id!)
		);
		expect(ids.length).toBeGreaterThan(0);
		const mark = page.locator(`[data-testid="mark"][data-id="${ids[0]}"]`);
		await mark.focus();
		await expect
			.poll(() => mark.evaluate((element) => element.scrollWidth <= element.clientWidth + 1))
			.toBe(true);
	});

	test('zooming into the fold opens it into time', async ({ page }) => {
		await page.goto('/?from=2016-01-01&to=2019-12-31');
		await timelineReady(page);
		const inside = await settled(page);
		expect(Math.abs(inside.from - Date.UTC(2016, 0, 1))).toBeLessThan(DAY);
		// Within the quiet stretch it is just time: years on the axis, the fold's edges off screen.
		await expect(page.getByTestId('axis').locator('text', { hasText: '2018' })).toHaveCount(1);
		await expect(fold(page)).toHaveCount(1);
		await expect(fold(page).locator('span')).toHaveCount(0);
	});
});

test('without script, the sketch shows the compact first view', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 1280, height: 800 }
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator(SKETCH_FOLD)).toHaveCount(1);
	await expect(page.locator(SKETCH_FOLD)).toContainText('7 years');
	const sketchMarks = await labelBoxes(page, SKETCH_MARK_WIDEST);
	expect(sketchMarks.length).toBeGreaterThanOrEqual(16);
	expect(overlappingPairs(sketchMarks)).toEqual([]);
	await context.close();
});
