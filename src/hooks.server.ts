import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { builtLiveCode } from '$lib/server/liveCode';
import { paintFirst } from '$lib/server/paintFirst';
import openAtEvent from '$lib/app/openAtEvent.js?raw';

/**
 * The not-found page (404.html, the adapter's fallback) is an empty shell the app fills
 * in; without JavaScript it would be a blank page. It says what happened instead. Every
 * other page is prerendered whole and reads without JavaScript already.
 */
const noScriptNotFound = () =>
	'<noscript><p style="max-width:44rem;margin:3rem auto;padding:0 1rem;font:1.1rem/1.5 system-ui,sans-serif">' +
	`This page is not part of the timeline. <a href="${base}/">Go to the timeline</a>.</p></noscript>`;

/**
 * An event page's move to its card, once the page is parsed and before its first paint:
 * the head asks the browser not to paint until that script has run (`rel="expect"`;
 * a browser that does not know it paints the top first and then moves). Written into
 * the page here, outside the app's markup, rather than by a component: the app has no
 * use for it (a script the app inserts never runs), and the markup the app hydrates
 * must be the app's own.
 */
const withOpenAtEvent = (html: string) =>
	html.replace('</head>', '<link rel="expect" href="#open-at-event" blocking="render"></head>').replace(
		'</body>',
		// The mark the head waits for comes after the script: parsed once the script has run.
		() => `<script>${openAtEvent}</script><template id="open-at-event"></template></body>`
	);

/** The routes whose pages show a timeline, whose live code a reader's first reach asks for. */
const withTimeline = (routeId: string | null) =>
	routeId !== null && (routeId.startsWith('/(timeline)') || routeId.startsWith('/embed'));

/** The page as the build writes it. */
function pageAsWritten(routeId: string | null, html: string): string {
	if (routeId === null && !html.includes('<main')) {
		html = html.replace(
			'<div style="display: contents">',
			`<div style="display: contents">${noScriptNotFound()}`
		);
	}
	if (routeId === '/(timeline)/events/[id]') html = withOpenAtEvent(html);
	return paintFirst(html, building && withTimeline(routeId) ? builtLiveCode(base) : undefined);
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => pageAsWritten(event.route.id, html) });
