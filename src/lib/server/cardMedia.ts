import { base } from '$app/paths';
import { mediaMarkup } from '../media/mediaMarkup.ts';
import type { StoryEvent } from '../story/types.ts';

const written = new WeakMap<StoryEvent, StoryEvent>();

/**
 * Events as the pages carry them: each with media gets its markup, written once
 * per build (see mediaMarkup.ts). Kept out of the story itself, so that the story's
 * own file (`/story.json`) stays the story.
 */
export function withMediaMarkup(events: StoryEvent[]): StoryEvent[] {
	return events.map((event) => {
		if (!event.media.length) return event;
		let carried = written.get(event);
		if (!carried) {
			carried = { ...event, mediaMarkup: mediaMarkup(event.media, base) };
			written.set(event, carried);
		}
		return carried;
	});
}
