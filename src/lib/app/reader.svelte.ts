import { createContext, untrack, type Component } from 'svelte';
import { browser } from '$app/environment';
import { goto, replaceState } from '$app/navigation';
import { navigating, page } from '$app/state';
import { filterEvents } from '$lib/story/filter';
import { timelineItems, markName } from '$lib/layout/timelineItems';
import { contextRange } from '$lib/time/domain';
import { parseViewState, serializeViewState, type ViewState } from '$lib/address/viewState';
import { embedUrl, eventHref, shareUrl } from '$lib/address/eventAddress';
import { formatCount, formatEventCount } from '$lib/text/formatCount';
import { labelledTitle } from '$lib/story/claims';
import type { StoryEvent } from '$lib/story/types';
import type { ScaleMode } from '$lib/time/folds';
import type { TimelineView } from '$lib/timeline/view.svelte';
import type { StoryData } from './storyData.svelte';
import type { Announcer } from './announcer.svelte';

/** A very large story's cards are shown this many at a time past this many events. */
const CARD_WINDOW = 40;
const ALL_CARDS_UP_TO = 300;

/**
 * The reader: what they selected (the address's), how they filter, what they
 * point at and read. The one writer of the address.
 *
 * The address contract: the selection is the path (`/events/<id>`, or `?event=`
 * in a story without a page per event), and selecting is a navigation (a history
 * entry each, so Back and Forward walk the selections). The window (`?from&to`)
 * and the filters (`?actor&q`) are read from the address once, on entry; after
 * that zooming, panning and filtering rewrite it in place, without history, so
 * that copying the address bar shares exactly what is on screen.
 *
 * In an embed (`/embed/…`) selecting replaces the address instead: a frame's
 * history is the host page's, and Back must leave the host's article, not step
 * through the timeline.
 */
export class Reader {
	#story: StoryData;
	#announcer: Announcer;
	#selectedId: () => string | null;
	#timeline: () => TimelineView;
	/** Whether the page is the embed, in another site's frame: see the address contract above. */
	readonly embedded: boolean;

	actor = $state('');
	query = $state('');
	/** The axis's spacing as the reader chose it; the story's own until they do. */
	chosenScale = $state<ScaleMode | null>(null);
	/** Whether the reader chose to show the axis's second calendar row; the address's choice until they do. */
	chosenCalendar = $state<boolean | null>(null);
	hoveredId = $state<string | null>(null);
	/** The card at the reading line, or the one the timeline last pointed at. */
	activeId = $state<string | null>(null);
	shareStatus = $state<{ id: string; text: string } | null>(null);
	/** The embed code on show: an event's (its id) or the whole story's (null), with the panel that shows it. */
	embed = $state.raw<{
		id: string | null;
		code: string;
		Panel: Component<{ id: string; code: string }>;
	} | null>(null);
	/** Share buttons do nothing without script: the prerendered cards keep them hidden. */
	canShare = $state(false);
	#hydrated = $state(false);

	/** The address's window and filters on entry (the window only exists in the browser). */
	readonly entry: ViewState;

	constructor(
		story: StoryData,
		announcer: Announcer,
		selectedId: () => string | null,
		timeline: () => TimelineView,
		embedded = false
	) {
		this.embedded = embedded;
		this.#story = story;
		this.#announcer = announcer;
		this.#selectedId = selectedId;
		this.#timeline = timeline;
		this.entry = browser
			? parseViewState(
					page.url.searchParams,
					untrack(() => story.knownActors)
				)
			: {};
	}

