import { error, json } from '@sveltejs/kit';
import { getStoryPart, storyPartCount } from '$lib/server/story';
import { withMediaMarkup } from '$lib/server/cardMedia';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** A large story's events in parts, /story/0.json onwards, each fetched and parsed on its own. */
export const entries: EntryGenerator = () =>
	Array.from({ length: storyPartCount() }, (_, part) => ({ part: String(part) }));

export const GET: RequestHandler = ({ params }) => {
	const events = /^\d+$/.test(params.part) ? getStoryPart(Number(params.part)) : undefined;
	if (!events) error(404, { message: `This story has no part ${params.part}.` });
	return json(withMediaMarkup(events));
};
