import { resolve } from '$app/paths';
import { withLinkedEvent } from './eventQuery.ts';
import { absoluteUrl } from './site.ts';

/**
 * The one writer of an event's address in the site. A story with a page per
 * event links `/events/<id>`; a larger one names the event on the home page,
 * `/?event=<id>` (see EVENT_PAGES_LIMIT). `query` is the view's query string
 * (see serializeViewState), kept on the link; null is the whole story.
 */
export function eventHref(id: string | null, eventPages: boolean, query = ''): string {
	if (id === null) return `${resolve('/')}${query}`;
	if (eventPages) return `${resolve('/(timeline)/events/[id]', { id })}${query}`;
	return `${resolve('/')}${withLinkedEvent(query, id)}`;
}

/** The absolute address to share: the event alone, without the sharer's view or filters. */
export function shareUrl(id: string, eventPages: boolean): string {
	return absoluteUrl(eventPages ? `/events/${id}` : `/${withLinkedEvent('', id)}`);
}
