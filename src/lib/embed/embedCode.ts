import { absoluteUrl } from '$lib/address/site';
import { escapeMarkup } from '$lib/text/escapeMarkup';

/**
 * The height an embed is given before it says its own (pym, WordPress, AMP or
 * /embed.js resize it to its content): a timeline and a short card, and what
 * TimelineJS's generator defaults to, so a newsroom's layout expects it.
 */
export const EMBED_HEIGHT = 650;
/** oEmbed wants a number; the frame itself is as wide as the article's column. */
export const EMBED_WIDTH = 700;

export interface EmbedFrame {
	/** The embed's absolute address (see embedUrl). */
	src: string;
	/** Names the frame for screen readers (WCAG 4.1.2): "Timeline: <story>", with the event where there is one. */
	title: string;
}

/** The frame's title: what a screen reader says when it reaches the frame in the host's article. */
export function embedTitle(storyTitle: string, eventTitle?: string): string {
	return eventTitle ? `Timeline: ${storyTitle} — ${eventTitle}` : `Timeline: ${storyTitle}`;
}

/** The iframe alone: what oEmbed consumers (WordPress keeps only src, width, height and title) take. */
export function embedIframe({ src, title }: EmbedFrame): string {
	return (
		`<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" ` +
		`height="${EMBED_HEIGHT}" style="width:100%;border:0" loading="lazy"></iframe>`
	);
}

/** The code a newsroom pastes into an article: the iframe, and the script that sizes it to its content. */
export function embedCode(frame: EmbedFrame): string {
	return `${embedIframe(frame)}\n<script src="${escapeMarkup(absoluteUrl('/embed.js'))}" async></script>`;
}
