import { actorIndex, resolveActor } from '../story/actors.ts';
import { attributionLabel, claimLabel, labelledTitle, previewQuote } from '../story/claims.ts';
import type { Actor, Story, StoryEvent } from '../story/types.ts';
import type { PreviewContent } from './previewSvg.ts';
import { withCalendarDate } from '../layout/timelineItems.ts';

/** What an event's preview image says: the claim's label and the quote's attribution travel with them. */
export function eventPreview(event: StoryEvent, story: Story): PreviewContent {
	const actors = actorIndex(story.actors);
	const quote = previewQuote(event, actors, story.author);
	return {
		storyTitle: story.title,
		date: withCalendarDate(event.dateText, event),
		label: claimLabel(event) ?? undefined,
		title: event.title,
		quote: quote && {
			text: quote.text,
			speaker: resolveActor(quote.speaker, actors).name,
			note: attributionLabel(quote) ?? undefined
		},
		outlet: story.outlet
	};
}

/** What the story's own preview image says: its date as the page shows it, "c." included. */
export function storyPreview(story: Story): PreviewContent {
	return {
		storyTitle: 'Timeline',
		date: story.publishedText ?? `${story.events.length} events`,
		title: story.title,
		outlet: story.outlet
	};
}

/**
 * An event page's description (search results, link previews): the claim's label
 * first, then the quote an image may print with whose words it is, then the summary.
 */
export function eventDescription(
	event: StoryEvent,
	story: { title: string; actors: Actor[]; author?: string }
): string {
	const label = claimLabel(event);
	const quote = previewQuote(event, actorIndex(story.actors), story.author);
	const attribution = quote && attributionLabel(quote);
	return [
		label && `${label}.`,
		quote && `“${quote.text}”${attribution ? ` (${attribution.toLowerCase()})` : ''}`,
		event.summary ?? (quote ? undefined : story.title)
	]
		.filter(Boolean)
		.join(' ');
}

/** An event page's title (the tab, a shared link's preview): how sure the story is, as the card says, and when. */
export function eventPageTitle(event: StoryEvent): string {
	const date = event.dateText;
	return `${labelledTitle(event)} (${date})`;
}
