import { describe, expect, it } from 'vitest';
import {
	comparePartialDates,
	endOf,
	parsePartialDate,
	partialDate,
	startOf
} from '../../src/lib/time/partialDate';

describe('parsePartialDate', () => {
	it('keeps the precision the text gives', () => {
		expect(parsePartialDate('2021')).toEqual({
			ok: true,
			date: { text: '2021', precision: 'year', year: 2021 }
		});
		expect(parsePartialDate('2021-08')).toEqual({
			ok: true,
			date: { text: '2021-08', precision: 'month', year: 2021, month: 8 }
		});
		expect(parsePartialDate('2021-08-15')).toEqual({
			ok: true,
			date: { text: '2021-08-15', precision: 'day', year: 2021, month: 8, day: 15 }
		});
	});

	it.each([
		['2021-13-01', 'month 13'],
		['2021-00', 'month 00'],
		['2023-02-29', 'day 29: February 2023 has 28 days'],
		['2021-04-31', 'day 31: April 2021 has 30 days'],
		['0000', 'year 0000 does not exist'],
		['21-08-15', 'expected YYYY, YYYY-MM or YYYY-MM-DD'],
		['2021-8-15', 'expected YYYY, YYYY-MM or YYYY-MM-DD'],
		['2021-08-15T00:00', 'expected YYYY, YYYY-MM or YYYY-MM-DD'],
		['', 'expected YYYY, YYYY-MM or YYYY-MM-DD']
	])('rejects %j: %s', (text, reason) => {
		expect(parsePartialDate(text)).toEqual({ ok: false, reason });
	});

	it('accepts 29 February in leap years, including 2000 but not 1900', () => {
		expect(parsePartialDate('2024-02-29').ok).toBe(true);
		expect(parsePartialDate('2000-02-29').ok).toBe(true);
		expect(parsePartialDate('1900-02-29').ok).toBe(false);
	});

	it('partialDate throws on what parsePartialDate rejects', () => {
		expect(() => partialDate('2021-13')).toThrow('"2021-13" is not a date: month 13');
	});
});

describe('extent of a partial date', () => {
	it('a day covers that day only', () => {
		const date = partialDate('2021-08-15');
		expect(startOf(date).toISOString()).toBe('2021-08-15T00:00:00.000Z');
		expect(endOf(date).toISOString()).toBe('2021-08-16T00:00:00.000Z');
	});

	it('a month covers the whole month, never just its first day', () => {
		expect(startOf(partialDate('2021-08')).toISOString()).toBe('2021-08-01T00:00:00.000Z');
		expect(endOf(partialDate('2021-08')).toISOString()).toBe('2021-09-01T00:00:00.000Z');
		expect(endOf(partialDate('2024-02')).getTime() - startOf(partialDate('2024-02')).getTime()).toBe(
			29 * 86_400_000
		);
	});

	it('a year covers the whole year, and December rolls over', () => {
		expect(endOf(partialDate('2021')).toISOString()).toBe('2022-01-01T00:00:00.000Z');
		expect(endOf(partialDate('2021-12')).toISOString()).toBe('2022-01-01T00:00:00.000Z');
		expect(endOf(partialDate('2021-12-31')).toISOString()).toBe('2022-01-01T00:00:00.000Z');
	});

	it('handles years below 100 without the Date.UTC 1900 shift', () => {
		expect(startOf(partialDate('0044-03-15')).getUTCFullYear()).toBe(44);
		expect(endOf(partialDate('0099')).toISOString()).toBe('0100-01-01T00:00:00.000Z');
		expect(endOf(partialDate('0099-12-31')).toISOString()).toBe('0100-01-01T00:00:00.000Z');
	});

	it('ends a leap day on 1 March, and each end is the next start', () => {
		expect(endOf(partialDate('2024-02-29')).toISOString()).toBe('2024-03-01T00:00:00.000Z');
		// Reusing one Date inside must not leak one result into the next.
		const pairs = [
			['2023-01-31', '2023-02-01'],
			['2023-02-28', '2023-03-01'],
			['2023-12', '2024-01'],
			['1999', '2000']
		].map((pair) => pair.map(partialDate));
		for (const [date, next] of pairs) expect(endOf(date).getTime()).toBe(startOf(next).getTime());
	});
});

describe('comparePartialDates', () => {
	it('orders by start, the wider period first', () => {
		const dates = ['2021-08-15', '2021', '2021-08', '2020-12-31'].map(partialDate);
		expect(dates.sort(comparePartialDates).map((d) => d.text)).toEqual([
			'2020-12-31',
			'2021',
			'2021-08',
			'2021-08-15'
		]);
	});
});
