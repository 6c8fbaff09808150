import { error } from '@sveltejs/kit';
import { findEvent, getStory, storyPictures } from '$lib/server/story';
import { previewPhoto } from '$lib/server/media';
import { PREVIEW_IMAGE_LIMIT, renderPreviewPng } from '$lib/server/previewImage';
import { eventPreview, storyPreview } from '$lib/og/previewContent';
import type { PreviewContent } from '$lib/og/previewSvg';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One image per event, and `_story.png` (not a valid event id) for the home page and for very large stories. */
export const entries: EntryGenerator = () => {
	const { events } = getStory();
	const ids = events.length <= PREVIEW_IMAGE_LIMIT ? events.map((event) => ({ id: event.id })) : [];
	return [{ id: '_story' }, ...ids];
};

export const GET: RequestHandler = async ({ params }) => {
	const story = getStory();
	let content: PreviewContent;
	if (params.id === '_story') content = storyPreview(story);
	else {
		const event = findEvent(params.id);
		if (!event) error(404, { message: 'No such event' });
		content = eventPreview(event, story);
		// The event's first picture (an image's, or a link's poster) under the text.
		const picture = event.media.find((media) => media.picture)?.picture;
		const file = picture && storyPictures().get(picture.hash);
		if (file) content.photo = await previewPhoto(file.path);
	}
	return new Response(renderPreviewPng(content) as BodyInit, {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
};
