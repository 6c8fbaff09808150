import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { formatUtc, type DateStyle } from './formatDate.ts';

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
}

export interface Ticks {
	level: string;
	minor: Tick[];
	major: MajorTick[];
}

/**
 * Two-tier ticks for the visible part of a time scale: minor ticks (days, months,
 * years…) whose labels fit between them, and the enclosing unit above them
 * (months over days, years over months). Major labels that would collide with the
 * next are dropped, so no label ever overlaps another.
 */
export function chooseTicks(scale: ScaleTime<number, number>): Ticks {
	const [from, to] = scale.domain();
	const [x0, x1] = scale.range();
	const width = x1 - x0;
	const span = to.getTime() - from.getTime();
	if (!(span > 0) || !(width > 0)) return { level: 'none', minor: [], major: [] };
	const level = chooseTickLevel(width / span);

	const minorWidth = tickLabelWidth(level.labelChars);
	const minor = level.interval
		.range(level.interval.floor(from), to)
		.filter((date) => date >= from)
		.map((date) => {
			const x = scale(date);
			// A label that would run past the right edge is left off rather than cut.
			const label = x + LABEL_INSET_PX + minorWidth <= x1 ? tickLabel(date, level.style) : '';
			return { date, x, label };
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
			major.push({ date, x, label, labelX });
		});
	}
	return { level: level.name, minor, major };
}
