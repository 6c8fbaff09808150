import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';

const navigation = vi.hoisted(() => ({
	goto: vi.fn(async () => {}),
	replaceState: vi.fn(),
	navigatingTo: null as object | null
}));
vi.mock('$app/navigation', () => ({ goto: navigation.goto, replaceState: navigation.replaceState }));
vi.mock('$app/environment', () => ({ browser: true }));
vi.mock('$app/paths', () => ({
	base: '',
	resolve: (route: string, params?: { id: string }) =>
		params ? route.replace('[id]', params.id).replace('/(timeline)', '') : route
}));
vi.mock('$app/state', () => ({
	page: { url: new URL('http://localhost/'), state: {} },
	navigating: {
		get to() {
			return navigation.navigatingTo;
		}
	}
}));

import { StoryData, type PageStory } from '../../src/lib/app/storyData.svelte.ts';
import { Reader } from '../../src/lib/app/reader.svelte.ts';
import { Announcer } from '../../src/lib/app/announcer.svelte.ts';
import type { TimelineView } from '../../src/lib/timeline/view.svelte.ts';
import type { StoryEvent } from '../../src/lib/story/types.ts';
import { validateStory } from '../../src/lib/story/validateStory.ts';
import { timelineItems, timelineRow } from '../../src/lib/layout/timelineItems.ts';

function eventsOf(count: number): StoryEvent[] {
	const result = validateStory({
		title: 'Test',
		events: Array.from({ length: count }, (_, i) => ({
			id: `e${i}`,
			title: `Event ${i}`,
			date: `20${10 + i}-01-01`
		}))
	});
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.story.events;
}

function pageStory(events: StoryEvent[], parts = 0): PageStory {
	return {
		meta: { title: 'Test', actors: [] } as unknown as PageStory['meta'],
		events,
		complete: parts === 0,
		parts,
		indexParts: parts === 0 ? 0 : 1,
		eventCount: events.length,
		counts: {},
		hasSourceText: false,
		eventPages: true,
		domain: [Date.UTC(2009, 0, 1), Date.UTC(2030, 0, 1)],
		folds: [],
		scale: 'true-to-time',
		presets: [],
		sketch: null,
		opening: null
	};
}

const cleanups: (() => void)[] = [];
afterEach(() => {
	cleanups.splice(0).forEach((cleanup) => cleanup());
	vi.useRealTimers();
	vi.unstubAllGlobals();
});
beforeEach(() => {
	navigation.goto.mockClear();
	navigation.replaceState.mockClear();
	navigation.navigatingTo = null;
});

/** A reader of `events`, the timeline showing the whole story, `selected` in the address. */
function makeReader(
	events: StoryEvent[],
	selected: { id: string | null } = { id: null },
	built: Partial<PageStory> = {},
	embedded = false
) {
	let reader!: Reader;
	const timeline = {
		live: true,
		showsWholeStory: true,
		window: { from: 0, to: 1 }
	} as unknown as TimelineView;
	const stop = $effect.root(() => {
		const story = new StoryData(() => ({ ...pageStory(events), ...built }));
		reader = new Reader(
			story,
			new Announcer(),
			() => selected.id,
			() => timeline,
			embedded
		);
		reader.writeAddressBehind();
	});
	cleanups.push(stop);
	return {
		reader,
		timeline: timeline as unknown as { live: boolean; showsWholeStory: boolean; window: object }
	};
}

