import { json } from '@sveltejs/kit';
import { getStory } from '$lib/server/story';

export const prerender = true;

/** The whole story for the browser, fetched once when it is too large to inline in every page. */
export function GET() {
	const { sourceText, ...story } = getStory();
	void sourceText;
	return json(story);
}
