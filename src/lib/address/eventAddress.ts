import { resolve } from '$app/paths';
import { withLinkedEvent } from './eventQuery.ts';
import { absoluteUrl } from './site.ts';

/**
 * The one writer of an event's address in the site. A story with a page per
 * event links `/events/<id>`; a larger one names the event on the home page,
 * `/?event=<id>` (see EVENT_PAGES_LIMIT). `query` is the view's query string
 * (see serializeViewState), kept on the link; null is the whole story. The
 * embed's pages (`/embed`, `/embed/events/<id>`) mirror the full ones.
 */
export function eventHref(id: string | null, eventPages: boolean, query = '', embedded = false): string {
	const home = embedded ? resolve('/embed') : resolve('/');
	if (id === null) return `${home}${query}`;
	if (eventPages) {
		const path = embedded
			? resolve('/embed/events/[id]', { id })
			: resolve('/(timeline)/events/[id]', { id });
		return `${path}${query}`;
	}
	return `${home}${withLinkedEvent(query, id)}`;
}

/** The path of an event's page (or the story's, for null) without the view: shared links, embed code, oEmbed. */
function pagePath(id: string | null, eventPages: boolean, embedded: boolean): string {
	const home = embedded ? '/embed' : '/';
	if (id === null) return home;
	return eventPages ? `${embedded ? '/embed' : ''}/events/${id}` : `${home}${withLinkedEvent('', id)}`;
}

/** The absolute address to share: the event alone, without the sharer's view or filters. */
export function shareUrl(id: string, eventPages: boolean): string {
	return absoluteUrl(pagePath(id, eventPages, false));
}

/** The absolute address of an event's embed (or the whole story's, for null), for an iframe on another site. */
export function embedUrl(id: string | null, eventPages: boolean): string {
	return absoluteUrl(pagePath(id, eventPages, true));
}
