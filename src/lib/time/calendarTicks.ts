import type { TimeInterval } from 'd3-time';
import {
	calendarMonth,
	calendarMonthName,
	calendarParts,
	calendarYear,
	calendarYearName,
	type CalendarChoice
} from './calendar.ts';
import { UNFOLDED_PX, type AxisPart } from './foldedAxis.ts';
import { LABEL_INSET_PX, tickLabelWidth } from './ticks.ts';

const DAY = 86_400_000;
const LABEL_GAP_PX = 10;

/** A tick of the axis's second row: where one of the calendar's months or years begins. */
export interface CalendarTick {
	date: Date;
	x: number;
	/** Empty where the label would run into the next one or out of the view. */
	label: string;
	/** The calendar's year begins here (Farvardin 1, Muharram 1): drawn longer. */
	yearStart: boolean;
	/**
	 * False for the period that began before the part: its label is held at the
	 * part's left edge, as a running head, and it has no line of its own.
	 */
	line: boolean;
}

interface CalendarLevel {
	name: string;
	interval: TimeInterval;
	/** The shortest member, to judge the spacing before generating ticks. */
	minDays: number;
	unit: 'month' | 'year';
}

/** From finest to coarsest, as the Gregorian row's ladder (see ticks.ts). */
function calendarLevels(choice: CalendarChoice): CalendarLevel[] {
	const month = calendarMonth(choice.secondary);
	const year = calendarYear(choice.secondary);
	// A Hijri year is 354 or 355 days; a Solar Hijri one 365 or 366.
	const yearDays = choice.secondary === 'persian' ? 365 : 354;
	return [
		{ name: 'month', interval: month, minDays: 29, unit: 'month' },
		{ name: 'quarter', interval: month.every(3)!, minDays: 88, unit: 'month' },
		{ name: 'year', interval: year, minDays: yearDays, unit: 'year' },
		...[2, 5, 10, 50, 100].map((step) => ({
			name: `${step} years`,
			interval: year.every(step)!,
			minDays: yearDays * step,
			unit: 'year' as const
		}))
	];
}

/** Levels and month names by calendar and names: made once, then every frame of a pan reuses them. */
const cache = new Map<string, { levels: CalendarLevel[]; monthChars: number }>();
function ladder(choice: CalendarChoice) {
	const key = `${choice.secondary}|${choice.monthNames}`;
	let made = cache.get(key);
	if (!made) {
		// The longest month name of a year ("Ordibehesht"), for the spacing check.
		const months = calendarMonth(choice.secondary).range(
			new Date(Date.UTC(2021, 0, 1)),
			new Date(Date.UTC(2022, 0, 1))
		);
		const monthChars = Math.max(...months.map((date) => calendarMonthName(date, choice).length));
		made = { levels: calendarLevels(choice), monthChars };
		cache.set(key, made);
	}
	return made;
}

/**
 * The second calendar's month and year starts for the axis in view, part by part
 * like the Gregorian ticks (a fold drawn as a break gets none). The boundaries
 * are the calendar's own, from `Intl` (calendar.ts), never shifted Gregorian
 * months. Months are named ("Mordad"), with the year where one begins and on the
 * first label in view ("Shahrivar 1400"); years are numbered. A label that would
 * run into the next or past the view's edge is shortened to the month's name, or
 * left off: no two labels ever overlap.
 */
export function chooseCalendarTicks(parts: readonly AxisPart[], choice: CalendarChoice): CalendarTick[] {
	const ticks: CalendarTick[] = [];
	for (const part of parts) {
		if (part.fold && part.x1 - part.x0 < UNFOLDED_PX) continue;
		ticks.push(...partTicks(part, choice));
	}
	return ticks;
}

/**
 * A boundary's month name, year and whether a year begins there, by date and
 * calendar: a pan draws the same boundaries every frame, and asking `Intl` again
 * each time would be work that does not change (as ticks.ts caches its labels).
 */
const namesCache = new Map<string, { month: string; year: string; yearStart: boolean }>();
function names(date: Date, choice: CalendarChoice) {
	const key = `${date.getTime()}|${choice.secondary}|${choice.monthNames}`;
	let found = namesCache.get(key);
	if (!found) {
		if (namesCache.size > 5000) namesCache.clear();
		found = {
			month: calendarMonthName(date, choice),
			year: calendarYearName(date, choice),
			yearStart: calendarParts(date, choice.secondary).month === 1
		};
		namesCache.set(key, found);
	}
	return found;
}

function partTicks(part: AxisPart, choice: CalendarChoice): CalendarTick[] {
	const { x0, x1, from, to } = part;
	const span = to - from;
	const width = x1 - x0;
	if (!(span > 0) || !(width > 0)) return [];
	const { levels, monthChars } = ladder(choice);
	const pxPerMs = width / span;
	const fits = (level: CalendarLevel) =>
		level.minDays * DAY * pxPerMs >= tickLabelWidth(level.unit === 'month' ? monthChars : 4) + LABEL_GAP_PX;
	const level = levels.find(fits) ?? levels[levels.length - 1];
	const scale = (date: Date) => x0 + ((date.getTime() - from) / span) * width;

	// From the part's start: a tick before it would be drawn in the part to its left.
	const dates = level.interval.range(new Date(from), new Date(to));
	const ticks: CalendarTick[] = [];
	/** The label that fits before `next`: the long one (with the year), else the short one, else none. */
	const fitting = (x: number, next: number, long: string, short: string) => {
		const room = Math.min(x1, next - LABEL_GAP_PX / 2) - (x + LABEL_INSET_PX);
		if (tickLabelWidth(long.length) <= room) return long;
		return tickLabelWidth(short.length) <= room ? short : '';
	};
	// The period in view at the left edge, named there while its start is out of view.
	const held = level.interval.floor(new Date(from));
	if (held.getTime() < from) {
		const next = dates.length ? scale(dates[0]) : Infinity;
		const { month, year } = names(held, choice);
		const label = fitting(x0, next, level.unit === 'year' ? year : `${month} ${year}`, '');
		if (label) ticks.push({ date: held, x: x0, label, yearStart: false, line: false });
	}
	let labelled = ticks.length > 0;
	dates.forEach((date, index) => {
		const x = scale(date);
		const { month, year, yearStart } = names(date, choice);
		const next = index + 1 < dates.length ? scale(dates[index + 1]) : Infinity;
		// A month carries its year where the year changes, and once at the left so the row always says which.
		const label =
			level.unit === 'year'
				? fitting(x, next, year, '')
				: fitting(x, next, yearStart || !labelled ? `${month} ${year}` : month, month);
		if (label) labelled = true;
		ticks.push({ date, x, label, yearStart, line: true });
	});
	return ticks;
}
