import { onMount } from 'svelte';
import { page } from '$app/state';
import { linkedEvent } from '$lib/address/eventQuery';
import { StoryData, type PageStory } from './storyData.svelte';
import { Reader, setReader } from './reader.svelte';
import { Announcer } from './announcer.svelte';
import { TimelineView, setTimelineView } from '$lib/timeline/view.svelte';
import { formatCount } from '$lib/text/formatCount';

interface StoryPageInputs {
	data: () => PageStory;
	/** The event the address names (`/events/<id>` or `?event=<id>`), or null. */
	selectedId: () => string | null;
	/** The embed's page (see Reader's address contract) rather than the full one. */
	embedded: boolean;
	/** Brings a selected event into view: on the timeline, and where the page shows it. */
	reveal: (id: string) => void;
}

/**
 * The state a page of the story is made of, the full page's and the embed's alike:
 * the story, the reader and the timeline's view, wired to each other and shared by
 * context with the components below. Called once, while the page's component is made.
 */
export function createStoryPage({ data, selectedId, embedded, reveal }: StoryPageInputs) {
	const story = new StoryData(data);
	const announcer = new Announcer();
	const reader: Reader = new Reader(story, announcer, selectedId, () => timeline, embedded);
	const timeline: TimelineView = new TimelineView({
		items: () => (story.ready ? reader.items : []),
		domain: () => story.domain,
		folds: () => story.folds,
		scaleMode: () => reader.scaleMode,
		setScaleMode: (mode) => (reader.chosenScale = mode),
		selectedId: () => reader.selectedId,
		highlightedId: () => reader.highlightedId,
		opening: () => reader.opening,
		sketch: () => story.sketch,
		pending: () => !story.ready,
		filtering: () => reader.filtering,
		select: (id) => select(id),
		hover: (id) => (reader.hoveredId = id),
		calendar: () => story.meta.calendars,
		showCalendar: () => reader.showCalendar,
		setShowCalendar: (shown) => (reader.chosenCalendar = shown)
	});
	setReader(reader);
	setTimelineView(timeline);
	reader.writeAddressBehind();

	// The selection follows the address (clicks, keys, Back and Forward), once the
	// timeline has every event: the page's one effect for what arrives from outside.
	let lastSelected: string | null = null;
	$effect(() => {
		const id = reader.selectedId;
		if (!story.ready || id === lastSelected) return;
		lastSelected = id;
		if (!id) return;
		reader.announceSelection(id);
		timeline.reveal(id);
	});

	function select(id: string | null) {
		reader.select(id, reveal);
	}

	/** Previous and Next: the event before or after the current one, in the filtered order. */
	function step(delta: 1 | -1) {
		const next = reader.stepFrom(delta);
		if (next) select(next);
	}

	/** The page's keys (see pageKeyAction), for `<svelte:window onkeydown>`. */
	function onWindowKeydown(event: KeyboardEvent) {
		const action = pageKeyAction(event);
		if (action === null || (action === 'deselect' && !reader.selectedId)) return;
		if (action === 'deselect') select(null);
		else step(action);
		event.preventDefault();
	}

	return { story, announcer, reader, timeline, select, step, onWindowKeydown };
}

/**
 * The event a page's address names, for its layout to pass down: the path's id
 * (`…/events/<id>`), or in a story too large for a page per event `?event=<id>`,
 * read once hydrated: a prerendered page has no query, and hydrates as it was built.
 * Called while the layout's component is made.
 */
export function addressedEvent(eventPages: () => boolean): () => string | null {
	let hydrated = $state(false);
	onMount(() => (hydrated = true));
	const id = $derived(
		page.params.id ?? (hydrated && !eventPages() ? (linkedEvent(page.url.searchParams) ?? null) : null)
	);
	return () => id;
}

/** What a key pressed outside the timeline and the form fields does: step through the events, or let go of the selected one. */
export function pageKeyAction(event: KeyboardEvent): 1 | -1 | 'deselect' | null {
	if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return null;
	const target = event.target as HTMLElement;
	if (target.closest('input, select, textarea, [contenteditable], section[aria-label="Timeline"]'))
		return null;
	if (event.key === 'j' || event.key === 'ArrowRight') return 1;
	if (event.key === 'k' || event.key === 'ArrowLeft') return -1;
	if (event.key === 'Escape') return 'deselect';
	return null;
}

/** Said in the timeline's overview while the events are on their way, or why they did not come. */
export function timelineStatus(story: StoryData): string {
	if (story.ready) return '';
	return story.status === 'failed'
		? 'The rest of the story did not load. Check your connection and reload the page.'
		: `Loading the timeline of ${formatCount(story.eventCount)} events…`;
}