	/** The story (an accessor: the derived values below are made before the constructor runs, and read it later). */
	get #data() {
		return this.#story;
	}

	get selectedId() {
		return this.#selectedId();
	}

	/** How the timeline spaces time: the address's or the reader's choice, else the story's. */
	readonly scaleMode: ScaleMode = $derived.by(
		() => this.chosenScale ?? this.entry.scale ?? this.#data.defaultScale
	);

	/** The axis's second calendar row: the reader's choice, else the address's; shown by default. */
	readonly showCalendar: boolean = $derived.by(() => this.chosenCalendar ?? this.entry.calendar !== 'off');

	readonly filtering = $derived(this.actor !== '' || this.query.trim() !== '');
	readonly filtered = $derived(
		filterEvents(this.#data.events, { actor: this.actor || undefined, query: this.query }, this.#data.actors)
	);
	/** What the timeline draws: every event, or those the filters keep. */
	readonly items = $derived(this.filtering ? timelineItems(this.filtered) : this.#data.items);
	readonly highlightedId = $derived(this.hoveredId ?? this.activeId);

	// A search rather than a map from id: building a map of a hundred thousand ids held the page still.
	indexOf(id: string) {
		return this.filtered.findIndex((event) => event.id === id);
	}

	/** The window the timeline opens on: the address's, or around the linked event. */
	readonly opening = $derived.by(() => {
		const { from, to } = this.entry;
		if (from !== undefined && to !== undefined) return { from, to };
		// An event's page knows its window from the build; `?event=` in a story without
		// a page per event works it out from the events it has.
		if (this.#data.opening) return this.#data.opening;
		const items = this.#data.items;
		const index = this.selectedId ? items.findIndex((item) => item.id === this.selectedId) : -1;
		return index === -1 ? null : contextRange(items, index);
	});

	/** An address naming an event the story does not have (a hand-edited `?event=`): said, not ignored. */
	readonly missingId = $derived(
		this.#data.ready &&
			this.selectedId !== null &&
			// The timeline's items: a large story's timeline has every event before its cards do.
			!this.#data.items.some((item) => item.id === this.selectedId)
			? this.selectedId
			: null
	);

	readonly currentIndex = $derived.by(() => {
		const id = this.selectedId ?? this.activeId;
		return id ? this.indexOf(id) : -1;
	});

	readonly position = $derived(
		this.currentIndex >= 0
			? `${formatCount(this.currentIndex + 1)} of ${formatCount(this.filtered.length)}`
			: formatEventCount(this.filtered.length)
	);

	/** The query string that keeps the view and the filters: copied to every link the app writes. */
	readonly addressQuery = $derived.by(() => {
		const timeline = this.#timeline();
		const { from, to } = this.entry;
		// Until the timeline is live, the window is the one it opens on: written behind
		// before the timeline's code had arrived, the address would lose the link's window.
		const window = timeline.live
			? timeline.showsWholeStory
				? {}
				: timeline.window
			: from !== undefined && to !== undefined
				? { from, to }
				: {};
		return serializeViewState({
			...window,
			actor: this.actor || undefined,
			q: this.query.trim() || undefined,
			// Only a choice away from the story's own spacing is written: the story's address stays short.
			scale: this.scaleMode !== this.#data.defaultScale ? this.scaleMode : undefined,
			calendar: this.#data.meta.calendars && !this.showCalendar ? 'off' : undefined
		});
	});

	/** The address of an event, or of the whole story for null, keeping the view and the filters. */
	addressOf(id: string | null): string {
		return eventHref(id, this.#data.eventPages, this.addressQuery, this.embedded);
	}

	/** Once hydrated: the filters from the address (the prerendered cards hydrate as built), and the write-behind. */
	hydrate() {
		this.actor = this.entry.actor ?? '';
		this.query = this.entry.q ?? '';
		this.#hydrated = true;
		// Shown in a task of their own: the one that hydrates the page is long enough.
		const shareTimer = setTimeout(() => (this.canShare = true));
		return () => {
			clearTimeout(shareTimer);
			// A rewrite still pending when the reader leaves (to the source view, say)
			// would put this page's address on the next page.
			clearTimeout(this.#addressTimer);
		};
	}

	#addressTimer: ReturnType<typeof setTimeout> | undefined;

	/** Zooming, panning and filtering rewrite the address, without adding history, once they stop. */
	writeAddressBehind() {
		$effect(() => {
			void this.addressQuery;
			if (this.#hydrated) untrack(() => this.#scheduleAddress());
		});
	}

	#scheduleAddress() {
		clearTimeout(this.#addressTimer);
		this.#addressTimer = setTimeout(() => {
			if (navigating.to) return this.#scheduleAddress();
			const next = this.addressOf(this.selectedId);
			// Compared with the address bar itself: page.url does not follow replaceState, so
			// going back to an address written before (a filter cleared, say) looked unchanged.
			// eventHref() resolves the path; only the query string is added to it.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (next !== `${location.pathname}${location.search}`) replaceState(next, page.state);
		}, 350);
	}

	/** Selecting is a navigation: a history entry (none in an embed) and the event's own address. */
	select(id: string | null, reveal: (id: string) => void) {
		if (id === this.selectedId) {
			if (id) reveal(id);
			return;
		}
		clearTimeout(this.#addressTimer);
		// eventHref() resolves the path; only the query string is added to it.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		void goto(this.addressOf(id), { noScroll: true, keepFocus: true, replaceState: this.embedded });
	}

	/** The event `delta` steps from the current one, in the filtered order, or null at either end. */
	stepFrom(delta: 1 | -1): string | null {
		const count = this.filtered.length;
		if (count === 0) return null;
		const from = this.currentIndex;
		const next = from === -1 ? (delta === 1 ? 0 : count - 1) : from + delta;
		return next < 0 || next >= count ? null : this.filtered[next].id;
	}

	/** The selection has arrived (a click, a key, Back or Forward, the page's own event): say so. */
	announceSelection(id: string) {
		const item = this.#data.items.find((candidate) => candidate.id === id);
		if (item) this.#announcer.say(`Selected: ${markName(item)}`);
		this.activeId = id;
	}

	clearFilters() {
		this.actor = '';
		this.query = '';
	}

	async share(event: StoryEvent) {
		const url = shareUrl(event.id, this.#data.eventPages);
		let text = 'Link copied';
		try {
			if (typeof navigator.share === 'function' && navigator.canShare?.({ url })) {
				await navigator.share({ title: labelledTitle(event), url });
				text = 'Shared';
			} else {
				await navigator.clipboard.writeText(url);
			}
		} catch (error) {
			if ((error as Error).name === 'AbortError') return;
			text = `Copy this link: ${url}`;
		}
		this.shareStatus = { id: event.id, text };
	}

	/**
	 * Shows the code that puts an event (or the whole story, for null) in another site's
	 * article, and copies it where the browser lets the page write the clipboard; pressed
	 * again, hides it. Its code arrives when first asked for.
	 */
	async showEmbedCode(event: StoryEvent | null) {
		const id = event?.id ?? null;
		if (this.embed && this.embed.id === id) {
			this.embed = null;
			return;
		}
		const { embedCode, embedTitle, EmbedCodePanel } = await import('$lib/embed/embedPanel');
		const code = embedCode({
			src: embedUrl(id, this.#data.eventPages),
			title: embedTitle(this.#data.meta.title, event ? labelledTitle(event) : undefined)
		});
		this.embed = { id, code, Panel: EmbedCodePanel };
		let text = 'Embed code copied';
		try {
			await navigator.clipboard.writeText(code);
		} catch {
			text = 'Copy the embed code below';
		}
		this.shareStatus = { id: id ?? '', text };
	}

	// ---- Cards: all of a normal story, a window of a very large one -----------------

	/** The cards' events: while a large story's cards catch up, the page's own. */
	readonly #cardEvents = $derived(
		this.#data.status === 'drawn'
			? filterEvents(
					this.#data.pageEvents,
					{ actor: this.actor || undefined, query: this.query },
					this.#data.actors
				)
			: this.filtered
	);
	readonly windowed = $derived(this.filtered.length > ALL_CARDS_UP_TO);
	#windowStart = 0;
	/** Where the window of cards starts; a selection outside it moves it there, and the reader can page it. */
	cardWindowStart = $derived.by(() => {
		const index = this.selectedId ? this.indexOf(this.selectedId) : -1;
		const start = this.#windowStart;
		if (this.windowed && index !== -1 && (index < start || index >= start + CARD_WINDOW)) {
			this.#windowStart = Math.max(0, index - Math.floor(CARD_WINDOW / 2));
		}
		return this.#windowStart;
	});
	readonly cards = $derived(
		this.windowed
			? this.#cardEvents.slice(this.cardWindowStart, this.cardWindowStart + CARD_WINDOW)
			: this.#cardEvents
	);
	readonly hasEarlierCards = $derived(this.windowed && this.cardWindowStart > 0);
	readonly hasLaterCards = $derived(
		this.windowed && this.cardWindowStart + CARD_WINDOW < this.filtered.length
	);

	showEarlierCards() {
		this.cardWindowStart = this.#windowStart = Math.max(0, this.cardWindowStart - CARD_WINDOW);
	}

	showLaterCards() {
		this.cardWindowStart = this.#windowStart = this.cardWindowStart + CARD_WINDOW;
	}
}

export const [getReader, setReader] = createContext<Reader>();
