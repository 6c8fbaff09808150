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
	storyPartCount
} from '$lib/server/story';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	// The source text is only needed by the source view, which loads it itself.
	const { sourceText, events, ...meta } = getStory();
	const hasSourceText = sourceText !== undefined;
	const timeline = {
		domain: getDomain(),
		...getScale(),
		presets: getPresets(),
		sketch: getSketch(params.id ?? null),
		opening: params.id ? getOpening(params.id) : null
	};
	// Counted by the build from every event: a large story's page does not have them all at first.
	const counts = getActorCounts();
	const eventPages = hasEventPages();
	if (events.length <= INLINE_EVENTS_LIMIT) {
		return {
			meta,
			events,
			complete: true,
			parts: 0,
			eventCount: events.length,
			counts,
			eventPages,
			hasSourceText,
			...timeline
		};
	}
	// A large story: the page carries what its HTML shows, the browser fetches the rest.
	const event = params.id ? findEvent(params.id) : undefined;
	return {
		meta,
		events: event ? [event] : events.slice(0, FIRST_VIEW_EVENTS),
		complete: false,
		parts: storyPartCount(),
		eventCount: events.length,
		counts,
		eventPages,
		hasSourceText,
		...timeline
	};
};
