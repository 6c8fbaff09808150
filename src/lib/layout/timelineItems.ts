import type { StoryEvent } from '../story/types.ts';
import { estimateLabelWidth } from './labelWidth.ts';
import { markExtent, type MarkShape } from './markExtent.ts';
import { CLAIM_LABELS, claimLabel } from '../story/claims.ts';

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
	constructor(
		readonly id: string,
		readonly title: string,
		readonly start: number,
		readonly end: number,
		readonly shape: MarkShape,
		readonly approximate: boolean,
		readonly before: boolean,
		readonly labelWidth: number,
		readonly claimLabel: string | null,
		/** The label itself (from a timeline row), or the event to join it from when first asked. */
		private readonly label: string | StoryEvent
	) {}

	/** Joined when a mark is first named: a large story has thousands never seen. */
	get dateLabel(): string {
		const label = this.label;
		return typeof label === 'string' ? label : withCalendarDate(label.dateText, label);
	}
}

function itemOf(event: StoryEvent): TimelineItem {
	const extent = markExtent(event);
	return new EventItem(
		event.id,
		event.title,
		extent.start,
		extent.end,
		extent.shape,
		event.approximate,
		event.before,
		estimateLabelWidth(event.title),
		claimLabel(event),
		event
	);
}

const SHAPES: readonly MarkShape[] = ['point', 'period', 'span'];

/**
 * An item as a large story's timeline index carries it (see getTimelineIndexPart):
 * what the marks need, ahead of the events' words, in a row rather than an object
 * and with the shape and the claim's label by their place in SHAPES and
 * CLAIM_LABELS (-1: none), so that a hundred thousand of them are under a third
 * of the bytes of their events. `approximate` and `before` are 1 or 0.
 */
export type TimelineRow = [
	id: string,
	title: string,
	start: number,
	end: number,
	shape: number,
	approximate: 0 | 1,
	before: 0 | 1,
	labelWidth: number,
	dateLabel: string,
	claimLabel: number
];

export function timelineRow(item: TimelineItem): TimelineRow {
	return [
		item.id,
		item.title,
		item.start,
		item.end,
		SHAPES.indexOf(item.shape),
		item.approximate ? 1 : 0,
		item.before ? 1 : 0,
		item.labelWidth,
		item.dateLabel,
		CLAIM_LABELS.indexOf(item.claimLabel as (typeof CLAIM_LABELS)[number])
	];
}

export function itemsOfRows(rows: readonly TimelineRow[]): TimelineItem[] {
	return rows.map(
		([id, title, start, end, shape, approximate, before, labelWidth, dateLabel, claim]) =>
			new EventItem(
				id,
				title,
				start,
				end,
				SHAPES[shape],
				approximate === 1,
				before === 1,
				labelWidth,
				claim === -1 ? null : CLAIM_LABELS[claim],
				dateLabel
			)
	);
}

/** "15 August 2021 · 24 Mordad 1400": the Gregorian date, and the second calendar's where the story has one. */
export function withCalendarDate(date: string, event: Pick<StoryEvent, 'calendarDate'>): string {
	return event.calendarDate ? `${date} · ${event.calendarDate}` : date;
}

export function timelineItems(events: readonly StoryEvent[]): TimelineItem[] {
	return events.map(itemOf);
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
