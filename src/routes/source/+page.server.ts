import { error } from '@sveltejs/kit';
import { getStory } from '$lib/server/story';
import { sourceSegments } from '$lib/story/sourceSegments';
import type { PageServerLoad } from './$types';

/** A story without a source text has no reading view: the address is a 404 like any other. */
export const prerender = getStory().sourceText !== undefined;

export const load: PageServerLoad = () => {
	const story = getStory();
	if (story.sourceText === undefined) error(404, { message: 'This story has no source text.' });
	const titles = Object.fromEntries(
		story.events.filter((event) => event.quotes.length).map((event) => [event.id, event.title])
	);
	return {
		title: story.title,
		outlet: story.outlet,
		url: story.url,
		blocks: sourceSegments(story.sourceText, story.events),
		titles
	};
};