describe('Reader', () => {
	it('opens an event’s page on the window the build worked out, not on the events it has so far', () => {
		// A large story's event page carries its own event only; the build saw them all.
		const events = eventsOf(5);
		const built = { opening: { from: Date.UTC(2011, 0, 1), to: Date.UTC(2013, 0, 1) } };
		const { reader } = makeReader(events.slice(2, 3), { id: 'e2' }, built);
		expect(reader.opening).toEqual(built.opening);
		// Without it (`?event=` in a story too large for a page per event), from the events at hand.
		const fallback = makeReader(events, { id: 'e2' }).reader.opening!;
		expect(fallback.from).toBeLessThanOrEqual(Date.UTC(2012, 0, 1));
		expect(fallback.to).toBeGreaterThan(Date.UTC(2012, 0, 1));
	});

	it('selects by navigating to the event’s address, keeping the view and filters', () => {
		const { reader } = makeReader(eventsOf(3));
		reader.query = 'Event';
		reader.select('e1', () => {});
		expect(navigation.goto).toHaveBeenCalledWith('/events/e1?q=Event', {
			noScroll: true,
			keepFocus: true,
			replaceState: false
		});
		// Selecting what is selected brings it back into view instead.
		const again = makeReader(eventsOf(3), { id: 'e1' });
		const reveal = vi.fn();
		again.reader.select('e1', reveal);
		expect(reveal).toHaveBeenCalledWith('e1');
		expect(navigation.goto).toHaveBeenCalledTimes(1);
	});

	it('in an embed, selects by replacing the address: the host page’s history is not the timeline’s', () => {
		const { reader } = makeReader(eventsOf(3), { id: null }, {}, true);
		reader.query = 'Event';
		reader.select('e1', () => {});
		expect(navigation.goto).toHaveBeenCalledWith('/embed/events/e1?q=Event', {
			noScroll: true,
			keepFocus: true,
			replaceState: true
		});
		expect(reader.addressOf(null)).toBe('/embed?q=Event');
		// A story without a page per event names it in the embed's query.
		const large = makeReader(eventsOf(3), { id: null }, { eventPages: false }, true).reader;
		expect(large.addressOf('e2')).toBe('/embed?event=e2');
	});

	it('writes the address behind, once changes stop, and not while a navigation is under way', () => {
		vi.useFakeTimers();
		const location = { pathname: '/', search: '' };
		vi.stubGlobal('location', location);
		const { reader, timeline } = makeReader(eventsOf(3));
		reader.hydrate();
		flushSync();
		navigation.replaceState.mockClear();
		reader.actor = '';
		reader.query = 'Ev';
		flushSync();
		vi.advanceTimersByTime(200);
		reader.query = 'Event';
		flushSync();
		vi.advanceTimersByTime(200);
		expect(navigation.replaceState).not.toHaveBeenCalled();
		navigation.navigatingTo = {};
		vi.advanceTimersByTime(400);
		expect(navigation.replaceState).not.toHaveBeenCalled();
		navigation.navigatingTo = null;
		vi.advanceTimersByTime(400);
		expect(navigation.replaceState).toHaveBeenCalledTimes(1);
		expect(navigation.replaceState.mock.calls[0][0]).toBe('/?q=Event');
		// Cleared again, the address goes back to the story's own: compared with the
		// address bar, which replaceState changed, not with page.url, which it did not.
		location.search = '?q=Event';
		reader.query = '';
		flushSync();
		vi.advanceTimersByTime(400);
		expect(navigation.replaceState).toHaveBeenCalledTimes(2);
		expect(navigation.replaceState.mock.calls[1][0]).toBe('/');
		void timeline;
	});

	it('steps through the filtered events and stops at either end', () => {
		const selected = $state({ id: null as string | null });
		const { reader } = makeReader(eventsOf(3), selected);
		expect(reader.stepFrom(1)).toBe('e0');
		expect(reader.stepFrom(-1)).toBe('e2');
		selected.id = 'e2';
		// The selection follows the address: no copy to go stale.
		expect(reader.stepFrom(1)).toBeNull();
		expect(reader.stepFrom(-1)).toBe('e1');
	});
});

describe('StoryData', () => {
	it('loads a large story part by part: the timeline from its index, then the words, then complete once the cards catch up', async () => {
		const all = eventsOf(4);
		const parts = [all.slice(0, 2), all.slice(2)];
		// The events' words are held until the test lets them come, to see the timeline drawn before them.
		let releaseWords = () => {};
		const words = new Promise<void>((done) => (releaseWords = done));
		const fetched: string[] = [];
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string) => {
				fetched.push(url);
				if (url.includes('/story/marks/'))
					return new Response(JSON.stringify(timelineItems(all).map(timelineRow)));
				await words;
				return new Response(JSON.stringify(parts[Number(/(\d+)\.json$/.exec(url)![1])]));
			})
		);
		// The frame after the timeline has drawn: held, to see the state between.
		let nextFrame = () => {};
		vi.stubGlobal('requestAnimationFrame', (callback: () => void) => (nextFrame = callback));
		let story!: StoryData;
		cleanups.push(
			$effect.root(() => {
				story = new StoryData(() => pageStory(parts[0], 2));
			})
		);
		expect(story.status).toBe('first-view');
		expect(story.ready).toBe(false);
		let completed = false;
		const loading = story.load(() => (completed = true));
		expect(story.status).toBe('loading');
		await vi.waitFor(() => expect(story.status).toBe('timeline'));
		expect(fetched[0]).toMatch(/\/story\/marks\/0\.json$/);
		expect(story.ready).toBe(true);
		expect(story.items.map((item) => item.id)).toEqual(['e0', 'e1', 'e2', 'e3']);
		expect(story.items[3].dateLabel).toBe(all[3].dateText);
		expect(story.events).toHaveLength(2);
		expect(story.cardsComplete).toBe(false);
		releaseWords();
		await loading;
		expect(story.status).toBe('drawn');
		expect(story.cardsComplete).toBe(false);
		nextFrame();
		await vi.waitFor(() => expect(completed).toBe(true));
		expect(story.status).toBe('complete');
		expect(story.cardsComplete).toBe(true);
		expect(story.events.map((event) => event.id)).toEqual(['e0', 'e1', 'e2', 'e3']);
		expect(story.items).toHaveLength(4);
	});

	it('keeps a timeline that came when the cards’ words do not', async () => {
		const all = eventsOf(4);
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string) =>
				url.includes('/story/marks/')
					? new Response(JSON.stringify(timelineItems(all).map(timelineRow)))
					: new Response('nope', { status: 500 })
			)
		);
		let story!: StoryData;
		cleanups.push(
			$effect.root(() => {
				story = new StoryData(() => pageStory(all.slice(0, 2), 2));
			})
		);
		await story.load();
		expect(story.status).toBe('words-failed');
		expect(story.ready).toBe(true);
		expect(story.items).toHaveLength(4);
		expect(story.cardsComplete).toBe(false);
	});

	it('says a part that did not arrive', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('nope', { status: 500 }))
		);
		let story!: StoryData;
		cleanups.push(
			$effect.root(() => {
				story = new StoryData(() => pageStory(eventsOf(2), 3));
			})
		);
		await story.load();
		expect(story.status).toBe('failed');
		expect(story.ready).toBe(false);
	});
});
