import { describe, expect, it } from 'vitest';
import { chooseCalendarTicks, type CalendarTick } from '../../src/lib/time/calendarTicks';
import { LABEL_INSET_PX, tickLabelWidth } from '../../src/lib/time/ticks';
import type { CalendarChoice } from '../../src/lib/time/calendar';
import { SOLAR_HIJRI_MONTH_STARTS_2023 } from '../fixtures/calendarPins';

const SOLAR: CalendarChoice = { secondary: 'persian', monthNames: 'en' };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const part = (from: string, to: string, width: number) => ({
	from: day(from),
	to: day(to),
	x0: 0,
	x1: width,
	fold: false
});
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Labels as the axis draws them: each from its tick's x plus the inset, as wide as the axis counts it. */
function labelBoxes(ticks: CalendarTick[]) {
	return ticks
		.filter((tick) => tick.label)
		.map((tick) => ({
			label: tick.label,
			left: tick.x + LABEL_INSET_PX,
			right: tick.x + LABEL_INSET_PX + tickLabelWidth(tick.label.length)
		}));
}

describe('the second calendar’s row of ticks', () => {
	it('starts the Solar Hijri months of Gregorian 2023 on the calendar’s own days', () => {
		const ticks = chooseCalendarTicks([part('2023-01-01', '2024-01-01', 1280)], SOLAR);
		expect(ticks.filter((tick) => tick.line).map((tick) => iso(tick.date))).toEqual(
			SOLAR_HIJRI_MONTH_STARTS_2023
		);
		// Dey 1401 began before the view: held at its left edge, the year said once.
		expect(ticks.map((tick) => tick.label)).toEqual([
			'Dey 1401',
			'Bahman',
			'Esfand',
			// "Farvardin 1402" would run into Ordibehesht at this width: the name alone.
			'Farvardin',
			'Ordibehesht',
			'Khordad',
			'Tir',
			'Mordad',
			'Shahrivar',
			'Mehr',
			'Aban',
			'Azar',
			'Dey'
		]);
		expect(ticks.filter((tick) => tick.yearStart).map((tick) => iso(tick.date))).toEqual(['2023-03-21']);
		const spring = chooseCalendarTicks([part('2023-02-01', '2023-06-01', 1280)], SOLAR);
		expect(spring.map((tick) => tick.label)).toEqual([
			'Bahman 1401',
			'Esfand',
			'Farvardin 1402',
			'Ordibehesht',
			'Khordad'
		]);
		expect(spring[0]).toMatchObject({ x: 0, line: false });
	});

	it('names Afghanistan’s months in Persian script and digits', () => {
		const ticks = chooseCalendarTicks([part('2021-07-01', '2021-10-01', 1280)], {
			secondary: 'persian',
			monthNames: 'fa-AF'
		});
		expect(ticks.map((tick) => tick.label)).toEqual(['سرطان ۱۴۰۰', 'اسد', 'سنبلهٔ', 'میزان']);
	});

	it('numbers the years when months do not fit, and thins them further out', () => {
		const years = chooseCalendarTicks([part('2010-01-01', '2030-01-01', 1280)], SOLAR);
		expect(years[0]).toMatchObject({ label: '1389', yearStart: true });
		expect(iso(years[0].date)).toBe('2010-03-21');
		const decades = chooseCalendarTicks([part('1800-01-01', '2030-01-01', 390)], SOLAR);
		expect(decades.every((tick) => Number(tick.label.replace(/^$/, '0')) % 10 === 0)).toBe(true);
		expect(decades.length).toBeLessThan(30);
	});

	for (const calendar of [SOLAR, { secondary: 'islamic-umalqura', monthNames: 'en' } as const]) {
		it(`never lets two labels overlap or leave the view: ${calendar.secondary}, five zooms, three widths`, () => {
			const windows = [
				['2021-08-01', '2021-09-15'],
				['2021-06-01', '2022-01-01'],
				['2021-01-01', '2023-09-30'],
				['2015-01-01', '2025-01-01'],
				['1950-01-01', '2030-01-01']
			];
			let labels = 0;
			for (const [from, to] of windows) {
				for (const width of [320, 390, 1280]) {
					const boxes = labelBoxes(chooseCalendarTicks([part(from, to, width)], calendar));
					labels += boxes.length;
					expect(boxes.length, `${from}–${to} at ${width}`).toBeGreaterThan(0);
					boxes.forEach((box, index) => {
						expect(box.right, `${box.label} at ${width}`).toBeLessThanOrEqual(width);
						if (index > 0)
							expect(box.left, `${box.label} at ${width}`).toBeGreaterThan(boxes[index - 1].right);
					});
				}
			}
			expect(labels).toBeGreaterThan(40);
		});
	}

	it('draws nothing in a fold drawn as a break, and each open part on its own', () => {
		const ticks = chooseCalendarTicks(
			[
				part('2021-08-01', '2021-10-01', 600),
				{ from: day('2021-10-01'), to: day('2023-08-01'), x0: 600, x1: 620, fold: true },
				{ ...part('2023-08-01', '2023-10-01', 600), x0: 620, x1: 1220 }
			],
			SOLAR
		);
		expect(ticks.filter((tick) => tick.line).map((tick) => iso(tick.date))).toEqual([
			'2021-08-23',
			'2021-09-23',
			'2023-08-23',
			'2023-09-23'
		]);
		// Each part names the month it opens in, at its own left edge.
		expect(ticks.map((tick) => tick.label)).toEqual([
			'Mordad 1400',
			'Shahrivar',
			'Mehr',
			'Mordad 1402',
			'Shahrivar',
			'Mehr'
		]);
		expect(ticks[3]).toMatchObject({ x: 620, line: false });
	});
});
