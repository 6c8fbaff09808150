import { describe, expect, it } from 'vitest';
import {
	formatEventDate,
	formatPartialDate,
	formatRange,
	formatUtc,
	windowText
} from '../../src/lib/time/formatDate';
import { validateStory } from '../../src/lib/story/validateStory';
import { formatCount, formatEventCount } from '../../src/lib/text/formatCount';
import { partialDate } from '../../src/lib/time/partialDate';

const d = partialDate;

describe('formatPartialDate', () => {
	it('shows exactly the precision of the data', () => {
		expect(formatPartialDate(d('2021-08-15'))).toBe('15 August 2021');
		expect(formatPartialDate(d('2021-08'))).toBe('August 2021');
		expect(formatPartialDate(d('2021'))).toBe('2021');
	});
});

describe('formatEventDate', () => {
	it.each([
		['2021-08-15', undefined, false, '15 August 2021'],
		['2022', undefined, true, 'c. 2022'],
		['2021-08', undefined, true, 'c. August 2021'],
		['2022-07', '2022-08', false, 'July – August 2022'],
		['2022-08-01', '2022-08-25', false, '1–25 August 2022'],
		['2022-07-31', '2022-08-25', false, '31 July – 25 August 2022'],
		['2021', '2023', false, '2021 – 2023'],
		['2021-08', '2023-09', false, 'August 2021 – September 2023'],
		['2021-08-15', '2023-09', false, '15 August 2021 – September 2023'],
		['2023-08-31', '2023-09', true, 'c. 31 August 2023 – September 2023'],
		['2021-08-15', '2021-08-15', false, '15 August 2021']
	])('%s to %s (approximate: %s) is "%s"', (date, end, approximate, expected) => {
		expect(formatEventDate(d(date), end ? d(end) : undefined, approximate)).toBe(expected);
	});

	it('says "before" for what is known only to have come before a date, at that date’s precision', () => {
		expect(formatEventDate(d('2021-08-15'), undefined, false, true)).toBe('before 15 August 2021');
		expect(formatEventDate(d('2021-08'), undefined, false, true)).toBe('before August 2021');
	});
});

describe('formatUtc', () => {
	// Late in the UTC day: a formatter working in the machine's time zone would show
	// the 2nd east of Greenwich and the 1st only by luck.
	const instant = new Date(Date.UTC(2021, 8, 1, 23, 30));
	it.each([
		['day', '1 September 2021'],
		['month', 'September 2021'],
		['year', '2021'],
		['dayOfMonth', '1'],
		['dayAndMonth', '1 September'],
		['monthName', 'September'],
		['shortMonth', 'Sep'],
		['shortMonthAndYear', 'Sep 2021']
	] as const)('writes %s as "%s"', (style, expected) => {
		expect(formatUtc(instant, style)).toBe(expected);
	});

	it('keeps the calendar day whatever the time of day', () => {
		expect(formatUtc(new Date(Date.UTC(2021, 7, 15, 0, 0)), 'day')).toBe('15 August 2021');
		expect(formatUtc(new Date(Date.UTC(2021, 7, 15, 23, 59)), 'day')).toBe('15 August 2021');
	});

	it('writes a window in months, or in days when it is short', () => {
		expect(formatRange(new Date(Date.UTC(2021, 2, 1)), new Date(Date.UTC(2023, 0, 1)))).toBe(
			'March 2021 to January 2023'
		);
		expect(formatRange(new Date(Date.UTC(2021, 7, 1)), new Date(Date.UTC(2021, 7, 20)))).toBe(
			'1 August 2021 to 20 August 2021'
		);
	});

	it('says a single day once, not as a range from it to itself', () => {
		const day = Date.UTC(2022, 7, 15);
		expect(formatRange(new Date(day), new Date(day))).toBe('15 August 2022');
		expect(formatRange(new Date(day + 3_600_000), new Date(day + 20 * 3_600_000))).toBe('15 August 2022');
	});
});

describe('formatCount', () => {
	it('groups thousands with commas, as en-GB does', () => {
		for (const count of [0, 7, 999, 1_000, 12_345, 100_000, 1_234_567]) {
			expect(formatCount(count)).toBe(count.toLocaleString('en-GB'));
		}
		expect(formatCount(100_000)).toBe('100,000');
	});
});

describe('formatEventCount', () => {
	it('says one event in the singular, any other number in the plural, with its commas', () => {
		expect(formatEventCount(1)).toBe('1 event');
		expect(formatEventCount(1, 'more')).toBe('1 more event');
		expect(formatEventCount(0)).toBe('0 events');
		expect(formatEventCount(2, 'more')).toBe('2 more events');
		expect(formatEventCount(10_045, 'more')).toBe('10,045 more events');
	});
});

describe('windowText', () => {
	it('says a window three ways: the toolbar’s long and short words, and the days for a screen reader', () => {
		expect(windowText(Date.UTC(2021, 2, 1), Date.UTC(2023, 0, 31))).toEqual({
			long: 'March 2021 to January 2023',
			short: 'Mar 2021 – Jan 2023',
			days: '1 March 2021 to 31 January 2023'
		});
	});
});

describe('dates written when the story is read', () => {
	it('gives every event its date as the cards say it, and the story its publication date', () => {
		const result = validateStory({
			title: 'T',
			published: '2023-09',
			approximate: true,
			events: [
				{ id: 'day', title: 'A day', date: '2021-08-15' },
				{ id: 'month', title: 'A month', date: '2021-08', approximate: true },
				{ id: 'span', title: 'A span', date: '2022-08-01', end: '2022-08-05' },
				{ id: 'before', title: 'Before', date: '2021-08-15', before: true }
			]
		});
		if (!result.ok) throw new Error(result.errors.join('\n'));
		const { story } = result;
		for (const event of story.events) {
			expect(event.dateText, event.id).toBe(
				formatEventDate(event.date, event.end, event.approximate, event.before)
			);
		}
		expect(Object.fromEntries(story.events.map((event) => [event.id, event.dateText]))).toEqual({
			before: 'before 15 August 2021',
			day: '15 August 2021',
			month: 'c. August 2021',
			span: '1–5 August 2022'
		});
		expect(story.publishedText).toBe('c. September 2023');
	});
});
