import type { StoryEvent } from '../story/types.ts';
import { estimateLabelWidth } from './labelWidth.ts';
import { markExtent, type MarkShape } from './markExtent.ts';
import { claimLabel } from '../story/claims.ts';

/** What the timeline needs of an event: computed once per story, not per frame. */
export interface TimelineItem {
	id: string;
	title: string;
	/** The date exactly as the card shows it, in the story's second calendar too. */
	dateLabel: string;
	/** UTC milliseconds; `end` is exclusive. */
	start: number;
	end: number;
	shape: MarkShape;
	approximate: boolean;
	/** Known only to have happened before its date: its dot points back. */
	before: boolean;
	labelWidth: number;
	/** "Reported by the article, unconfirmed", "Disputed", or null for a confirmed event. */
	claimLabel: string | null;
}

/**
 * One class rather than object literals with a getter each: a hundred thousand
 * items are made when a large story arrives, and instances of one class share
 * their shape and their getter.
 */
class EventItem implements TimelineItem {
	readonly id: string;
	readonly title: string;
	readonly start: number;
	readonly end: number;
	readonly shape: MarkShape;
	readonly approximate: boolean;
	readonly before: boolean;
	readonly labelWidth: number;
	readonly claimLabel: string | null;
	#event: StoryEvent;

	constructor(event: StoryEvent) {
		const extent = markExtent(event);
		this.id = event.id;
		this.title = event.title;
		this.start = extent.start;
		this.end = extent.end;
		this.shape = extent.shape;
		this.approximate = event.approximate;
		this.before = event.before;
		this.labelWidth = estimateLabelWidth(event.title);
		this.claimLabel = claimLabel(event);
		this.#event = event;
	}

	/** Joined when a mark is first named: a large story has thousands never seen. */
	get dateLabel(): string {
		return withCalendarDate(this.#event.dateText, this.#event);
	}
}

/** "15 August 2021 · 24 Mordad 1400": the Gregorian date, and the second calendar's where the story has one. */
export function withCalendarDate(date: string, event: Pick<StoryEvent, 'calendarDate'>): string {
	return event.calendarDate ? `${date} · ${event.calendarDate}` : date;
}

export function timelineItems(events: readonly StoryEvent[]): TimelineItem[] {
	return events.map((event) => new EventItem(event));
}

/** The accessible name of a mark: "<title>, <date as shown>", and how sure the story is where it is not. */
export function markName(item: Pick<TimelineItem, 'title' | 'dateLabel' | 'claimLabel'>): string {
	return `${item.title}, ${item.dateLabel}${item.claimLabel ? ` (${item.claimLabel})` : ''}`;
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
