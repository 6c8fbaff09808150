import { error } from '@sveltejs/kit';
import { statSync } from 'node:fs';
import { readStoryFile, storyPath } from './loadStoryFile.ts';
import type { PictureFile } from './media.ts';
import type { Story, StoryEvent } from '../story/types.ts';
import { timelineItems, timelineRow, type TimelineItem, type TimelineRow } from '../layout/timelineItems.ts';
import { sketchTimeline } from '../layout/sketch.ts';
import { sketchHtml, type SketchHtml } from '../layout/sketchMarkup.ts';
import { contextRange, storyDomain } from '../time/domain.ts';
import { defaultScaleMode, findFolds, type Fold, type ScaleMode } from '../time/folds.ts';
import { actorCounts } from '../story/filter.ts';
import { yearPresets, type Preset } from '../time/presets.ts';

let cached:
	| {
			key: string;
			story: Story;
			index: Map<string, number>;
			pictures: Map<string, PictureFile>;
			timeline?: {
				items: TimelineItem[];
				domain: [Date, Date];
				folds: Fold[];
				scale: ScaleMode;
				home?: SketchHtml;
				presets?: Preset[];
			};
			counts?: Record<string, number>;
	  }
	| undefined;

/**
 * The validated story for the pages' load functions, read once per build (every
 * prerendered page asks for it) and again in dev whenever the file changes. The
 * Vite plugin has already stopped a build on a bad file; in dev the error page
 * lists the problems.
 */
export function getStory(): Story {
	return storyWithIndex().story;
}

function storyWithIndex() {
	const path = storyPath();
	let key = path;
	try {
		key = `${path}:${statSync(path).mtimeMs}`;
	} catch {
		// A missing file is reported by readStoryFile below.
	}
	if (cached?.key === key) return cached;
	const result = readStoryFile(path);
	if (!result.ok) {
		error(500, {
			message: `The story file ${result.file} is not valid.`,
			problems: result.problems
		});
	}
	const index = new Map(result.story.events.map((event, i) => [event.id, i]));
	cached = { key, story: result.story, index, pictures: result.pictures };
	return cached;
}

/** The story's pictures, each with the file it is made from (see server/media.ts). */
export function storyPictures(): Map<string, PictureFile> {
	return storyWithIndex().pictures;
}

/** The story's marks and the time it covers, worked out once per build. */
function storyTimeline() {
	const entry = storyWithIndex();
	if (!entry.timeline) {
		const items = timelineItems(entry.story.events);
		const folds = findFolds(items);
		entry.timeline = {
			items,
			domain: storyDomain(items),
			folds,
			scale: defaultScaleMode(entry.story.scale, folds)
		};
	}
	return entry.timeline;
}

/** The whole-story window of the zoom limits, UTC ms. */
export function getDomain(): [number, number] {
	const { domain } = storyTimeline();
	return [domain[0].getTime(), domain[1].getTime()];
}

/**
 * The stretches a compact axis folds, worked out by the build from every event
 * (a large story's page has few of them at first), and the mode the page opens in.
 */
export function getScale(): { folds: Fold[]; scale: ScaleMode } {
	const { folds, scale } = storyTimeline();
	return { folds, scale };
}

/**
 * The overview's period buttons for the whole story, worked out by the build: the
 * browser would otherwise walk every event of a large story to find its years.
 */
export function getPresets(): Preset[] {
	const timeline = storyTimeline();
	timeline.presets ??= yearPresets(timeline.domain, timeline.items);
	return timeline.presets;
}

/**
 * The first view of the timeline for the prerendered page (see sketch.ts): the whole
 * story on the home page; an event page of a story small enough to carry whole opens
 * on the event with its neighbours. An event page of a larger story has none: ten
 * thousand pages would each carry one, and its events arrive after the page anyway.
 */
export function getSketch(selectedId: string | null): SketchHtml | null {
	const timeline = storyTimeline();
	const { items, domain } = timeline;
	// Drawn in the mode the page opens in; an address asking for the other is drawn live.
	const folds = timeline.scale === 'compact' ? timeline.folds : [];
	const calendar = storyWithIndex().story.calendars;
	if (!selectedId) {
		timeline.home ??= sketchHtml(sketchTimeline(items, domain, folds, null, null, calendar));
		return timeline.home;
	}
	const index = storyWithIndex().index.get(selectedId);
	if (index === undefined || items.length > INLINE_EVENTS_LIMIT) return null;
	return sketchHtml(sketchTimeline(items, domain, folds, contextRange(items, index), selectedId, calendar));
}

