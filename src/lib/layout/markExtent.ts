import { endMs, startMs } from '../time/partialDate.ts';
import type { StoryEvent } from '../story/types.ts';

/**
 * How a mark tells the truth about its date: a `point` is a known day; a
 * `period` is a date known only to its month or year, drawn across that whole
 * month or year; a `span` runs from `date` to the end of `end`.
 */
export type MarkShape = 'point' | 'period' | 'span';

export interface MarkExtent {
	/** UTC milliseconds, inclusive. */
	start: number;
	/** UTC milliseconds, exclusive: the end of the last day, month or year covered. */
	end: number;
	shape: MarkShape;
}

export function markExtent(event: Pick<StoryEvent, 'date' | 'end'>): MarkExtent {
	const start = startMs(event.date);
	if (event.end) return { start, end: endMs(event.end), shape: 'span' };
	return {
		start,
		end: endMs(event.date),
		shape: event.date.precision === 'day' ? 'point' : 'period'
	};
}
