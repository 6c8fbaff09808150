import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { formatUtc, type DateStyle } from './formatDate.ts';
import { UNFOLDED_PX, type AxisPart } from './foldedAxis.ts';

const DAY = 86_400_000;

/**
 * One rung of the tick ladder: a minor interval with its label, and the larger
 * calendar unit whose labels form the upper tier.
 */
interface TickLevel {
	name: string;
	interval: TimeInterval;
	/** Typical length of one interval, to judge the spacing in pixels before generating ticks. */
	approxMs: number;
	/** How the minor labels are written. */
	style: TickStyle;
	/** Characters in the widest minor label, for the spacing check. */
	labelChars: number;
	major?: { interval: CountableTimeInterval; style: TickStyle };
}

/** A date style, or "2020s" for a decade. */
type TickStyle = DateStyle | 'decade';

const months = { interval: utcMonth, style: 'month' } as const;
const years = { interval: utcYear, style: 'year' } as const;
const decades = { interval: utcYear.every(10) as CountableTimeInterval, style: 'decade' } as const;

/** From finest to coarsest; chooseTicks takes the finest whose labels fit. */
export const TICK_LEVELS: TickLevel[] = [
	{ name: 'day', interval: utcDay, approxMs: DAY, style: 'dayOfMonth', labelChars: 2, major: months },
	{
		name: '2 days',
		interval: utcDay.every(2)!,
		approxMs: 2 * DAY,
		style: 'dayOfMonth',
		labelChars: 2,
		major: months
	},
	{ name: 'week', interval: utcMonday, approxMs: 7 * DAY, style: 'dayOfMonth', labelChars: 2, major: months },
	{
		name: 'month',
		interval: utcMonth,
		approxMs: 30.4 * DAY,
		style: 'shortMonth',
		labelChars: 3,
		major: years
	},
	{
		name: 'quarter',
		interval: utcMonth.every(3)!,
		approxMs: 91.3 * DAY,
		style: 'shortMonth',
		labelChars: 3,
		major: years
	},
	{ name: 'year', interval: utcYear, approxMs: 365.25 * DAY, style: 'year', labelChars: 4, major: decades },
	{ name: '2 years', interval: utcYear.every(2)!, approxMs: 730.5 * DAY, style: 'year', labelChars: 4 },
	{ name: '5 years', interval: utcYear.every(5)!, approxMs: 1826 * DAY, style: 'year', labelChars: 4 },
	{ name: '10 years', interval: utcYear.every(10)!, approxMs: 3652 * DAY, style: 'year', labelChars: 4 },
	{ name: '50 years', interval: utcYear.every(50)!, approxMs: 18262 * DAY, style: 'year', labelChars: 4 },
	{ name: '100 years', interval: utcYear.every(100)!, approxMs: 36525 * DAY, style: 'year', labelChars: 4 }
];

/** Axis labels are 12px; this over-estimates a character so that labels never touch. */
export const AXIS_CHAR_PX = 7.5;
const LABEL_GAP_PX = 10;
/** Labels start this far right of their tick line. */
export const LABEL_INSET_PX = 4;

/**
 * Labels by date and style: a pan redraws the same ticks every frame, and
 * formatting them again each time would be work that does not change.
 */
const labelCache = new Map<string, string>();
function tickLabel(date: Date, style: TickStyle): string {
	const key = `${date.getTime()}|${style}`;
	let label = labelCache.get(key);
	if (label === undefined) {
		if (labelCache.size > 5000) labelCache.clear();
		label = style === 'decade' ? `${formatUtc(date, 'year')}s` : formatUtc(date, style);
		labelCache.set(key, label);
	}
	return label;
}

export function tickLabelWidth(chars: number): number {
	return chars * AXIS_CHAR_PX;
}

