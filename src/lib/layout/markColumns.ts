import type { TimelineItem } from './timelineItems.ts';
import type { MarkColumns } from './layoutMarks.ts';

/** Every item's start and end in pixels at zoom 1, with its label's width: layoutMarks' input. */
export interface PixelColumns extends MarkColumns {
	start: Float64Array;
	end: Float64Array;
	labelWidth: Float64Array;
}

/**
 * Positions at zoom 1, once per story and width; each frame then only multiplies
 * and adds. One pass over the items: a large story's hundred thousand take tens
 * of milliseconds to walk before the code warms up. `px` maps UTC ms to pixels
 * at zoom 1 (see pixelsOf).
 */
export function markColumns(items: readonly TimelineItem[], px: (ms: number) => number): PixelColumns {
	const start = new Float64Array(items.length);
	const end = new Float64Array(items.length);
	const labelWidth = new Float64Array(items.length);
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		start[i] = px(item.start);
		end[i] = item.shape === 'point' ? start[i] : px(item.end);
		labelWidth[i] = item.labelWidth;
	}
	return { start, end, labelWidth };
}
