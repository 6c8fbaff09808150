import { intlFormat } from 'date-fns';
import type { PartialDate } from './partialDate.ts';

/**
 * The ways the site writes a date. date-fns's intlFormat hands them to the
 * browser's own Intl, so the page ships no month names or format tables of its
 * own; always in UTC, so that no reader's time zone moves a date by a day.
 */
const STYLES = {
	/** 15 August 2021 */
	day: { day: 'numeric', month: 'long', year: 'numeric' },
	/** August 2021 */
	month: { month: 'long', year: 'numeric' },
	/** 2021 */
	year: { year: 'numeric' },
	/** 15 */
	dayOfMonth: { day: 'numeric' },
	/** 15 August */
	dayAndMonth: { day: 'numeric', month: 'long' },
	/** August */
	monthName: { month: 'long' },
	/** Aug */
	shortMonth: { month: 'short' },
	/** Aug 2021 */
	shortMonthAndYear: { month: 'short', year: 'numeric' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

/** British order ("15 August 2021"); American short months, which British English writes "Sept". */
const localeOf = (style: DateStyle) => (style.startsWith('short') ? 'en-US' : 'en-GB');

/** A UTC instant's calendar date in one of the site's styles, whatever the reader's time zone. */
export function formatUtc(instant: Date, style: DateStyle): string {
	return intlFormat(instant, { ...STYLES[style], timeZone: 'UTC' }, { locale: localeOf(style) });
}

function firstInstant(date: PartialDate): Date {
	const instant = new Date(0);
	// setUTCFullYear, unlike Date.UTC, leaves years before 100 as they are.
	instant.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
	return instant;
}

/** A view window as a reader says it: "March 2021 to January 2023", or days when zoomed in. */
export function formatRange(from: Date, to: Date): string {
	const days = (to.getTime() - from.getTime()) / 86_400_000;
	const style = days < 62 ? 'day' : 'month';
	return `${formatUtc(from, style)} to ${formatUtc(to, style)}`;
}

/** "15 August 2021", "August 2021" or "2021": exactly as precise as the data. */
export function formatPartialDate(date: PartialDate): string {
	return formatUtc(firstInstant(date), date.precision);
}

/**
 * An event's date as a reader sees it: a single date, a span that shares what it
 * can ("15–20 August 2022", "July – August 2022", "2021 – 2023"), and "c." for
 * approximate dates.
 */
export function formatEventDate(date: PartialDate, end?: PartialDate, approximate = false): string {
	const prefix = approximate ? 'c. ' : '';
	if (!end || end.text === date.text) return prefix + formatPartialDate(date);
	const sameYear = date.year === end.year;
	if (sameYear && date.precision === end.precision && date.precision !== 'year') {
		const first = firstInstant(date);
		if (date.precision === 'day' && date.month === end.month) {
			return `${prefix}${formatUtc(first, 'dayOfMonth')}–${formatPartialDate(end)}`;
		}
		const head = formatUtc(first, date.precision === 'day' ? 'dayAndMonth' : 'monthName');
		return `${prefix}${head} – ${formatPartialDate(end)}`;
	}
	return `${prefix}${formatPartialDate(date)} – ${formatPartialDate(end)}`;
}
