import {
	getStory,
	getDomain,
	getSketch,
	FIRST_VIEW_EVENTS,
	INLINE_EVENTS_LIMIT,
	findEvent
} from '$lib/server/story';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	// The source text is only needed by the source view, which loads it itself.
	const { sourceText, events, ...meta } = getStory();
	const hasSourceText = sourceText !== undefined;
	const timeline = { domain: getDomain(), sketch: getSketch(params.id ?? null) };
	if (events.length <= INLINE_EVENTS_LIMIT) {
		return { meta, events, complete: true, eventCount: events.length, hasSourceText, ...timeline };
	}
	// A large story: the page carries what its HTML shows, the browser fetches the rest.
	const event = params.id ? findEvent(params.id) : undefined;
	return {
		meta,
		events: event ? [event] : events.slice(0, FIRST_VIEW_EVENTS),
		complete: false,
		eventCount: events.length,
		hasSourceText,
		...timeline
	};
};
