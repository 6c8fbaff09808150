import { isAuthor } from './actors.ts';
import type { Actor, Quote, StoryEvent } from './types.ts';

/**
 * How sure the story is of a claim, said in plain words wherever the claim goes:
 * the card, the mark's name, the page's title, the preview image. A confirmed event
 * needs no label; the others must never travel without one.
 */
/** Every label an event's claim can have; a large story's timeline index names them by place here. */
export const CLAIM_LABELS = [
	'Disputed',
	'Unconfirmed: no source given',
	'Reported by the article, unconfirmed',
	'Reported, unconfirmed'
] as const;

export function claimLabel(
	event: Pick<StoryEvent, 'claim' | 'sources'>
): (typeof CLAIM_LABELS)[number] | null {
	if (event.claim === 'disputed') return CLAIM_LABELS[0];
	if (event.claim === 'reported') {
		if (event.sources.length === 0) return CLAIM_LABELS[1];
		return event.sources.some((source) => source.isArticle) ? CLAIM_LABELS[2] : CLAIM_LABELS[3];
	}
	return null;
}

/** The event's title as it leaves the page (page titles, link previews, shares): labelled where it is not confirmed. */
export function labelledTitle(event: Pick<StoryEvent, 'title' | 'claim' | 'sources'>): string {
	const label = claimLabel(event);
	return label ? `${label}: ${event.title}` : event.title;
}

/** What a reader is told under a quote that is not the speaker's words as a source records them. */
export function attributionLabel(quote: Pick<Quote, 'attribution'>): string | null {
	if (quote.attribution === 'as-reported') return 'As the article reports it; not found in another source';
	if (quote.attribution === 'translated') return 'Translated';
	return null;
}

/**
 * The quote an event's preview image may print: its first, except one by the
 * article's author on an event about someone else (a proverb under a killing would
 * read as the subject's words).
 */
export function previewQuote(
	event: Pick<StoryEvent, 'quotes' | 'actors'>,
	actors: Map<string, Actor>,
	author?: string
): Quote | undefined {
	const aboutOthers = event.actors.some((actor) => !isAuthor(actor, actors, author));
	return event.quotes.find((quote) => !(aboutOthers && isAuthor(quote.speaker, actors, author)));
}
