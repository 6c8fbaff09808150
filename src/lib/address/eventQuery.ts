import { SLUG } from '../story/slug.ts';

// Apart from urlState.ts: the 404 page needs these too, and what it shares with the
// home page becomes a chunk of the home page's first view.

/** Longer ids are not ids. */
const MAX_ID_LENGTH = 200;

/**
 * The event `?event=` names, where the story is too large for a page per event
 * (see EVENT_PAGES_LIMIT; otherwise the path names it, `/events/<id>`): if it is
 * shaped like an id at all. Whether the story has it is for the story to say.
 */
export function linkedEvent(params: URLSearchParams): string | undefined {
	const id = params.get('event');
	return id && id.length <= MAX_ID_LENGTH && SLUG.test(id) ? id : undefined;
}

/** A view's query string (see serializeViewState) naming an event as well. */
export function withLinkedEvent(query: string, id: string): string {
	const params = new URLSearchParams(query);
	params.set('event', id);
	return `?${params}`;
}
