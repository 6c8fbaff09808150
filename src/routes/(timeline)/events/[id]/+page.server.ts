import { error } from '@sveltejs/kit';
import { findEvent, getStory, hasEventPages } from '$lib/server/story';
import { previewImagePath } from '$lib/server/previewImage';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every event gets its own prerendered page, its canonical, shareable address (up to EVENT_PAGES_LIMIT). */
export const entries: EntryGenerator = () => {
	return hasEventPages() ? getStory().events.map((event) => ({ id: event.id })) : [];
};

export const load: PageServerLoad = ({ params }) => {
	const event = findEvent(params.id);
	if (!event) error(404, { message: `No event has the id “${params.id}”.` });
	return { event, image: previewImagePath(event.id, getStory().events.length) };
};
