import { describe, expect, it } from 'vitest';
import { utcDay } from 'd3-time';
import {
	calendarMonth,
	calendarParts,
	calendarYear,
	formatEventInCalendar,
	formatInCalendar,
	type CalendarChoice
} from '../../src/lib/time/calendar.ts';
import { partialDate } from '../../src/lib/time/partialDate.ts';
import { SOLAR_HIJRI_MONTH_STARTS_2023 } from '../fixtures/calendarPins';

const persian: CalendarChoice = { secondary: 'persian', monthNames: 'en' };
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('the Solar Hijri calendar beside the Gregorian', () => {
	it('says a day as one day, in each choice of month names', () => {
		expect(formatInCalendar(partialDate('2021-08-15'), persian)).toBe('24 Mordad 1400');
		expect(formatInCalendar(partialDate('2021-08-15'), { secondary: 'persian', monthNames: 'fa-AF' })).toBe(
			'۲۴ اسد ۱۴۰۰'
		);
		expect(formatInCalendar(partialDate('2021-08-15'), { secondary: 'persian', monthNames: 'fa-IR' })).toBe(
			'۲۴ مرداد ۱۴۰۰'
		);
	});

	it('knows 1403 is a leap year: 20 March 2025 is 30 Esfand 1403', () => {
		expect(formatInCalendar(partialDate('2025-03-20'), persian)).toBe('30 Esfand 1403');
		expect(formatInCalendar(partialDate('2025-03-21'), persian)).toBe('1 Farvardin 1404');
	});

	it('spans the months and years a Gregorian month or year overlaps, never claiming one it does not know', () => {
		expect(formatInCalendar(partialDate('2021-08'), persian)).toBe('Mordad–Shahrivar 1400');
		// The Persian locales' formatRange collapses this to one month: both ends are worked out apart.
		expect(formatInCalendar(partialDate('2021-08'), { secondary: 'persian', monthNames: 'fa-IR' })).toBe(
			'مرداد–شهریور ۱۴۰۰'
		);
		expect(formatInCalendar(partialDate('2021-03'), persian)).toBe('Esfand 1399–Farvardin 1400');
		expect(formatInCalendar(partialDate('2021'), persian)).toBe('1399–1400');
	});

	it('keeps an approximate date approximate and a "before" before, and gives a span both ends', () => {
		expect(formatEventInCalendar(partialDate('2022'), persian, undefined, true)).toBe('c. 1400–1401');
		expect(formatEventInCalendar(partialDate('2021-08-15'), persian, undefined, false, true)).toBe(
			'before 24 Mordad 1400'
		);
		expect(formatEventInCalendar(partialDate('2021-08-15'), persian, partialDate('2023-09'))).toBe(
			'24 Mordad 1400 – Shahrivar–Mehr 1402'
		);
	});

	it('reads the Umm al-Qura calendar too', () => {
		expect(
			formatInCalendar(partialDate('2021-08-15'), { secondary: 'islamic-umalqura', monthNames: 'en' })
		).toBe('7 Muharram 1443');
	});
});

describe('the second calendar as d3-time intervals, for the axis', () => {
	it('puts the Solar Hijri month starts of 2023 where the calendar has them', () => {
		const starts = calendarMonth('persian').range(new Date('2023-01-01'), new Date('2024-01-01')).map(iso);
		expect(starts).toEqual(SOLAR_HIJRI_MONTH_STARTS_2023);
		for (const start of starts) expect(calendarParts(new Date(start), 'persian').day).toBe(1);
	});

	it('agrees with a day-by-day walk over forty years, both calendars', () => {
		for (const calendar of ['persian', 'islamic-umalqura'] as const) {
			const walked = utcDay
				.range(new Date('1990-01-01'), new Date('2030-01-01'))
				.filter((day) => calendarParts(day, calendar).day === 1)
				.map(iso);
			const ranged = calendarMonth(calendar).range(new Date('1990-01-01'), new Date('2030-01-01')).map(iso);
			expect(ranged).toEqual(walked);
		}
	});

	it('floors, offsets and finds Nowruz as the year start', () => {
		const month = calendarMonth('persian');
		expect(iso(month.floor(new Date('2021-08-15T13:00:00Z')))).toBe('2021-07-23');
		expect(iso(month.offset(new Date('2021-07-23'), 2))).toBe('2021-09-23');
		expect(iso(month.offset(new Date('2021-07-23'), -1))).toBe('2021-06-22');
		const years = calendarYear('persian').range(new Date('2020-01-01'), new Date('2026-01-01')).map(iso);
		expect(years).toEqual([
			'2020-03-20',
			'2021-03-21',
			'2022-03-21',
			'2023-03-21',
			'2024-03-20',
			'2025-03-21'
		]);
	});
});

describe('counting the calendar’s months and years', () => {
	it('takes every third month from Farvardin, and decades from the year’s number', () => {
		const quarters = calendarMonth('persian')
			.every(3)!
			.range(new Date('2023-01-01'), new Date('2024-01-01'))
			.map(iso);
		expect(quarters).toEqual(['2023-03-21', '2023-06-22', '2023-09-23', '2023-12-22']);
		const decades = calendarYear('persian')
			.every(10)!
			.range(new Date('1990-01-01'), new Date('2025-01-01'))
			.map((date) => calendarParts(date, 'persian').year);
		expect(decades).toEqual([1370, 1380, 1390, 1400]);
	});

	it('counts months and years between two days', () => {
		expect(calendarMonth('persian').count(new Date('2021-03-21'), new Date('2022-03-21'))).toBe(12);
		expect(calendarYear('islamic-umalqura').count(new Date('2000-01-01'), new Date('2033-01-01'))).toBe(34);
	});
});
