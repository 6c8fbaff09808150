import { format } from 'date-fns';
import type { PartialDate } from './partialDate.ts';

/** The ways the site writes a date, as date-fns patterns. */
const PATTERNS = {
	/** 15 August 2021 */
	day: 'd MMMM yyyy',
	/** August 2021 */
	month: 'MMMM yyyy',
	/** 2021 */
	year: 'yyyy',
	/** 15 */
	dayOfMonth: 'd',
	/** 15 August */
	dayAndMonth: 'd MMMM',
	/** August */
	monthName: 'MMMM',
	/** Aug */
	shortMonth: 'MMM',
	/** Aug 2021 */
	shortMonthAndYear: 'MMM yyyy'
} as const;

export type DateStyle = keyof typeof PATTERNS;

/**
 * A UTC instant's calendar date in one of the site's styles, whatever the reader's
 * time zone: date-fns formats in local time, so the UTC calendar fields are copied
 * into a local date first (a UTC midnight would otherwise show the previous day
 * west of Greenwich).
 */
export function formatUtc(instant: Date, style: DateStyle): string {
	const local = new Date(0);
	local.setFullYear(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate());
	local.setHours(0, 0, 0, 0);
	return format(local, PATTERNS[style]);
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
	const [first, last] = [formatUtc(from, style), formatUtc(to, style)];
	// Events of one day, or a window zoomed in within a day: the day once, not "X to X".
	return first === last ? first : `${first} to ${last}`;
}

/** A view's window in the words the timeline shows and says (see windowText). */
export interface WindowText {
	/** "March 2021 to January 2023": the toolbar's, where there is room. */
	long: string;
	/** "Mar 2021 – Jan 2023": the toolbar's on a phone. */
	short: string;
	/** "1 March 2021 to 31 January 2023": what the view's description says to a screen reader. */
	days: string;
}

/**
 * A window, UTC ms, in words. The live timeline asks here as it moves; the build
 * asks for the window its sketch shows, so that the first view carries the words
 * rather than the code that writes them.
 */
export function windowText(from: number, to: number): WindowText {
	const [first, last] = [new Date(from), new Date(to)];
	return {
		long: formatRange(first, last),
		short: `${formatUtc(first, 'shortMonthAndYear')} – ${formatUtc(last, 'shortMonthAndYear')}`,
		days: `${formatUtc(first, 'day')} to ${formatUtc(last, 'day')}`
	};
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
export function formatEventDate(
	date: PartialDate,
	end?: PartialDate,
	approximate = false,
	before = false
): string {
	if (before) return `before ${formatPartialDate(date)}`;
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
