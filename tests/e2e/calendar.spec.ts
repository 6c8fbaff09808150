import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { rolldown } from 'rolldown';
import {
	cardOf,
	labelBoxes,
	markOf,
	overlappingPairs,
	settled,
	timelineReady,
	timelineView,
	type LabelBox
} from './helpers';
import { SOLAR_HIJRI_MONTH_STARTS_2023 } from '../fixtures/calendarPins';

// The story's second calendar (#20): the Solar Hijri row under the axis, both
// calendars on cards and in marks' names, and a quote in its own language.

const ROW = '[data-testid="calendar-row"]';
const calendarLabels = (page: Page) => labelBoxes(page, `${ROW} text`);
const gregorianLabels = (page: Page) => labelBoxes(page, '[data-testid="axis"] text:is(.minor, .major)');

/** calendar.ts as a script for a blank page: the conversions then run on Chromium's own ICU, not Node's. */
async function calendarScript() {
	const bundle = await rolldown({ input: 'src/lib/time/calendar.ts', logLevel: 'silent' });
	const { output } = await bundle.generate({ format: 'iife', name: 'calendar' });
	await bundle.close();
	return output[0].code;
}

test.describe('the second calendar in Chromium', () => {
	test('gives the pinned dates and month starts with the browser’s own ICU @phone', async ({ page }) => {
		await page.goto('about:blank');
		await page.addScriptTag({ content: await calendarScript() });
		const results = await page.evaluate(() => {
			const { formatInCalendar, calendarMonth } = (
				window as unknown as { calendar: typeof import('../../src/lib/time/calendar') }
			).calendar;
			const date = (text: string) => {
				const [year, month, day] = text.split('-').map(Number);
				const precision = day ? 'day' : month ? 'month' : 'year';
				return { text, year, month, day, precision } as Parameters<typeof formatInCalendar>[0];
			};
			const en = { secondary: 'persian', monthNames: 'en' } as const;
			return {
				takeover: formatInCalendar(date('2021-08-15'), en),
				dari: formatInCalendar(date('2021-08-15'), { secondary: 'persian', monthNames: 'fa-AF' }),
				leap: formatInCalendar(date('2025-03-20'), en),
				month: formatInCalendar(date('2021-08'), en),
				year: formatInCalendar(date('2021'), en),
				starts: calendarMonth('persian')
					.range(new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2024, 0, 1)))
					.map((start) => start.toISOString().slice(0, 10))
			};
		});
		expect(results).toEqual({
			takeover: '24 Mordad 1400',
			dari: '۲۴ اسد ۱۴۰۰',
			leap: '30 Esfand 1403',
			month: 'Mordad–Shahrivar 1400',
			year: '1399–1400',
			starts: SOLAR_HIJRI_MONTH_STARTS_2023
		});
	});
});

test.describe('the axis’s second row', () => {
	test('starts the months of Gregorian 2023 where the calendar does', async ({ page }) => {
		await page.goto('/?from=2023-01-01&to=2023-12-31');
		await timelineReady(page);
		await settled(page);
		const starts = await page.$$eval(`${ROW} line[data-date]`, (lines) =>
			lines.map((line) => line.getAttribute('data-date'))
		);
		expect(starts).toEqual(SOLAR_HIJRI_MONTH_STARTS_2023);
		// Under the Gregorian labels, not among them.
		const solar = await calendarLabels(page);
		const gregorian = await gregorianLabels(page);
		expect(solar.length).toBeGreaterThan(5);
		expect(Math.min(...solar.map((box) => box.top))).toBeGreaterThanOrEqual(
			Math.max(...gregorian.map((box) => box.bottom))
		);
	});

	for (const width of [320, 390, 1280]) {
		test(`never overlaps a label at five zooms, ${width} px wide`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			const windows = [
				['2021-08-10', '2021-08-20'],
				['2021-07-01', '2021-10-31'],
				['2021-01-01', '2022-06-30'],
				['2021-06-01', '2023-09-30'],
				null
			];
			for (const window of windows) {
				await page.goto(window ? `/?from=${window[0]}&to=${window[1]}` : '/');
				await timelineReady(page);
				await settled(page);
				const boxes: LabelBox[] = await calendarLabels(page);
				const where = window ? window.join(' to ') : 'the whole story';
				expect(boxes.length, where).toBeGreaterThan(0);
				expect(overlappingPairs([...boxes, ...(await gregorianLabels(page))]), where).toEqual([]);
				const view = (await timelineView(page).boundingBox())!;
				for (const box of boxes)
					expect(box.right, `${box.text} in ${where}`).toBeLessThanOrEqual(view.x + view.width + 0.5);
			}
		});
	}

	test('hides and shows again from the toolbar, the choice kept in the address, nothing moving', async ({
		page
	}) => {
		await page.goto('/');
		await timelineReady(page);
		await settled(page);
		const row = page.locator(ROW);
		const mark = markOf(page, 'taliban-take-kabul');
		const markTop = (await mark.boundingBox())!.y;
		const toggle = page.getByRole('button', { name: 'Show Solar Hijri dates on the axis' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(row).toBeVisible();

		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await expect(row).toHaveCount(0);
		await expect(page).toHaveURL(/[?&]calendar=off/);
		expect((await mark.boundingBox())!.y).toBe(markTop);

		// A link with the choice opens without the row, the sketch's hidden too.
		await page.reload();
		await timelineReady(page);
		await expect(page.getByRole('button', { name: 'Show Solar Hijri dates on the axis' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await expect(row).toHaveCount(0);
		await page.getByRole('button', { name: 'Show Solar Hijri dates on the axis' }).click();
		await expect(row).toBeVisible();
		await expect(page).not.toHaveURL(/calendar=/);
	});
});

test.describe('dates and words in their own language', () => {
	test('a card and a mark give both calendars; the original words carry their language @phone', async ({
		page
	}) => {
		await page.goto('/events/qomi-calls-resistance-front-us-project');
		await timelineReady(page);
		await settled(page);
		const card = cardOf(page, 'qomi-calls-resistance-front-us-project');
		await expect(card.getByText('c. 15 August 2022 · c. 24 Mordad 1401')).toBeVisible();
		await expect(card.locator('[lang="en"]', { hasText: 'c. 24 Mordad 1401' })).toHaveCount(1);
		await expect(markOf(page, 'qomi-calls-resistance-front-us-project')).toHaveAccessibleName(
			/^Qomi calls the Resistance Front a US project, c\. 15 August 2022 · c\. 24 Mordad 1401/
		);

		const original = card.locator('blockquote[lang]');
		await expect(original).toHaveAttribute('lang', /^fa\b/);
		await expect(original).toHaveAttribute('dir', 'rtl');
		await expect(original).toContainText('جبهه مقاومت');
		await expect(card.getByText('In Dari:')).toBeVisible();
		// Right to left: the paragraph's text starts at its right edge.
		const align = await original.locator('p').evaluate((element) => getComputedStyle(element).direction);
		expect(align).toBe('rtl');

		const results = await new AxeBuilder({ page })
			.include('#event-qomi-calls-resistance-front-us-project')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
	});
});