/**
 * The window an event's page opens on: the event with its neighbours (see
 * contextRange), worked out by the build from every event. A large story's page
 * has only its own event at first, and the window it would work out would depend
 * on how much of the story had arrived when the timeline first drew.
 */
export function getOpening(selectedId: string): { from: number; to: number } | null {
	const { items } = storyTimeline();
	const index = storyWithIndex().index.get(selectedId);
	return index === undefined ? null : contextRange(items, index);
}

/** How many events each actor appears in, counted once per build from every event. */
export function getActorCounts(): Record<string, number> {
	const entry = storyWithIndex();
	entry.counts ??= Object.fromEntries(actorCounts(entry.story.events, entry.story.actors));
	return entry.counts;
}

export function findEvent(id: string): StoryEvent | undefined {
	const { story, index } = storyWithIndex();
	const i = index.get(id);
	return i === undefined ? undefined : story.events[i];
}

/**
 * Up to this many events go into a page's own HTML and data; a larger story is
 * fetched by the browser in parts (see getStoryPart), so that ten thousand event
 * pages do not each carry ten thousand events.
 */
export const INLINE_EVENTS_LIMIT = 300;

/**
 * Events per part of a large story (1.7 MB of JSON). Each part is parsed and
 * turned into timeline items in a task of its own, about 50 ms on the benchmark's
 * machine; one file of a hundred thousand events held the page still for half a
 * second, twice, while it was parsed.
 */
export const PART_EVENTS = 5_000;

/**
 * How many parts the story's events come in. Every story has them, though the
 * browser only fetches those of a story its pages do not carry whole.
 */
export function storyPartCount(): number {
	return Math.max(1, Math.ceil(getStory().events.length / PART_EVENTS));
}

/** The events of one part, in story order; undefined past the last part. */
export function getStoryPart(part: number): StoryEvent[] | undefined {
	if (!Number.isInteger(part) || part < 0 || part >= storyPartCount()) return undefined;
	return getStory().events.slice(part * PART_EVENTS, (part + 1) * PART_EVENTS);
}

/**
 * Events per part of a large story's timeline index: each event as a row of what
 * its mark needs (see TimelineRow), about a third of its bytes. The browser draws
 * the live timeline from the index, then fetches the events' words for the cards.
 * A part of 25,000 rows is about 2.5 MB and parses in one short task.
 */
export const INDEX_PART_EVENTS = 25_000;

export function timelineIndexPartCount(): number {
	return Math.max(1, Math.ceil(getStory().events.length / INDEX_PART_EVENTS));
}

/** One part of the timeline index, in story order; undefined past the last part. */
export function getTimelineIndexPart(part: number): TimelineRow[] | undefined {
	if (!Number.isInteger(part) || part < 0 || part >= timelineIndexPartCount()) return undefined;
	return storyTimeline()
		.items.slice(part * INDEX_PART_EVENTS, (part + 1) * INDEX_PART_EVENTS)
		.map(timelineRow);
}

/**
 * Cards in the home page's HTML for a larger story, before its script loads the
 * rest: more than a first screen holds, and few, because every card is hydrated in
 * the one task that wakes the page (thirty took a third of it).
 */
export const FIRST_VIEW_EVENTS = 12;

/**
 * Up to this many events each get a prerendered page and preview image. A page per
 * event is what makes a deep link work on a static host, but a hundred thousand of
 * them take many minutes and gigabytes to build: past the limit the build says so,
 * and only the events the home page links to get pages.
 */
export const EVENT_PAGES_LIMIT = 20_000;

/**
 * Whether every event has a page of its own. A larger story names its events on
 * the home page instead (`/?event=<id>`), so that no link leads to a missing page.
 */
export function hasEventPages(): boolean {
	return getStory().events.length <= EVENT_PAGES_LIMIT;
}
