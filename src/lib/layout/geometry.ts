/**
 * The timeline's drawing sizes, shared by the live timeline and the sketch of it
 * that the prerendered page carries (sketch.ts), so that both place marks alike.
 */
/** A mark's 26 px target, its text at the top and a bar under it (see BAR_TOP_PX). */
export const LANE_PX = 26;
/** The Gregorian rows of the axis, down to its baseline. */
export const AXIS_PX = 42;
/**
 * The row under the baseline where a story with a second calendar gives its months
 * and years. Kept while the reader hides that row, so that hiding it moves nothing.
 */
export const CALENDAR_ROW_PX = 18;

/** Where the marks' area begins: under the axis, and under the second calendar's row where the story has one. */
export function axisHeight(calendarRow: boolean): number {
	return AXIS_PX + (calendarRow ? CALENDAR_ROW_PX : 0);
}
export const CLUSTER_ROW_PX = 30;
/** Pixels a cluster badge takes, gap included. */
export const CLUSTER_WIDTH_PX = 52;
/** A badge's own width, the same for every count, leaving a gap to the next. */
export const BADGE_PX = CLUSTER_WIDTH_PX - 6;
/** Minimum pixels between two marks in a lane. */
export const MARK_GAP_PX = 10;
/** Below this width the timeline is laid out for a phone. */
export const WIDE_PX = 600;

/**
 * Lanes for a view this wide. The whole of a bursty story must show most of its
 * events by title at first sight: a phone's narrow view has room for about one
 * label per lane where the events crowd, so it gets more lanes, not fewer.
 */
export function lanesFor(width: number): number {
	return width < WIDE_PX ? 8 : 7;
}

export function surfaceHeight(lanes: number, axis = AXIS_PX): number {
	return axis + lanes * LANE_PX + CLUSTER_ROW_PX + 6;
}

/**
 * A cluster badge's text: it must fit BADGE_PX, so thousands are rounded down
 * ("+1k" for 1,045): four characters up to 99,999, five beyond (drawn smaller).
 * The badge's accessible name has the exact count.
 */
export function clusterLabel(count: number): string {
	return count < 1000 ? `+${count}` : `+${Math.floor(count / 1000)}k`;
}

/** Where a period's or span's bar runs in its lane: under the labels, which may sit above it (see stackLanes). */
export const BAR_TOP_PX = 20;

/** The top of a lane; the row below the last lane holds the clusters. */
export function laneY(lane: number, axis = AXIS_PX): number {
	return axis + 6 + lane * LANE_PX;
}

/** The overview strip's height, live or sketched. */
export const OVERVIEW_HEIGHT = 34;