/** The finest level whose labels fit between their ticks at this many pixels per millisecond. */
export function chooseTickLevel(pxPerMs: number): TickLevel {
	return (
		TICK_LEVELS.find(
			(level) =>
				level.approxMs * pxPerMs * minSpacingFactor(level) >= tickLabelWidth(level.labelChars) + LABEL_GAP_PX
		) ?? TICK_LEVELS[TICK_LEVELS.length - 1]
	);
}

/** Weeks and months vary in length: judge them by their shortest member. */
function minSpacingFactor(level: TickLevel): number {
	if (level.name === 'month') return 28 / 30.4;
	if (level.name === 'quarter') return 89 / 91.3;
	if (level.name === 'day' || level.name === '2 days' || level.name === 'week') return 1;
	return 365 / 365.25;
}

export interface Tick {
	date: Date;
	x: number;
	label: string;
}

export interface MajorTick extends Tick {
	/** Where the label is drawn: held at the left edge while its period is in view, as a running head. */
	labelX: number;
	/** The period starts within its part of the axis, so its line is drawn (a held label's start may be in another part). */
	line: boolean;
}

export interface Ticks {
	level: string;
	minor: Tick[];
	major: MajorTick[];
}

/**
 * Ticks for the axis in view, part by part: each part of a compact axis gets
 * the ticks its own spacing allows, and a fold drawn as a break gets none.
 */
export function chooseAxisTicks(parts: readonly AxisPart[]): Ticks {
	const all: Ticks = { level: 'none', minor: [], major: [] };
	for (const part of parts) {
		if (part.fold && part.x1 - part.x0 < UNFOLDED_PX) continue;
		const ticks = chooseTicks(part);
		if (all.level === 'none' || !part.fold) all.level = ticks.level;
		all.minor.push(...ticks.minor);
		all.major.push(...ticks.major);
	}
	return all;
}

/**
 * Two-tier ticks for one linear part of the axis: minor ticks (days, months,
 * years…) whose labels fit between them, and the enclosing unit above them
 * (months over days, years over months). Major labels that would collide with the
 * next are dropped, so no label ever overlaps another.
 */
export function chooseTicks(part: Omit<AxisPart, 'fold'>): Ticks {
	const { x0, x1 } = part;
	const from = new Date(part.from);
	const to = new Date(part.to);
	const width = x1 - x0;
	const span = part.to - part.from;
	if (!(span > 0) || !(width > 0)) return { level: 'none', minor: [], major: [] };
	const level = chooseTickLevel(width / span);
	const scale = (date: Date) => x0 + ((date.getTime() - part.from) / span) * width;

	const minorWidth = tickLabelWidth(level.labelChars);
	const dates = level.interval.range(level.interval.floor(from), to).filter((date) => date >= from);
	const minor = dates.map((date, index) => {
		const x = scale(date);
		// Every other day counts from each month's 1st (d3-time's `every`), so the 31st
		// sits a day before the 1st: a label that would run into the next one is left
		// off, as is one that would run past the right edge, rather than cut.
		const next = index + 1 < dates.length ? scale(dates[index + 1]) : Infinity;
		const fits = x + LABEL_INSET_PX + minorWidth <= Math.min(x1, next - LABEL_GAP_PX / 2);
		return { date, x, label: fits ? tickLabel(date, level.style) : '' };
	});

	const major: MajorTick[] = [];
	if (level.major) {
		const starts = level.major.interval.range(level.major.interval.floor(from), to);
		starts.forEach((date, index) => {
			const label = tickLabel(date, level.major!.style);
			const x = scale(date);
			const next = starts[index + 1] ? scale(starts[index + 1]) : Infinity;
			const labelWidth = tickLabelWidth(label.length);
			// Sticky: the period that began off-screen keeps its label at the left edge
			// until the next period's label pushes it out.
			const labelX = Math.min(Math.max(x, x0), next - labelWidth - LABEL_GAP_PX);
			if (labelX < x0 - 0.5 || labelX + LABEL_INSET_PX + labelWidth > x1) return;
			major.push({ date, x, label, labelX, line: x >= x0 - 0.5 });
		});
	}
	return { level: level.name, minor, major };
}
