import { absoluteUrl } from '$lib/address/site';
import { embedUrl } from '$lib/address/eventAddress';
import { labelledTitle } from '$lib/story/claims';
import type { StoryEvent } from '$lib/story/types';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from '$lib/og/previewSvg';
import { EMBED_HEIGHT, EMBED_WIDTH, embedIframe, embedTitle } from './embedCode';

/** An oEmbed 1.0 `rich` response (oembed.com §2.3.4), for the story or one of its events. */
export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

interface OEmbedSource {
	storyTitle: string;
	/** The event, or null for the whole story. */
	event: StoryEvent | null;
	eventPages: boolean;
	/** The page's preview image, a site path (see previewImagePath). */
	image: string;
}

/**
 * What an oEmbed consumer (WordPress, a CMS) puts in an article for a link to the
 * story or an event. The title says how sure the story is, as the card does: it travels.
 */
export function oembedFor({ storyTitle, event, eventPages, image }: OEmbedSource): OEmbed {
	const title = event ? labelledTitle(event) : storyTitle;
	return {
		version: '1.0',
		type: 'rich',
		title: event ? `${title} · ${storyTitle}` : storyTitle,
		provider_name: storyTitle,
		provider_url: absoluteUrl('/'),
		html: embedIframe({
			src: embedUrl(event?.id ?? null, eventPages),
			title: embedTitle(storyTitle, event ? title : undefined)
		}),
		width: EMBED_WIDTH,
		height: EMBED_HEIGHT,
		thumbnail_url: absoluteUrl(image),
		// The thumbnail is the page's link preview.
		thumbnail_width: PREVIEW_WIDTH,
		thumbnail_height: PREVIEW_HEIGHT
	};
}
