import { createContext } from 'svelte';
import { prefersReducedMotion } from '$lib/client/reducedMotion';
import type { TimelineItem } from '$lib/layout/timelineItems';
import type { ZoomTransform } from '$lib/layout/placeMarks';
import { axisHeight, lanesFor, surfaceHeight } from '$lib/layout/geometry';
import type { CalendarChoice } from '$lib/time/calendar';
import { coversWindow } from '$lib/time/domain';
import type { AxisStops, Fold, ScaleMode } from '$lib/time/folds';
import type { LiveView } from './liveView.svelte.ts';
import type { WindowText } from '$lib/time/formatDate';
import type { SketchHtml } from '$lib/layout/sketchMarkup';
import { loadGestures, type Gestures } from './loadGestures';

/** A window of time, UTC ms. */
export interface Window {
	from: number;
	to: number;
}

/** What the view is given by its owner, as getters, so that it follows them without copies. */
export interface TimelineInputs {
	items: () => TimelineItem[];
	/** The zoom-out limit: the whole story with a margin. Stays put while a filter hides items. */
	domain: () => [Date, Date];
	/** The stretches a compact axis folds, found by the build from every event (see folds.ts). */
	folds: () => Fold[];
	scaleMode: () => ScaleMode;
	setScaleMode: (mode: ScaleMode) => void;
	selectedId: () => string | null;
	highlightedId: () => string | null;
	/** The window to open on (the address's, or around a linked event); the whole story when null. */
	opening: () => Window | null;
	/** The first view as the build drew it: shown until the timeline can draw itself. */
	sketch: () => SketchHtml | null;
	/** The events are still on their way. */
	pending: () => boolean;
	/** Some events are hidden by the reader's filters: the sketch, drawn with all of them, cannot stand in. */
	filtering?: () => boolean;
	/** A mark or a listed event was chosen, or hovered (null: no longer). */
	select: (id: string) => void;
	hover: (id: string | null) => void;
	/** The story's second calendar, for the axis's second row, where it has one. */
	calendar?: () => CalendarChoice | undefined;
	/** The reader shows that row (the default) or has hidden it; the choice lives in the address. */
	showCalendar?: () => boolean;
	setShowCalendar?: (shown: boolean) => void;
}

/**
 * What moves the view: the zoom gesture's behaviour, attached by gestures.ts
 * once its code has arrived. Every frame of a move comes back to the view
 * through applyGesture; nothing else writes the transform.
 */
export interface ZoomDriver {
	moveTo(t: ZoomTransform, animate: boolean, onEnd: () => void, onInterrupt: () => void): void;
}

const ZOOM_STEP = 1.6;

/** A window is the sketch's own, give or take a rounding: the sketch can stand for it. */
function showsSketchedWindow({ from, to }: Window, sketch: Window): boolean {
	return Math.abs(from - sketch.from) + Math.abs(to - sketch.to) < (sketch.to - sketch.from) * 0.002;
}

/**
 * The timeline's view: the window it shows, the layout of the marks in it, and
 * the commands that move it. The window is held once, as d3-zoom's transform,
 * and written only by the gesture (applyGesture); everything else is derived.
 * Before the live timeline's code comes, the build's sketch stands in; once it
 * has, a LiveView computes the axis and the layout (see liveView.svelte.ts).
 * Components read its getters and call its methods.
 */
export class TimelineView {
	#in: TimelineInputs;

	/** The surface's width, measured by the browser; 0 until then. */
	widthPx = $state(0);
	/** d3-zoom's transform, x only: the view is one axis. */
	transform = $state<ZoomTransform>({ k: 1, x: 0 });
	#gestures = $state.raw<Gestures | null>(null);
	/** What the view computes once live (see liveView.svelte.ts): made when its code arrives. */
	#liveView = $state.raw<LiveView | null>(null);
	/** The window asked for before the view could move, or the last one shown (a resize keeps its dates). */
	held: Window | null = null;
	#openingApplied = false;
	#pendingReveal: { id: string; options: RevealOptions } | null = null;
	/** Zooms and pans pressed before the timeline was live: done once it is, in order. */
	#pendingMoves: (() => void)[] = [];

	constructor(inputs: TimelineInputs) {
		this.#in = inputs;
	}

	get items() {
		return this.#in.items();
	}
	get domain() {
		return this.#in.domain();
	}
	get selectedId() {
		return this.#in.selectedId();
	}
	get highlightedId() {
		return this.#in.highlightedId();
	}
	get sketch() {
		return this.#in.sketch();
	}

