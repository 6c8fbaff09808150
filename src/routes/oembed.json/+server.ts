import { json } from '@sveltejs/kit';
import { getStory, hasEventPages } from '$lib/server/story';
import { previewImagePath } from '$lib/server/previewImage';
import { oembedFor } from '$lib/embed/oembed';

export const prerender = true;

/** The story's oEmbed: found through the discovery link on the home page (see oembedPath). */
export function GET() {
	const story = getStory();
	return json(
		oembedFor({
			storyTitle: story.title,
			event: null,
			eventPages: hasEventPages(),
			image: previewImagePath(null, story.events.length)
		})
	);
}
