import { base } from '$app/paths';
import { eventHref } from '../address/eventAddress.ts';
import { nearestIds } from '../story/nearestIds.ts';

/** What /story/index.json holds: every id in story order, and how to reach each event. */
interface StoryIndex {
	eventPages: boolean;
	partEvents: number;
	ids: string[];
}

/** An event the 404 page offers in place of a mistyped one. */
export interface Suggestion {
	id: string;
	title: string;
	href: string;
}

export type MissingEventHelp = { redirect: string } | { suggestions: Suggestion[] };

async function fetchJson<T>(path: string): Promise<T> {
	const response = await fetch(`${base}${path}`);
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return (await response.json()) as T;
}

/**
 * What the 404 page offers for `/events/<requested>`: in a story too large for a
 * page per event, the event on the home page; for a mistyped id, the events whose
 * ids are nearest, their titles from the parts that hold them rather than the whole
 * story. In an embed (`/embed/events/<requested>`) it offers the embed's pages.
 */
export async function missingEventHelp(
	requested: string,
	search: string,
	embedded = false
): Promise<MissingEventHelp> {
	const index = await fetchJson<StoryIndex>('/story/index.json');
	if (!index.eventPages && index.ids.includes(requested)) {
		return { redirect: eventHref(requested, false, search, embedded) };
	}
	const nearest = nearestIds(requested, index.ids);
	const parts = new Set(nearest.map((id) => Math.floor(index.ids.indexOf(id) / index.partEvents)));
	const events = (
		await Promise.all(
			[...parts].map((part) => fetchJson<{ id: string; title: string }[]>(`/story/${part}.json`))
		)
	).flat();
	return {
		suggestions: nearest.map((id) => ({
			id,
			title: events.find((event) => event.id === id)?.title ?? id,
			href: eventHref(id, index.eventPages, '', embedded)
		}))
	};
}
