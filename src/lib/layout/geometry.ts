/**
 * The timeline's drawing sizes, shared by the live timeline and the sketch of it
 * that the prerendered page carries (sketch.ts), so that both place marks alike.
 */
export const LANE_PX = 30;
export const AXIS_PX = 42;
export const CLUSTER_ROW_PX = 30;
/** Pixels a cluster badge takes, gap included. */
export const CLUSTER_WIDTH_PX = 52;
/** A badge's own width, the same for every count, leaving a gap to the next. */
export const BADGE_PX = CLUSTER_WIDTH_PX - 6;
/** Minimum pixels between two marks in a lane. */
export const MARK_GAP_PX = 10;
/** Below this width the timeline has three lanes, from it five. */
export const WIDE_PX = 600;

export function lanesFor(width: number): number {
	return width < WIDE_PX ? 3 : 5;
}

export function surfaceHeight(lanes: number): number {
	return AXIS_PX + lanes * LANE_PX + CLUSTER_ROW_PX + 6;
}

/**
 * A cluster badge's text: it must fit BADGE_PX, so thousands are rounded down
 * ("+1k" for 1,045): four characters up to 99,999, five beyond (drawn smaller).
 * The badge's accessible name has the exact count.
 */
export function clusterLabel(count: number): string {
	return count < 1000 ? `+${count}` : `+${Math.floor(count / 1000)}k`;
}

/** The top of a lane; the row below the last lane holds the clusters. */
export function laneY(lane: number): number {
	return AXIS_PX + 6 + lane * LANE_PX;
}
