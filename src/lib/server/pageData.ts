import { error } from '@sveltejs/kit';
import { previewImagePath } from './previewImage';
import { eventDescription, eventPageTitle } from '$lib/og/previewContent';
import { withMediaMarkup } from './cardMedia';
import {
	getStory,
	getDomain,
	getOpening,
	getScale,
	getSketch,
	FIRST_VIEW_EVENTS,
	INLINE_EVENTS_LIMIT,
	findEvent,
	getActorCounts,
	getPresets,
	hasEventPages,
	storyPartCount,
	timelineIndexPartCount
} from './story';

/**
 * What a page of the story carries, the full page's and the embed's alike: the story
 * (all of it, or what the first view shows of a large one) and the timeline's build-time
 * geometry, for the event `id` names or the whole story.
 */
export function storyPageData(id: string | undefined) {
	// The source text is only needed by the source view, which loads it itself.
	const { sourceText, events, ...meta } = getStory();
	const hasSourceText = sourceText !== undefined;
	const timeline = {
		domain: getDomain(),
		...getScale(),
		presets: getPresets(),
		sketch: getSketch(id ?? null),
		opening: id ? getOpening(id) : null
	};
	// Counted by the build from every event: a large story's page does not have them all at first.
	const counts = getActorCounts();
	const eventPages = hasEventPages();
	if (events.length <= INLINE_EVENTS_LIMIT) {
		return {
			meta,
			events: withMediaMarkup(events),
			complete: true,
			parts: 0,
			indexParts: 0,
			eventCount: events.length,
			counts,
			eventPages,
			hasSourceText,
			...timeline
		};
	}
	// A large story: the page carries what its HTML shows, the browser fetches the rest.
	const event = id ? findEvent(id) : undefined;
	return {
		meta,
		events: withMediaMarkup(event ? [event] : events.slice(0, FIRST_VIEW_EVENTS)),
		complete: false,
		parts: storyPartCount(),
		indexParts: timelineIndexPartCount(),
		eventCount: events.length,
		counts,
		eventPages,
		hasSourceText,
		...timeline
	};
}

/** The events with a page of their own (up to EVENT_PAGES_LIMIT), for each per-event route's entries. */
export function eventPageEntries(): { id: string }[] {
	return hasEventPages() ? getStory().events.map((event) => ({ id: event.id })) : [];
}

/**
 * An event page's own data: the event, its preview image, and the title and description
 * that travel (written by the build, so that the code which words them, claims' labels
 * and all, stays out of the page's script); a 404 for an id the story lacks.
 */
export function eventPageData(id: string) {
	const event = findEvent(id);
	if (!event) error(404, { message: `No event has the id “${id}”.` });
	const story = getStory();
	return {
		event: withMediaMarkup([event])[0],
		image: previewImagePath(event.id, story.events.length),
		title: eventPageTitle(event),
		description: eventDescription(event, story)
	};
}
