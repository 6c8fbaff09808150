import { json } from '@sveltejs/kit';
import { getStory, hasEventPages, PART_EVENTS } from '$lib/server/story';

export const prerender = true;

/**
 * Every event's id, in story order, and how to reach it: for the 404 page, which
 * redirects an event without a page of its own to the home page and suggests the
 * nearest ids for a mistyped one, fetching titles only from the parts that hold
 * them. A hundred thousand ids are 1.4 MB; the whole story would be 33.
 */
export function GET() {
	return json({
		eventPages: hasEventPages(),
		partEvents: PART_EVENTS,
		ids: getStory().events.map((event) => event.id)
	});
}
