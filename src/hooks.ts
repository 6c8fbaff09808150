import type { Reroute } from '@sveltejs/kit';

/**
 * The not-found page (404.html, which static hosts serve for any unknown path)
 * starts the app at the address it was served for. At `/events/<id>` of an event
 * that has no page the router would match the event route and ask for its data,
 * `/events/<id>/__data.json`, which does not exist either: a failing request and
 * a console error before the error page shows. So the route the app first takes
 * in a page the build did not render (it has no <main> yet) is one that matches
 * nothing, and the error page shows at once; its own help (see +error.svelte)
 * still reads the address.
 */
let booting = true;

export const reroute: Reroute = ({ url }) => {
	if (!booting || typeof document === 'undefined') return;
	booting = false;
	if (document.querySelector('main') === null) return `${url.pathname}/__not-a-page`;
};
