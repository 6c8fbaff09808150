import { CLUSTER_WIDTH_PX, MARK_GAP_PX } from './geometry.ts';
import { LABEL_CHAR_PX, LABEL_PADDING_PX } from './labelWidth.ts';
import { FLIPPED_DOT_PX, type Cluster, type MarkLayout } from './layoutMarks.ts';
import type { PixelColumns } from './markColumns.ts';
import type { TimelineItem } from './timelineItems.ts';

// Here rather than in labelWidth.ts: only the live timeline and the build widen labels,
// and labelWidth.ts is in the first view's code.

/** Widest a label may grow where its lane leaves room (see placeMarks): about sixty characters. */
export const LABEL_ROOM_MAX_PX = 440;

/** The whole title's width, up to LABEL_ROOM_MAX_PX: what a label shows where its lane has room. */
export function estimateFullLabelWidth(text: string): number {
	return Math.min(LABEL_ROOM_MAX_PX, Math.ceil(text.length * LABEL_CHAR_PX) + LABEL_PADDING_PX);
}

/** The view's zoom transform as d3-zoom holds it, x only. */
export interface ZoomTransform {
	k: number;
	x: number;
}

/** A mark in view: where its label and bar go, in pixels from the view's left. */
export interface PlacedMark {
	/** Index into the items. */
	index: number;
	item: TimelineItem;
	lane: number;
	/** Where the mark starts, which may be left of the view for a period. */
	x0: number;
	labelX: number;
	/** The label's width: its estimate, or less where a period's slot is running out of view. */
	labelRoom: number;
	/** Label drawn to the left of its mark, at the end of the timeline; dotFromRight is the point's offset from the label's right. */
	flipped: boolean;
	dotFromRight: number;
	bar: { x: number; width: number } | null;
}

/** A cluster badge in view. */
export interface PlacedCluster {
	cluster: Cluster;
	/** Index into the layout's clusters. */
	index: number;
	x: number;
}

/**
 * Where each laid-out mark lands at transform `t` in a view `widthPx` wide, given
 * the layout made at zoom `layoutK` (see layoutZoomLevel) from `columns`. Marks
 * out of view are left out. One function for the live timeline and for the
 * build's sketch of it (sketch.ts), so that the two cannot drift apart.
 */
export function placeMarks(
	items: readonly TimelineItem[],
	columns: PixelColumns,
	layout: MarkLayout,
	layoutK: number,
	t: ZoomTransform,
	widthPx: number
): PlacedMark[] {
	const { k, x: tx } = t;
	const placed: PlacedMark[] = [];
	const dotPx = (FLIPPED_DOT_PX * k) / layoutK;
	for (const { index, lane, flipped } of layout.marks) {
		const item = items[index];
		const x0 = columns.start[index] * k + tx;
		const barWidth = (columns.end[index] - columns.start[index]) * k;
		const reach = Math.max(barWidth, item.labelWidth);
		if (x0 + reach < 0 || x0 - item.labelWidth > widthPx) continue;
		let labelX: number;
		let dotFromRight = 0;
		let labelRoom = item.labelWidth;
		if (flipped) {
			const right = Math.max(x0 + barWidth, x0 + dotPx);
			labelX = right - item.labelWidth;
			dotFromRight = right - x0;
		} else {
			// A period that began off-screen keeps its label in view, shortened to what
			// is left of its own lane slot.
			labelX = Math.max(x0, 0);
			labelRoom = Math.min(item.labelWidth, x0 + reach - labelX);
		}
		if (labelX > widthPx || labelX + item.labelWidth < 0) continue;
		// A point whose dot has left the view takes its label with it rather than show a stub.
		if (item.shape === 'point' && (x0 < 0 || x0 > widthPx)) continue;
		const bar =
			item.shape === 'point'
				? null
				: { x: Math.max(x0, -4), width: Math.min(x0 + barWidth, widthPx + 4) - Math.max(x0, -4) };
		placed.push({ index, item, lane, x0, labelX, labelRoom, flipped, dotFromRight, bar });
	}
	widenLabels(placed, widthPx);
	return placed;
}

/**
 * Lets a label show more of its title where its lane has room: up to the next
 * mark in the lane (or the view's edge), never past the whole title. The layout
 * keeps labels to an estimate of about 25 characters so that it can pack them;
 * once placed, most have room to say more. A period's label held at the view's
 * left edge (see placeMarks) is cut where the next label in its lane begins:
 * the layout placed that one after the period's start, not after the edge.
 * Flipped labels keep their width.
 */
function widenLabels(placed: PlacedMark[], widthPx: number) {
	const byLane = new Map<number, PlacedMark[]>();
	for (const mark of placed) {
		const lane = byLane.get(mark.lane);
		if (lane) lane.push(mark);
		else byLane.set(mark.lane, [mark]);
	}
	for (const lane of byLane.values()) {
		lane.sort((a, b) => a.labelX - b.labelX);
		lane.forEach((mark, i) => {
			if (mark.flipped) return;
			const next = lane[i + 1];
			const limit = next
				? next.labelX - MARK_GAP_PX - mark.labelX
				: Math.max(widthPx - mark.labelX, mark.labelRoom);
			const atEstimate = mark.labelRoom >= mark.item.labelWidth - 0.5;
			const wanted = atEstimate ? estimateFullLabelWidth(mark.item.title) : mark.labelRoom;
			mark.labelRoom = Math.min(wanted, limit);
		});
	}
}

/** The cluster badges in view at transform `t` (see placeMarks), any part of them showing. */
export function placeClusters(
	layout: MarkLayout,
	layoutK: number,
	t: ZoomTransform,
	widthPx: number
): PlacedCluster[] {
	const placed: PlacedCluster[] = [];
	layout.clusters.forEach((cluster, index) => {
		// Layout works in pixels at zoom layoutK: scale back to the view's zoom.
		const x = (cluster.x / layoutK) * t.k + t.x;
		if (x + CLUSTER_WIDTH_PX >= 0 && x <= widthPx) placed.push({ cluster, index, x });
	});
	return placed;
}
