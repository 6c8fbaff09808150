import { json } from '@sveltejs/kit';
import { getStory } from '$lib/server/story';

export const prerender = true;

/**
 * The whole story in one file, for other tools. The app itself fetches a story too
 * large for its pages in parts (story/[part].json), and the 404 page reads the ids
 * in story/index.json.
 */
export function GET() {
	const { sourceText, ...story } = getStory();
	void sourceText;
	return json(story);
}