	/** The timeline draws itself once it has measured its width and its code has arrived. */
	readonly live = $derived(this.widthPx > 0 && this.gestures !== null);
	readonly laneCount = $derived(lanesFor(this.widthPx));
	/** The story's second calendar, whether or not its row is shown. */
	get calendar(): CalendarChoice | undefined {
		return this.#in.calendar?.();
	}
	/** The second calendar's row is drawn: the story has one and the reader has not hidden it. */
	get showsCalendar(): boolean {
		return this.calendar !== undefined && (this.#in.showCalendar?.() ?? true);
	}
	setShowCalendar(shown: boolean) {
		this.#in.setShowCalendar?.(shown);
	}
	/** Where the marks begin: under the second calendar's row too, where the story has one. */
	readonly axisPx = $derived(axisHeight(this.calendar !== undefined));
	readonly heightPx = $derived(surfaceHeight(this.laneCount, this.axisPx));
	get scaleMode() {
		return this.#in.scaleMode();
	}
	/** Whether the story has stretches to fold: without them, the two modes are one. */
	get canFold() {
		return this.#in.folds().length > 0;
	}
	/** The folds the axis makes in this mode: none when true to time. */
	get storyFolds(): Fold[] {
		return this.scaleMode === 'compact' ? this.#in.folds() : [];
	}
	setScaleMode(mode: ScaleMode) {
		this.#in.setScaleMode(mode);
	}

	/** The live timeline's code, loaded after the first view (see loadGestures). */
	get gestures(): Gestures | null {
		return this.#gestures;
	}
	set gestures(code: Gestures | null) {
		this.#gestures = code;
		this.#liveView = code ? new code.LiveView(this) : null;
	}
	/**
	 * What only the live timeline computes, for what only it does. Reached through
	 * here, never imported: whatever the live code uses of a module the first view
	 * imports comes in the first view's script (#21).
	 */
	get #liveOnly(): LiveView {
		if (!this.#liveView) throw new Error('The live timeline is moved before its code has come');
		return this.#liveView;
	}

	/** The axis at zoom 1 (see liveView.svelte.ts); none before the live timeline's code has come. */
	get stops(): AxisStops | null {
		return this.#liveView?.stops ?? null;
	}
	/** The time scale at zoom 1, once live. */
	get base() {
		return this.#liveView?.base ?? null;
	}
	/** The same axis at another width: the overview's. Live only. */
	stopsAt(width: number): AxisStops {
		return this.#liveOnly.stopsAt(width);
	}
	/** Not known before the live code has come: zooming in then wakes it (see #beforeLive). */
	get maxZoom(): number {
		return this.#liveView?.maxZoom ?? Infinity;
	}
	readonly canZoomIn = $derived(this.transform.k < this.maxZoom * 0.999);
	/**
	 * Before the live timeline, the window the sketch shows: an event's page opens
	 * zoomed in, and its zoom-out and Show all wake the live code and are done once
	 * it has come (see #beforeLive), rather than wait greyed out for another reach.
	 */
	readonly canZoomOut = $derived.by(() => (this.live ? this.transform.k > 1.001 : !this.showsWholeStory));

	/** The window shown; until live, the one the timeline will open on, as the sketch draws it. */
	readonly window: Window = $derived.by(() => {
		if (this.live && this.#liveView) return this.#liveView.windowOf(this.transform);
		const sketch = this.sketch;
		const opening = this.#in.opening();
		return {
			from: sketch?.from ?? opening?.from ?? this.domain[0].getTime(),
			to: sketch?.to ?? opening?.to ?? this.domain[1].getTime()
		};
	});

	/**
	 * The window in words: the live timeline's own, or before it, the build's for the
	 * sketch's window, which is the one shown (see sketchStandsIn). Null only for the
	 * moment before a page without a sketch is live.
	 */
	readonly windowText: WindowText | null = $derived.by(() => {
		if (this.gestures) return this.gestures.windowText(this.window.from, this.window.to);
		return this.sketch?.windowText ?? null;
	});

	/**
	 * The reader asks for less motion: the live timeline's moves are not animated. Read
	 * at each move, so a change of setting applies at once. The LiveView reads it here
	 * rather than importing it: a module that the first view's cards and the live code
	 * both import became a chunk of its own, which SvelteKit's list of modules to preload
	 * missed (see the no-waterfall test in budget.spec.ts).
	 */
	get reducedMotion(): boolean {
		return prefersReducedMotion();
	}

	/** Some events are hidden by the reader's filters. */
	get filtering(): boolean {
		return this.#in.filtering?.() ?? false;
	}

	/** The story's events are still on their way: what the timeline shows is not all there is. */
	get pending() {
		return this.#in.pending();
	}

	/** The sketch stands in while the view is still the one it drew. */
	readonly showSketch = $derived.by(() => {
		const sketch = this.sketch;
		if (!sketch) return false;
		// Drawn in the story's own spacing: an address asking for the other waits for the live timeline.
		if (sketch.compact !== (this.scaleMode === 'compact' && this.canFold)) return false;
		if (!this.live) return true;
		return this.#in.pending() && showsSketchedWindow(this.window, sketch);
	});

	/**
	 * The sketch shows what the live timeline would open on: the same window, spacing
	 * and events. Then the live timeline's code can wait for the reader to reach for
	 * it (see wake); otherwise it is needed at once.
	 */
	get sketchStandsIn(): boolean {
		const sketch = this.sketch;
		if (!sketch || !this.showSketch || this.filtering) return false;
		const opening = this.#in.opening();
		return !opening || showsSketchedWindow(opening, sketch);
	}

	/**
	 * Fetches the live timeline's code (see loadGestures), once: at the reader's first
	 * gesture, or at once where the sketch cannot stand in. A reader who only reads
	 * never pays for it.
	 */
	wake() {
		if (this.gestures) return;
		void loadGestures().then((gestures) => (this.gestures = gestures));
	}

	/** Whether the view shows the whole story: it then needs no window in the address. */
	readonly showsWholeStory = $derived(coversWindow(this.window, this.domain));

	// The layout is computed only once live, by code that comes with the gestures' (see liveView.svelte.ts).
	get layout() {
		return this.#liveView?.layout ?? null;
	}
	/** The marks in view; nothing is placed before the timeline is live (and never in the prerendered HTML). */
	get marks() {
		return this.#liveView?.marks ?? [];
	}
	/** The badges in view, with the time their events cover. */
	get clusters() {
		return this.#liveView?.clusters ?? [];
	}
	/** The badge that holds the selected event, or -1. */
	get selectedCluster() {
		return this.#liveView?.selectedCluster ?? -1;
	}
	get highlightedCluster() {
		return this.#liveView?.highlightedCluster ?? -1;
	}
	/** The one mark in the tab order: the selected one where it is drawn, else the first in view. */
	get tabStopId() {
		return this.#liveView?.tabStopId ?? null;
	}
	get todayX() {
		return this.#liveView?.todayX ?? null;
	}

	// A search rather than a map from id: building a map of a hundred thousand ids held the page still.
	indexOf(id: string): number {
		return this.items.findIndex((item) => item.id === id);
	}

	/** When the reader last moved the view themselves (performance.now()): the app leaves it alone a while. */
	get movedByReaderAt() {
		return this.#liveView?.movedByReaderAt ?? 0;
	}
	/** An animation of the view is under way. */
	get moving() {
		return this.#liveView?.moving ?? false;
	}
	/** What the view shows, said politely half a second after it stops moving. */
	get announcement() {
		return this.#liveView?.announcement ?? '';
	}
	/** The badge whose events are listed, where zooming in would not separate them. */
	get openCluster() {
		return this.#liveView?.openCluster ?? null;
	}

	// ---- The gesture's side: carried out by the LiveView (see liveView.svelte.ts) ----

	/**
	 * The zoom behaviour has (re)attached, at this width: the view opens on the
	 * window it holds (the address's, or the last shown, so that a resize keeps
	 * the same dates), and a reveal or move asked for before now is done.
	 */
	connect(driver: ZoomDriver): () => void {
		const range = this.held ?? (this.#openingApplied ? null : this.#in.opening());
		this.#openingApplied = true;
		const disconnect = this.#liveOnly.connect(driver, range);
		const pending = this.#pendingReveal;
		this.#pendingReveal = null;
		if (pending) this.reveal(pending.id, pending.options);
		for (const move of this.#pendingMoves.splice(0)) move();
		return disconnect;
	}

	/** Every frame of every move. `bySource`: a gesture of the reader's own (wheel, drag, pinch). */
	applyGesture(t: ZoomTransform, bySource: boolean) {
		this.#liveOnly.applyGesture(t, bySource);
	}

	/** A gesture ended. */
	gestureEnded() {
		this.#liveOnly.gestureEnded();
	}

	// ---- Commands -----------------------------------------------------------------

	/** The reader chose an event on the timeline: the owner decides what that does. */
	select(id: string) {
		this.#in.select(id);
	}

	hover(id: string | null) {
		this.#in.hover(id);
	}

	/** Shows [from, to] (UTC ms), animated unless the reader prefers reduced motion. */
	showRange(from: number, to: number, options: { byReader?: boolean; animate?: boolean } = {}) {
		if (this.live && this.#liveView?.driven) return this.#liveView.showRange({ from, to }, options);
		// The view opens here once the timeline is live.
		this.held = { from, to };
		this.#pendingMoves = [];
		if (options.byReader) this.wake();
	}

	zoomBy(factor: number) {
		if (!this.#beforeLive(() => this.zoomBy(factor))) this.#liveOnly.moveBy(factor, 0);
	}

	zoomIn() {
		this.zoomBy(ZOOM_STEP);
	}

	zoomOut() {
		this.zoomBy(1 / ZOOM_STEP);
	}

	/** Pans by a fraction of the window: negative is earlier. */
	panBy(fraction: number) {
		if (!this.#beforeLive(() => this.panBy(fraction))) this.#liveOnly.moveBy(1, fraction);
	}

	/**
	 * A tap on the overview strip, `px` along its `widthPx`: the window, as wide on the
	 * strip as it is, centred there. On the build's strip, before the live code has
	 * come, the tap is kept and done once it has.
	 */
	centreOverviewAt(px: number, widthPx: number) {
		if (!this.#beforeLive(() => this.centreOverviewAt(px, widthPx)))
			this.#liveOnly.centreOnOverview(px, widthPx);
	}

	/**
	 * A tap on a sketched badge, whose events cover [start, end]: zoomed in to them once
	 * the live code has come, where that separates them (see LiveView.zoomToCluster);
	 * where it would not, the live badge is then there to list them.
	 */
	zoomToCluster(start: number, end: number) {
		if (!this.#beforeLive(() => this.zoomToCluster(start, end))) this.#liveOnly.zoomToCluster({ start, end });
	}

	/** A move asked for before the view can move: kept for when it can, and the live code fetched. */
	#beforeLive(move: () => void): boolean {
		if (this.live && this.#liveView?.driven) return false;
		this.#pendingMoves.push(move);
		this.wake();
		return true;
	}

	showAll() {
		this.showRange(this.domain[0].getTime(), this.domain[1].getTime(), { byReader: true });
	}

	/**
	 * Brings an event into view: pans to it where it is drawn as a mark at this zoom,
	 * zooms in where it is merged into a badge.
	 */
	reveal(id: string, options: RevealOptions = {}) {
		const index = this.indexOf(id);
		if (index === -1) return;
		const live = this.#liveView;
		if (!this.live || !live) {
			// Asked before the timeline could draw (an event page's own event, say): done once it can.
			this.#pendingReveal = { id, options };
			if (options.byReader) this.wake();
			return;
		}
		const next = live.revealing(index, options.zoomIn !== false);
		if (next) this.showRange(next.from, next.to, options);
	}

	/** Zooms in to a badge's events, or lists them where zooming would not separate them. */
	openClusterAt(
		placed: { cluster: { members: number[] }; start: number; end: number; x: number },
		trigger: HTMLElement
	) {
		this.#liveOnly.openClusterAt(placed, trigger);
	}

	closeCluster(returnFocus: boolean) {
		this.#liveOnly.closeCluster(returnFocus);
	}

	/** The mark to focus once it is drawn (see TimelineMarks): the roving focus of the arrow keys. */
	focusId = $state<string | null>(null);

	/** Moves the roving focus to the mark `step` events away (Home/End: the first/last). */
	focusMark(fromId: string, key: string): boolean {
		const index = Math.max(0, this.indexOf(fromId));
		const last = this.items.length - 1;
		let next: number | null = null;
		if (key === 'ArrowRight' || key === 'ArrowDown') next = Math.min(last, index + 1);
		else if (key === 'ArrowLeft' || key === 'ArrowUp') next = Math.max(0, index - 1);
		else if (key === 'Home') next = 0;
		else if (key === 'End') next = last;
		if (next === null) return false;
		const id = this.items[next].id;
		this.reveal(id, { byReader: true });
		this.focusId = id;
		return true;
	}

	/** The timeline's own keys: + - 0 zoom, arrows pan (on the view itself). */
	handleKey(key: string, onView: boolean): boolean {
		if (key === '+' || key === '=') this.zoomIn();
		else if (key === '-' || key === '_') this.zoomOut();
		else if (key === '0') this.showAll();
		else if (onView && key === 'ArrowLeft') this.panBy(-0.25);
		else if (onView && key === 'ArrowRight') this.panBy(0.25);
		else return false;
		return true;
	}

	/** For tests and teardown. */
	destroy() {
		this.#liveView?.destroy();
	}
}

export interface RevealOptions {
	byReader?: boolean;
	zoomIn?: boolean;
}

export const [getTimelineView, setTimelineView] = createContext<TimelineView>();
