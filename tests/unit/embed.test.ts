import { describe, expect, it, vi } from 'vitest';

vi.mock('$app/paths', () => ({
	base: '',
	resolve: (route: string, params?: { id: string }) =>
		params ? route.replace('[id]', params.id).replace('/(timeline)', '') : route
}));

import { embedUrl, shareUrl } from '../../src/lib/address/eventAddress.ts';
import { SITE_URL } from '../../src/lib/address/site.ts';
import { EMBED_HEIGHT, embedCode, embedIframe, embedTitle } from '../../src/lib/embed/embedCode.ts';
import { oembedFor } from '../../src/lib/embed/oembed.ts';
import { readStoryFile } from '../../src/lib/server/loadStoryFile.ts';
import type { Story } from '../../src/lib/story/types.ts';

const result = readStoryFile('stories/iran-taliban.json');
const story = (result.ok ? result.story : undefined) as Story;
const eventOf = (id: string) => story.events.find((event) => event.id === id)!;

describe('embed addresses', () => {
	it('mirror the full pages under /embed, absolute, without the view', () => {
		expect(embedUrl('qomi-meets-baradar', true)).toBe(`${SITE_URL}/embed/events/qomi-meets-baradar`);
		expect(embedUrl(null, true)).toBe(`${SITE_URL}/embed`);
		// A story too large for a page per event names the event in the query, as its full page does.
		expect(embedUrl('e1', false)).toBe(`${SITE_URL}/embed?event=e1`);
		expect(shareUrl('e1', false)).toBe(`${SITE_URL}/?event=e1`);
		expect(shareUrl('e1', true)).toBe(`${SITE_URL}/events/e1`);
	});
});

describe('embed code', () => {
	it('is a titled, lazy, full-width frame and the script that sizes it', () => {
		const code = embedCode({ src: `${SITE_URL}/embed`, title: embedTitle('A story') });
		expect(code).toBe(
			`<iframe src="${SITE_URL}/embed" title="Timeline: A story" width="100%" height="${EMBED_HEIGHT}" ` +
				`style="width:100%;border:0" loading="lazy"></iframe>\n` +
				`<script src="${SITE_URL}/embed.js" async></script>`
		);
	});

	it('shows a title’s markup as text: a story cannot write into the host’s page', () => {
		const frame = embedIframe({
			src: 'https://x.test/embed',
			title: embedTitle('"><script>alert(1)</script>')
		});
		expect(frame).not.toContain('<script>');
		expect(frame).toContain('title="Timeline: &#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
	});
});

describe('oEmbed', () => {
	it('describes the story as a rich embed with its preview image', () => {
		const oembed = oembedFor({
			storyTitle: story.title,
			event: null,
			eventPages: true,
			image: '/og/_story.png'
		});
		expect(oembed).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: story.title,
			width: 700,
			height: EMBED_HEIGHT,
			thumbnail_url: `${SITE_URL}/og/_story.png`,
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(oembed.html).toContain(`src="${SITE_URL}/embed"`);
	});

	it('says of an event only the article reports that it is reported, in its title and its frame’s', () => {
		const event = eventOf('qomi-meets-muttaqi');
		expect(event.claim).toBe('reported');
		const oembed = oembedFor({
			storyTitle: story.title,
			event,
			eventPages: true,
			image: '/og/qomi-meets-muttaqi.png'
		});
		const labelled = `Reported by the article, unconfirmed: ${event.title}`;
		expect(oembed.title).toBe(`${labelled} · ${story.title}`);
		expect(oembed.html).toContain(`src="${SITE_URL}/embed/events/qomi-meets-muttaqi"`);
		expect(oembed.html).toContain(`title="Timeline: ${story.title} — ${labelled}"`);
	});
});
