import type { Actor } from './types.ts';

/** Looks actors up by id; a story without declared actors names its speakers as plain text. */
export function actorIndex(actors: Actor[]): Map<string, Actor> {
	return new Map(actors.map((actor) => [actor.id, actor]));
}

/** The actor a quote's speaker or an event's actor refers to, or the name as given. */
export function resolveActor(reference: string, index: Map<string, Actor>): Actor {
	return index.get(reference) ?? { id: reference, name: reference };
}
