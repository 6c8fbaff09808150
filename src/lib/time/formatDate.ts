import { format } from 'date-fns';
import type { PartialDate } from './partialDate.ts';

const PATTERN = { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' } as const;

/**
 * date-fns formats in local time, so the calendar fields are copied into a local
 * Date: a UTC midnight would show the previous day west of Greenwich.
 */
function asLocalCalendarDate(date: PartialDate): Date {
	const local = new Date(0);
	local.setFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
	local.setHours(0, 0, 0, 0);
	return local;
}

/** A view window as a reader says it: "March 2021 to January 2023", or days when zoomed in. */
export function formatRange(from: Date, to: Date): string {
	const days = (to.getTime() - from.getTime()) / 86_400_000;
	const pattern = days < 62 ? 'd MMMM yyyy' : 'MMMM yyyy';
	return `${formatUtc(from, pattern)} to ${formatUtc(to, pattern)}`;
}

/** "15 August 2021", "August 2021" or "2021": exactly as precise as the data. */
export function formatPartialDate(date: PartialDate): string {
	return format(asLocalCalendarDate(date), PATTERN[date.precision]);
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
		const local = asLocalCalendarDate(date);
		if (date.precision === 'day' && date.month === end.month) {
			return `${prefix}${format(local, 'd')}–${formatPartialDate(end)}`;
		}
		const head = date.precision === 'day' ? format(local, 'd MMMM') : format(local, 'MMMM');
		return `${prefix}${head} – ${formatPartialDate(end)}`;
	}
	return `${prefix}${formatPartialDate(date)} – ${formatPartialDate(end)}`;
}

/** Formats a UTC instant's calendar fields with a date-fns pattern, whatever the reader's time zone. */
export function formatUtc(instant: Date, pattern: string): string {
	const local = new Date(0);
	local.setFullYear(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate());
	local.setHours(0, 0, 0, 0);
	return format(local, pattern);
}
