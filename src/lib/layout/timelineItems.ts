import type { StoryEvent } from '../story/types.ts';
import { formatEventDate } from '../time/formatDate.ts';
import { estimateLabelWidth } from './labelWidth.ts';
import { markExtent, type MarkShape } from './markExtent.ts';

/** What the timeline needs of an event: computed once per story, not per frame. */
export interface TimelineItem {
	id: string;
	title: string;
	/** The date exactly as the card shows it. */
	dateLabel: string;
	/** UTC milliseconds; `end` is exclusive. */
	start: number;
	end: number;
	shape: MarkShape;
	approximate: boolean;
	labelWidth: number;
}

export function timelineItems(events: readonly StoryEvent[]): TimelineItem[] {
	return events.map((event) => {
		const extent = markExtent(event);
		let dateLabel: string | undefined;
		return {
			id: event.id,
			title: event.title,
			// Formatted when a mark is first drawn: a large story has thousands never seen.
			get dateLabel() {
				return (dateLabel ??= formatEventDate(event.date, event.end, event.approximate));
			},
			...extent,
			approximate: event.approximate,
			labelWidth: estimateLabelWidth(event.title)
		};
	});
}

/** The accessible name of a mark: "<title>, <date as shown>". */
export function markName(item: Pick<TimelineItem, 'title' | 'dateLabel'>): string {
	return `${item.title}, ${item.dateLabel}`;
}

/** How many items overlap [from, to). Items are sorted by start. */
export function countInRange(items: readonly TimelineItem[], from: number, to: number): number {
	let count = 0;
	for (const item of items) {
		if (item.start >= to) break;
		if (item.end > from) count++;
	}
	return count;
}
