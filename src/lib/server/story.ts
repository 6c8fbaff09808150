import { error } from '@sveltejs/kit';
import { statSync } from 'node:fs';
import { readStoryFile, storyPath } from './loadStoryFile.ts';
import type { Story, StoryEvent } from '../story/types.ts';
import { timelineItems, type TimelineItem } from '../layout/timelineItems.ts';
import { sketchTimeline, type Sketch } from '../layout/sketch.ts';
import { contextRange, storyDomain } from '../time/domain.ts';

let cached:
	| {
			key: string;
			story: Story;
			index: Map<string, number>;
			timeline?: { items: TimelineItem[]; domain: [Date, Date]; home?: Sketch };
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
	cached = { key, story: result.story, index };
	return cached;
}

/** The story's marks and the time it covers, worked out once per build. */
function storyTimeline() {
	const entry = storyWithIndex();
	if (!entry.timeline) {
		const items = timelineItems(entry.story.events);
		entry.timeline = { items, domain: storyDomain(items) };
	}
	return entry.timeline;
}

/** The whole-story window of the zoom limits, UTC ms. */
export function getDomain(): [number, number] {
	const { domain } = storyTimeline();
	return [domain[0].getTime(), domain[1].getTime()];
}

/**
 * The first view of the timeline for the prerendered page (see sketch.ts): the whole
 * story on the home page; an event page of a story small enough to carry whole opens
 * on the event with its neighbours. An event page of a larger story has none: ten
 * thousand pages would each carry one, and its events arrive after the page anyway.
 */
export function getSketch(selectedId: string | null): Sketch | null {
	const timeline = storyTimeline();
	const { items, domain } = timeline;
	if (!selectedId) {
		timeline.home ??= sketchTimeline(items, domain);
		return timeline.home;
	}
	const index = storyWithIndex().index.get(selectedId);
	if (index === undefined || items.length > INLINE_EVENTS_LIMIT) return null;
	return sketchTimeline(items, domain, contextRange(items, index), selectedId);
}

export function findEvent(id: string): StoryEvent | undefined {
	const { story, index } = storyWithIndex();
	const i = index.get(id);
	return i === undefined ? undefined : story.events[i];
}

/**
 * Up to this many events go into a page's own HTML and data; a larger story is
 * fetched once by the browser from /story.json, so that ten thousand event pages
 * do not each carry ten thousand events.
 */
export const INLINE_EVENTS_LIMIT = 300;
/** Cards in the home page's HTML for a larger story, before its script loads the rest. */
export const FIRST_VIEW_EVENTS = 30;

/**
 * Up to this many events each get a prerendered page and preview image. A page per
 * event is what makes a deep link work on a static host, but a hundred thousand of
 * them take many minutes and gigabytes to build: past the limit the build says so,
 * and only the events the home page links to get pages.
 */
export const EVENT_PAGES_LIMIT = 20_000;
