import { error, json } from '@sveltejs/kit';
import { findEvent, getStory } from '$lib/server/story';
import { eventPageEntries } from '$lib/server/pageData';
import { previewImagePath } from '$lib/server/previewImage';
import { oembedFor } from '$lib/embed/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One per event page (a story past EVENT_PAGES_LIMIT has none: its events share the story's). */
export const entries: EntryGenerator = eventPageEntries;

export const GET: RequestHandler = ({ params }) => {
	const event = findEvent(params.id);
	if (!event) error(404, { message: `No event has the id “${params.id}”.` });
	const story = getStory();
	return json(
		oembedFor({
			storyTitle: story.title,
			event,
			eventPages: true,
			image: previewImagePath(event.id, story.events.length)
		})
	);
};
