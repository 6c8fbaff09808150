import type { Actor } from './types.ts';

/** Looks actors up by id; a story without declared actors names its speakers as plain text. */
export function actorIndex(actors: Actor[]): Map<string, Actor> {
	return new Map(actors.map((actor) => [actor.id, actor]));
}

/** The actor a quote's speaker or an event's actor refers to, or the name as given. */
export function resolveActor(reference: string, index: Map<string, Actor>): Actor {
	return index.get(reference) ?? { id: reference, name: reference };
}

/** The actor id a story gives the article's own author (a proverb they cite, say). */
export const AUTHOR_ID = 'author';

/**
 * Is this speaker or actor the article's author rather than someone the story is
 * about: the actor `author`, or whoever has the story's `author` name.
 */
export function isAuthor(reference: string, index: Map<string, Actor>, author?: string): boolean {
	return reference === AUTHOR_ID || (author !== undefined && resolveActor(reference, index).name === author);
}
