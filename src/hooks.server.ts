import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';

/**
 * The not-found page (404.html, the adapter's fallback) is an empty shell the app fills
 * in; without JavaScript it would be a blank page. It says what happened instead. Every
 * other page is prerendered whole and reads without JavaScript already.
 */
const noScriptNotFound = () =>
	'<noscript><p style="max-width:44rem;margin:3rem auto;padding:0 1rem;font:1.1rem/1.5 system-ui,sans-serif">' +
	`This page is not part of the timeline. <a href="${base}/">Go to the timeline</a>.</p></noscript>`;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.route.id === null && !html.includes('<main')
				? html.replace(
						'<div style="display: contents">',
						`<div style="display: contents">${noScriptNotFound()}`
					)
				: html
	});
