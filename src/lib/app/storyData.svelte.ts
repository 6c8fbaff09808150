/* eslint-disable svelte/prefer-svelte-reactivity -- the Dates and Set here are made to be read, never changed in place */
import { base } from '$app/paths';
import { actorIndex } from '$lib/story/actors';
import { storyParts } from '$lib/client/storyParts';
import { itemsOfRows, timelineItems, type TimelineItem, type TimelineRow } from '$lib/layout/timelineItems';
import type { Story, StoryEvent } from '$lib/story/types';
import type { SketchHtml } from '$lib/layout/sketchMarkup';
import type { Preset } from '$lib/time/presets';
import type { Fold, ScaleMode } from '$lib/time/folds';

/** What the build gives the page (see server/pageData.ts). */
export interface PageStory {
	meta: Omit<Story, 'sourceText' | 'events'>;
	/** The events the page was built with: all of them, or the first few of a large story. */
	events: StoryEvent[];
	complete: boolean;
	/** How many parts a large story's events come in (none when the page carries them all). */
	parts: number;
	/** How many parts its timeline index comes in, fetched before the events (see getTimelineIndexPart). */
	indexParts: number;
	eventCount: number;
	/** How many events each actor appears in, counted by the build from every event. */
	counts: Record<string, number>;
	hasSourceText: boolean;
	/** Whether every event has a page of its own; a larger story names them in `?event=`. */
	eventPages: boolean;
	/** The time the whole story covers with its margins, UTC ms (see storyDomain). */
	domain: [number, number];
	/** The stretches a compact axis folds, and the mode the story opens in (see folds.ts). */
	folds: Fold[];
	scale: ScaleMode;
	/** The overview's period buttons for the whole story, as the build worked them out. */
	presets: Preset[];
	/** The timeline's first view as the build drew it. */
	sketch: SketchHtml | null;
	/** The window an event's page opens on, worked out by the build (see getOpening); null on the home page. */
	opening: { from: number; to: number } | null;
}

/**
 * Where the story's events are: `page` (the page carries them all), or for a large
 * story `first-view` (its first cards only), `loading` (the rest on its way),
 * `timeline` (the timeline index has come: every event is on the timeline, the
 * cards' words are on their way), `drawn` (all arrived; the cards catch up one
 * task later), `complete`, or `failed` (the timeline did not come), or
 * `words-failed` (the timeline came, the rest of the cards did not).
 */
export type LoadStatus =
	'page' | 'first-view' | 'loading' | 'timeline' | 'drawn' | 'complete' | 'failed' | 'words-failed';

/** Where a large story's timeline index is (see getTimelineIndexPart). */
function timelineIndexUrls(parts: number): string[] {
	return Array.from({ length: parts }, (_, part) => `${base}/story/marks/${part}.json`);
}

/** The story's events and what the build knows of them, the rest of a large story fetched in parts. */
export class StoryData {
	#page: () => PageStory;
	#fetched = $state.raw<{ events: StoryEvent[]; items: TimelineItem[] } | null>(null);
	status = $state<LoadStatus>('first-view');

	constructor(page: () => PageStory) {
		this.#page = page;
		if (page().complete) this.status = 'page';
	}

	/** What the page was built with (an accessor: the derived values below are made before the constructor runs). */
	get #built() {
		return this.#page();
	}

	get meta() {
		return this.#built.meta;
	}
	get counts() {
		return this.#built.counts;
	}
	get eventPages() {
		return this.#built.eventPages;
	}
	get hasSourceText() {
		return this.#built.hasSourceText;
	}
	get presets() {
		return this.#built.presets;
	}
	get sketch() {
		return this.#built.sketch;
	}
	get opening() {
		return this.#built.opening;
	}
	get folds() {
		return this.#built.folds;
	}
	/** The spacing the story opens in, where the address does not choose. */
	get defaultScale() {
		return this.#built.scale;
	}
	get eventCount() {
		return this.#built.eventCount;
	}

	/** The events the page itself carries. */
	get pageEvents() {
		return this.#built.events;
	}
	/** Every event known so far. */
	readonly events = $derived(this.#fetched?.events ?? this.pageEvents);
	readonly items = $derived(this.#fetched?.items ?? timelineItems(this.pageEvents));
	/** The timeline has every event. */
	readonly ready = $derived(
		this.status === 'page' ||
			this.status === 'timeline' ||
			this.status === 'words-failed' ||
			this.status === 'drawn' ||
			this.status === 'complete'
	);
	/** The cards show every event (a task after the timeline, for a large story). */
	readonly cardsComplete = $derived(this.status === 'page' || this.status === 'complete');
	/** Worked out by the build from every event, also those a large story has not loaded yet. */
	readonly domain: [Date, Date] = $derived([
		new Date(this.#built.domain[0]),
		new Date(this.#built.domain[1])
	]);
	readonly actors = $derived(actorIndex(this.meta.actors));
	readonly knownActors = $derived(new Set(this.meta.actors.map((actor) => actor.id)));

	/**
	 * Fetches the rest of a large story, part by part, each turned into timeline
	 * items in a task of its own (see storyParts). `onComplete` runs once the
	 * cards have caught up.
	 */
	async load(onComplete: () => void = () => {}) {
		if (this.status !== 'first-view') return;
		this.status = 'loading';
		try {
			// The timeline first, from its index: a third of the bytes, and no words it does not draw.
			const items: TimelineItem[] = [];
			const indexUrls = timelineIndexUrls(this.#built.indexParts);
			for await (const rows of storyParts<TimelineRow>(indexUrls)) {
				for (const item of itemsOfRows(rows)) items.push(item);
			}
			this.#fetched = { events: this.pageEvents, items };
			this.status = 'timeline';
			// Then the events' words, for the cards and the search.
			const events: StoryEvent[] = [];
			const urls = Array.from({ length: this.#built.parts }, (_, part) => `${base}/story/${part}.json`);
			for await (const part of storyParts(urls)) {
				for (const event of part) events.push(event);
			}
			this.#fetched = { events, items };
			this.status = 'drawn';
			// The timeline draws first; the card list, which already shows the first events,
			// catches up in the next task rather than delaying the first marks.
			requestAnimationFrame(() =>
				setTimeout(() => {
					this.status = 'complete';
					onComplete();
				})
			);
		} catch {
			// The timeline, once drawn, stays: only the cards' words are missing.
			this.status = this.status === 'timeline' ? 'words-failed' : 'failed';
		}
	}
}
