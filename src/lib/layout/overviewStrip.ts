import { utcYear } from 'd3-time';
import { pixelsOf } from '../time/zoom.ts';
import type { AxisStops, Fold } from '../time/folds.ts';
import { foldsOf } from '../time/foldedAxis.ts';
import type { TimelineItem } from './timelineItems.ts';
import { OVERVIEW_HEIGHT } from './geometry.ts';

/** Above this many events a tick per event would be a smear: the strip draws their density instead. */
export const MAX_OVERVIEW_TICKS = 1500;

/**
 * The event ticks at `xs` as one path, each a line from the strip's top margin to
 * its foot: an element per event took a tenth of the time the live timeline needed
 * to draw a story of a thousand events (#21).
 */
export function ticksPath(xs: readonly number[], height = OVERVIEW_HEIGHT): string {
	return xs.map((x) => `M${Math.round(x * 10) / 10} 8V${height - 4}`).join('');
}

/** What the overview strip draws, in pixels of a strip `width` wide. */
export interface OverviewDrawing {
	/** The story's folds, where the axis is compact: drawn as breaks, with no year lines in them. */
	folds: (Fold & { x0: number; x1: number })[];
	years: { x: number; at: number }[];
	/** Where each event's tick is, in story order, or none for a large story, which has `density` instead. */
	ticks: number[];
	/** The density of a large story as one path of 2 px bars, one every 3 px: hundreds of elements cost frames to make. */
	density: string;
}

/**
 * The overview strip's drawing: the live strip's (OverviewStrip.svelte) and the
 * build's stand-in for it (sketch.ts), from one place. `stops`: the strip's own
 * axis, which folds as the view's does (see folds.ts).
 */
export function overviewDrawing(
	items: readonly TimelineItem[],
	domain: [Date, Date],
	stops: AxisStops,
	storyFolds: readonly Fold[],
	width: number,
	height = OVERVIEW_HEIGHT
): OverviewDrawing {
	const px = pixelsOf(stops);
	const folds = foldsOf(stops, storyFolds);
	const years = utcYear
		.range(utcYear.ceil(domain[0]), domain[1])
		.map((date) => date.getTime())
		.filter((at) => !folds.some((fold) => at > fold.from && at < fold.to))
		.map((at) => ({ x: px(at), at }));
	if (items.length <= MAX_OVERVIEW_TICKS) {
		return { folds, years, ticks: items.map((item) => px(item.start)), density: '' };
	}
	const columns = new Uint32Array(Math.ceil(width / 3));
	for (const item of items) {
		const column = Math.floor(px(item.start) / 3);
		if (column >= 0 && column < columns.length) columns[column]++;
	}
	const peak = Math.max(1, ...columns);
	let density = '';
	columns.forEach((count, i) => {
		if (!count) return;
		const h = 2 + (count / peak) * (height - 8);
		density += `M${i * 3} ${(height - 4 - h).toFixed(1)}h2v${h.toFixed(1)}h-2z`;
	});
	return { folds, years, ticks: [], density };
}
