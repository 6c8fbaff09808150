import { tick } from 'svelte';
import { prefersReducedMotion } from '$lib/client/reducedMotion';
import { restingScrollTop, type VerticalExtent } from './restingScroll';

/**
 * The page's scroll and the cards: the app scrolls a card into view below the
 * pinned timeline, and the reader's own scrolling tells which card is being
 * read. The two are kept apart: while the app scrolls, scrolling says nothing
 * of the reader.
 */
export class CardScroller {
	/**
	 * Set from the moment the app decides to scroll to a card until that scroll has
	 * landed (`scrollend`, or a fallback where the browser has none): the page says
	 * it is still moving (`data-settling`), so that nothing checks it half-way.
	 */
	scrolling = $state(false);
	/** The pinned timeline's height, measured by the browser. */
	pinPx = $state(0);
	/** The reader has scrolled the page themselves: a late reveal must not pull them back. */
	readerScrolled = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#frame = 0;
	/** Counts the app's scrolls: one superseded by a later one before it starts does not start. */
	#scrollRequest = 0;
	/** When a selection set off (a navigation began), and when the reader last moved focus in the page. */
	#selectionAt = 0;
	#readerFocusedAt = -Infinity;

	/**
	 * The card at the reading line, a third of the way down the space below the pinned
	 * timeline; none while the reader is still above the cards (the story's header).
	 */
	cardAtReadingLine(): string | null {
		const line = this.pinPx + (window.innerHeight - this.pinPx) * 0.33;
		const cards = document.querySelectorAll<HTMLElement>('.event-card');
		let best: string | null = null;
		for (const card of cards) {
			if (card.getBoundingClientRect().top <= line) best = card.dataset.id ?? null;
			else break;
		}
		// Not the first card for want of one: that turned a scroll at the top of the page
		// (a layout settling, say) into "reading the first event", and disabled Previous
		// under the reader's finger.
		return best;
	}

	/** A scroll event: once a frame, tells `read` which card is at the reading line and whether the reader moved. */
	scrolled(read: (id: string | null, byReader: boolean) => void) {
		// The app's own scroll passes cards on its way to the one it was sent to: reading
		// them lit each in turn and measured the page at every frame of the way.
		if (this.scrolling) return;
		this.readerScrolled = true;
		if (this.#frame) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			read(this.cardAtReadingLine(), !this.scrolling);
		});
	}

	/**
	 * Scrolls the card of event `id` to just below the pin, never leaving a control cut by
	 * the pin's edge. A page opened at an event goes there at once (`instant`), as a
	 * browser goes to an address's #fragment; a selection in the page glides there,
	 * unless the reader prefers less motion.
	 */
	async scrollToCard(id: string, instant = false) {
		const request = ++this.#scrollRequest;
		this.scrolling = true;
		clearTimeout(this.#timer);
		await tick();
		// The pinned timeline settles its height once it has measured itself: wait a frame.
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		if (request !== this.#scrollRequest) return;
		// The reader moved on (Tab, a click in the cards) while the selection was on its way:
		// scrolling now would carry the control they reached away from them.
		if (this.#readerFocusedAt >= this.#selectionAt) return this.landed();
		const card = document.getElementById(`event-${id}`);
		if (!card) return this.landed();
		const wanted = card.getBoundingClientRect().top + window.scrollY - this.pinPx - 8;
		const bottom = document.documentElement.scrollHeight - window.innerHeight;
		const top = restingScrollTop(Math.min(wanted, bottom), this.pinPx, controlExtents());
		// Already there: no scroll will happen, so no scrollend will come.
		if (Math.abs(top - window.scrollY) < 1) return this.landed();
		const glide = !instant && !prefersReducedMotion();
		window.scrollTo({ top, behavior: glide ? 'smooth' : 'instant' });
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.landed(), glide ? 1500 : 100);
	}

	/** A selection has set off (a navigation began): the reader's moves from now on take precedence over its scroll. */
	selectionStarted() {
		this.#selectionAt = performance.now();
	}

	/**
	 * The reader moved focus into the page (Tab, or a click). Once the app's scroll is
	 * under way the browser's own focus scroll takes over from it; before that, the
	 * scroll checks this and does not start (see `scrollToCard`).
	 */
	focusMoved() {
		this.#readerFocusedAt = performance.now();
	}

	/** The app's scroll has landed. */
	landed() {
		clearTimeout(this.#timer);
		this.scrolling = false;
	}

	destroy() {
		clearTimeout(this.#timer);
		cancelAnimationFrame(this.#frame);
	}
}

/** Where the page's controls are, in page coordinates: none may be left cut by the pin. */
function controlExtents(): VerticalExtent[] {
	const controls = document.querySelectorAll('main a, main button, main input, main select');
	return Array.from(controls, (control) => control.getBoundingClientRect())
		.filter((rect) => rect.height > 0)
		.map((rect) => ({ top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY }));
}
