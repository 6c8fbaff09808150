import type { Actor, StoryEvent } from './types.ts';
import { resolveActor } from './actors.ts';

export interface EventFilter {
	/** An actor id: only events that involve the actor or quote them. */
	actor?: string;
	/** Words to find in titles, summaries, quotes and speakers' names. */
	query?: string;
}

/** Lower case without accents, curly quotes as straight: what a reader types should find what is printed. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.replace(/[‘’ʼ]/g, "'")
		.replace(/[“”]/g, '"')
		.toLowerCase();
}

function searchableText(event: StoryEvent, actors: Map<string, Actor>): string {
	const parts = [event.title, event.summary ?? ''];
	for (const quote of event.quotes) parts.push(quote.text, resolveActor(quote.speaker, actors).name);
	return foldText(parts.join('\n'));
}

export function involves(event: StoryEvent, actor: string): boolean {
	return event.actors.includes(actor) || event.quotes.some((quote) => quote.speaker === actor);
}

/**
 * The events that match a filter, in story order. Every word of the query must
 * appear somewhere in the event (title, summary, a quote or its speaker).
 */
export function filterEvents(
	events: readonly StoryEvent[],
	filter: EventFilter,
	actors: Map<string, Actor>
): StoryEvent[] {
	const words = foldText(filter.query ?? '')
		.split(/\s+/)
		.filter(Boolean);
	const actor = filter.actor;
	if (!actor && words.length === 0) return [...events];
	return events.filter((event) => {
		if (actor && !involves(event, actor)) return false;
		if (words.length === 0) return true;
		const text = searchableText(event, actors);
		return words.every((word) => text.includes(word));
	});
}

/** How many events each actor appears in, for the filter's menu. */
export function actorCounts(events: readonly StoryEvent[], actors: readonly Actor[]): Map<string, number> {
	const counts = new Map(actors.map((actor) => [actor.id, 0]));
	for (const event of events) {
		for (const actor of actors)
			if (involves(event, actor.id)) counts.set(actor.id, counts.get(actor.id)! + 1);
	}
	return counts;
}
