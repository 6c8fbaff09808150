import { timeInterval, type CountableTimeInterval } from 'd3-time';
import { endMs, startMs, type PartialDate } from './partialDate.ts';

/**
 * A second calendar beside the Gregorian one: the Solar Hijri calendar of Iran and
 * Afghanistan, or the Umm al-Qura Hijri calendar. The conversion is the browser's
 * own (`Intl`, ICU's 33-year leap rule, which gets 1403 right where many libraries
 * do not); nothing here converts by arithmetic. Always in UTC, as the rest of the
 * time code.
 */
export type SecondaryCalendar = 'persian' | 'islamic-umalqura';

/**
 * Whose month names: Iran's (fa-IR), Afghanistan's (fa-AF: Hamal … Hut), or English
 * transliterations. Each is also the language tag of the words it gives, for their `lang`.
 */
export type MonthNames = 'fa-IR' | 'fa-AF' | 'en';

export interface CalendarChoice {
	secondary: SecondaryCalendar;
	monthNames: MonthNames;
}

const DAY = 86_400_000;

/** Formatters by locale and calendar: making one is far slower than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, calendar: SecondaryCalendar, options: Intl.DateTimeFormatOptions) {
	const key = `${locale}|${calendar}|${JSON.stringify(options)}`;
	let made = formatters.get(key);
	if (!made) {
		made = new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, { ...options, timeZone: 'UTC' });
		formatters.set(key, made);
	}
	return made;
}

/** A day's year, month and day in the calendar, as numbers. */
export function calendarParts(instant: Date, calendar: SecondaryCalendar) {
	const parts = formatter('en', calendar, {
		year: 'numeric',
		month: 'numeric',
		day: 'numeric'
	}).formatToParts(instant);
	const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	return { year: value('year'), month: value('month'), day: value('day') };
}

/** The day, month name and year as words in the chosen names and digits (fa: Persian digits). */
function words(instant: Date, choice: CalendarChoice) {
	const parts = formatter(choice.monthNames, choice.secondary, {
		year: 'numeric',
		month: 'long',
		day: 'numeric'
	}).formatToParts(instant);
	const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
	return { day: value('day'), month: value('month'), year: value('year') };
}

/** The first instant of the calendar month a day falls in: that day less its day of the month. */
function monthFloor(calendar: SecondaryCalendar) {
	return (date: Date) => {
		const day = Math.floor(date.getTime() / DAY) * DAY;
		date.setTime(day - (calendarParts(new Date(day), calendar).day - 1) * DAY);
	};
}

/**
 * An interval's offset, one period at a time: forward by `ahead` days (inside the
 * next period, whatever its length) or back a day, then to that period's first day.
 */
function stepping(floor: (date: Date) => void, ahead: number) {
	return (date: Date, step: number) => {
		for (let i = 0; i < Math.abs(step); i++) {
			date.setTime(date.getTime() + (step > 0 ? ahead * DAY : -DAY));
			floor(date);
		}
	};
}

/** Months since the calendar's year 0: what `count` and `every` need. */
function monthNumber(date: Date, calendar: SecondaryCalendar): number {
	const { year, month } = calendarParts(date, calendar);
	return year * 12 + month - 1;
}

/**
 * The calendar's months as a d3-time interval (its `range` gives every month start
 * in a window, `every(3)` the quarters from the year's first month), for the axis's
 * second row of ticks. No month of either calendar is longer than 31 days or
 * shorter than 29, so 31 days on from a month's first day is always inside the next
 * month.
 */
export function calendarMonth(calendar: SecondaryCalendar): CountableTimeInterval {
	const floor = monthFloor(calendar);
	return timeInterval(
		floor,
		stepping(floor, 31),
		(start, end) => monthNumber(end, calendar) - monthNumber(start, calendar),
		(date) => calendarParts(date, calendar).month - 1
	);
}

/** The calendar's years as a d3-time interval: back month by month to its first. `every(10)` gives decades. */
export function calendarYear(calendar: SecondaryCalendar): CountableTimeInterval {
	const floor = monthFloor(calendar);
	const yearFloor = (date: Date) => {
		floor(date);
		while (calendarParts(date, calendar).month !== 1) {
			date.setTime(date.getTime() - DAY);
			floor(date);
		}
	};
	const year = (date: Date) => calendarParts(date, calendar).year;
	return timeInterval(yearFloor, stepping(yearFloor, 370), (start, end) => year(end) - year(start), year);
}

/** A month's name in the chosen names ("Mordad", "مرداد", "اسد"), for the axis. */
export function calendarMonthName(instant: Date, choice: CalendarChoice): string {
	return words(instant, choice).month;
}

/** A year's number in the chosen digits ("1400", "۱۴۰۰"), for the axis. */
export function calendarYearName(instant: Date, choice: CalendarChoice): string {
	return words(instant, choice).year;
}

/**
 * A Gregorian period in the second calendar, at the same precision, both ends worked
 * out apart (`formatRange` in Persian locales collapses August 2021 to one month):
 * a day is one day ("24 Mordad 1400"), a month the one or two months it overlaps
 * ("Mordad–Shahrivar 1400", "Esfand 1399–Farvardin 1400"), a year the two years it
 * overlaps ("1399–1400").
 */
export function formatInCalendar(date: PartialDate, choice: CalendarChoice): string {
	const first = new Date(startMs(date));
	const last = new Date(endMs(date) - DAY);
	const a = words(first, choice);
	if (date.precision === 'day') return `${a.day} ${a.month} ${a.year}`;
	const b = words(last, choice);
	if (date.precision === 'year') return a.year === b.year ? a.year : `${a.year}–${b.year}`;
	if (a.year !== b.year) return `${a.month} ${a.year}–${b.month} ${b.year}`;
	return a.month === b.month ? `${a.month} ${a.year}` : `${a.month}–${b.month} ${a.year}`;
}

/**
 * An event's date in the second calendar, as formatEventDate says it in the Gregorian:
 * approximate stays approximate ("c."), "before" stays before, a span gives both ends.
 */
export function formatEventInCalendar(
	date: PartialDate,
	choice: CalendarChoice,
	end?: PartialDate,
	approximate = false,
	before = false
): string {
	if (before) return `before ${formatInCalendar(date, choice)}`;
	const prefix = approximate ? 'c. ' : '';
	if (!end || end.text === date.text) return prefix + formatInCalendar(date, choice);
	if (date.precision === 'day' && end.precision === 'day') {
		// As the Gregorian says "1–25 August 2022": the month and year once where both ends share them.
		const a = words(new Date(startMs(date)), choice);
		const b = words(new Date(startMs(end)), choice);
		if (a.year === b.year && a.month === b.month) return `${prefix}${a.day}–${b.day} ${b.month} ${b.year}`;
		if (a.year === b.year) return `${prefix}${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
	}
	return `${prefix}${formatInCalendar(date, choice)} – ${formatInCalendar(end, choice)}`;
}
