/** How precisely a date is known: the grammar `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type Precision = 'year' | 'month' | 'day';

/**
 * A calendar date known only as precisely as its source allows. "2021-08" is
 * August 2021 as a whole, never 1 August: the precision travels with the value
 * all the way to the screen.
 */
export interface PartialDate {
	/** The date exactly as written in the story file. */
	text: string;
	precision: Precision;
	year: number;
	/** 1–12, present for month and day precision. */
	month?: number;
	/** 1–31, present for day precision. */
	day?: number;
}

export type ParseResult = { ok: true; date: PartialDate } | { ok: false; reason: string };

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const GRAMMAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
	const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. The reason on failure is written
 * for a story author ("month 13", "30 February 2023 does not exist").
 */
export function parsePartialDate(text: string): ParseResult {
	const match = GRAMMAR.exec(text);
	if (!match) return { ok: false, reason: 'expected YYYY, YYYY-MM or YYYY-MM-DD' };
	const year = Number(match[1]);
	if (year < 1) return { ok: false, reason: 'year 0000 does not exist' };
	if (match[2] === undefined) return { ok: true, date: { text, precision: 'year', year } };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return { ok: false, reason: `month ${match[2]}` };
	if (match[3] === undefined) return { ok: true, date: { text, precision: 'month', year, month } };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) {
		const monthName = MONTHS[month - 1];
		return {
			ok: false,
			reason: `day ${match[3]}: ${monthName} ${year} has ${daysInMonth(year, month)} days`
		};
	}
	return { ok: true, date: { text, precision: 'day', year, month, day } };
}

/** Parses a date the caller knows is valid (already validated); throws otherwise. */
export function partialDate(text: string): PartialDate {
	const result = parsePartialDate(text);
	if (!result.ok) throw new Error(`"${text}" is not a date: ${result.reason}`);
	return result.date;
}

/**
 * Midnight UTC of a calendar day, in ms; a day or month past the end rolls over
 * into the next month or year, as Date does. setUTCFullYear rather than Date.UTC,
 * which maps years 0–99 to 1900–1999; one Date reused, its time of day staying
 * midnight, because a large story turns a hundred thousand dates into instants.
 */
const midnight = new Date(0);
function utcMidnight(year: number, monthIndex: number, day: number): number {
	return midnight.setUTCFullYear(year, monthIndex, day);
}

/** The UTC instant at which the period begins (midnight of its first day), in ms. */
export function startMs(date: PartialDate): number {
	return utcMidnight(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The UTC instant just after the period ends (exclusive), in ms: the start of the next day, month or year. */
export function endMs(date: PartialDate): number {
	if (date.precision === 'year') return utcMidnight(date.year + 1, 0, 1);
	if (date.precision === 'month') return utcMidnight(date.year, date.month!, 1);
	return utcMidnight(date.year, date.month! - 1, date.day! + 1);
}

export function startOf(date: PartialDate): Date {
	return new Date(startMs(date));
}

export function endOf(date: PartialDate): Date {
	return new Date(endMs(date));
}

/** Orders partial dates by their start, then the wider period first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return startMs(a) - startMs(b) || endMs(b) - endMs(a);
}
