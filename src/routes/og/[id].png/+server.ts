import { error } from '@sveltejs/kit';
import { findEvent, getStory } from '$lib/server/story';
import { PREVIEW_IMAGE_LIMIT, renderPreviewPng } from '$lib/server/previewImage';
import { actorIndex, resolveActor } from '$lib/story/actors';
import { formatEventDate, formatPartialDate } from '$lib/time/formatDate';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One image per event, and `_story.png` (not a valid event id) for the home page and for very large stories. */
export const entries: EntryGenerator = () => {
	const { events } = getStory();
	const ids = events.length <= PREVIEW_IMAGE_LIMIT ? events.map((event) => ({ id: event.id })) : [];
	return [{ id: '_story' }, ...ids];
};

export const GET: RequestHandler = ({ params }) => {
	const story = getStory();
	const actors = actorIndex(story.actors);
	let png: Uint8Array;
	if (params.id === '_story') {
		png = renderPreviewPng({
			storyTitle: 'Timeline',
			date: story.published ? formatPartialDate(story.published) : `${story.events.length} events`,
			title: story.title,
			outlet: story.outlet
		});
	} else {
		const event = findEvent(params.id);
		if (!event) error(404, { message: 'No such event' });
		const quote = event.quotes[0];
		png = renderPreviewPng({
			storyTitle: story.title,
			date: formatEventDate(event.date, event.end, event.approximate),
			title: event.title,
			quote: quote && { text: quote.text, speaker: resolveActor(quote.speaker, actors).name },
			outlet: story.outlet
		});
	}
	return new Response(png as BodyInit, {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
};
