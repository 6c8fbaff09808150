import { error } from '@sveltejs/kit';
import { EVENT_PAGES_LIMIT, findEvent, getStory } from '$lib/server/story';
import { previewImagePath } from '$lib/server/previewImage';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every event gets its own prerendered page: its canonical, shareable address. */
export const entries: EntryGenerator = () => {
	const { events } = getStory();
	return events.length <= EVENT_PAGES_LIMIT ? events.map((event) => ({ id: event.id })) : [];
};

export const load: PageServerLoad = ({ params }) => {
	const event = findEvent(params.id);
	if (!event) error(404, { message: `No event has the id “${params.id}”.` });
	return { event, image: previewImagePath(event.id, getStory().events.length) };
};
