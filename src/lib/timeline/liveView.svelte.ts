import { layoutMarks, layoutZoomLevel } from '$lib/layout/layoutMarks';
import { markColumns } from '$lib/layout/markColumns';
import { placeClusters, placeMarks } from '$lib/layout/placeMarks';
import { CLUSTER_WIDTH_PX, MARK_GAP_PX } from '$lib/layout/geometry';
import { axisStops, type AxisStops } from '$lib/time/folds';
import {
	clusterZoomWindow,
	maxZoomScale,
	pixelsOf,
	revealWindow,
	timeScaleOf,
	transformForRange,
	windowOfTransform
} from '$lib/time/zoom';
import type { ZoomTransform } from '$lib/layout/placeMarks';
import { countInRange } from '$lib/layout/timelineItems';
import { formatEventCount } from '$lib/text/formatCount';
import type { TimelineView, Window, ZoomDriver } from './view.svelte.ts';

/** A badge names its events in data-members up to this many; joining thousands of ids each zoom step would cost frames. */
export const MEMBERS_LISTED = 200;

const stay = () => {};

/**
 * What the timeline's view computes and does once it is live: the axis and its time
 * scale, the layout of the marks and badges, the zoom's arithmetic, and the moves
 * themselves (the gesture's frames, the animated commands, the badge list). It comes
 * with the live timeline's code (see loadGestures.ts), made by the view when that
 * code arrives, and reads everything else from the view: the first view needs none
 * of it, and code the first view imports comes in its script (#21). The view keeps
 * what is asked of it before then and hands it over once this can move.
 */
export class LiveView {
	#view: TimelineView;

	constructor(view: TimelineView) {
		this.#view = view;
	}

	/** The axis at zoom 1: its dates and their pixels, piecewise on a compact axis (see folds.ts). */
	readonly stops = $derived.by(() => this.stopsAt(this.#view.widthPx));
	/** The same axis at another width: the overview's. */
	stopsAt(width: number): AxisStops {
		return axisStops(this.#view.domain, this.#view.storyFolds, Math.max(width, 1));
	}
	readonly #px = $derived(pixelsOf(this.stops));
	/** The time scale at zoom 1. */
	readonly base = $derived(timeScaleOf(this.stops));
	readonly maxZoom = $derived(maxZoomScale(this.stops));

	/** The window a transform shows. */
	windowOf(t: ZoomTransform): Window {
		return windowOfTransform(this.base, this.#view.widthPx, t);
	}
	/** The transform that shows a window. */
	transformFor({ from, to }: Window): ZoomTransform {
		return transformForRange(this.stops, this.#view.widthPx, from, to);
	}
	/**
	 * A window `factor` times narrower or `shift` windows later, worked out in the
	 * axis's pixels so that on a compact axis a step across a fold is a step on
	 * screen, not seven years.
	 */
	movedWindow({ from, to }: Window, factor: number, shift: number): Window {
		const p0 = this.#px(from);
		const p1 = this.#px(to);
		const half = (p1 - p0) / factor / 2;
		const centre = (p0 + p1) / 2 + (p1 - p0) * shift;
		return {
			from: this.base.invert(centre - half).getTime(),
			to: this.base.invert(centre + half).getTime()
		};
	}
	/** Where to move to bring the event at `index` into view: null where it is in view already (see revealWindow). */
	revealing(index: number, zoomIn: boolean): Window | null {
		const view = this.#view;
		const placed = this.layout.laneOf[index] !== -1;
		return revealWindow(view.items[index], placed, view.window, view.widthPx, zoomIn);
	}
	/** Where clicking a badge goes, or null where its events are listed instead (see clusterZoomWindow). */
	clusterWindow(placed: { start: number; end: number }): Window | null {
		return clusterZoomWindow(placed, this.#view.window, !this.#view.canZoomIn);
	}

	readonly #columns = $derived.by(() => markColumns(this.#view.items, this.#px));
	/** Lanes and clusters change only at the next zoom step, never while panning. */
	readonly #layoutK = $derived.by(() => layoutZoomLevel(this.#view.transform.k));
	readonly layout = $derived.by(() => {
		const view = this.#view;
		const k = this.#layoutK;
		const result = layoutMarks(this.#columns, (px) => px * k, {
			wall: view.widthPx * k,
			maxLanes: view.laneCount,
			gap: MARK_GAP_PX,
			clusterWidth: CLUSTER_WIDTH_PX
		});
		const laneOf = new Int16Array(view.items.length).fill(-1);
		for (const mark of result.marks) laneOf[mark.index] = mark.lane;
		// Which badge holds an event: a large story's badges hold thousands, too many to search each frame.
		const clusterOf = new Int32Array(view.items.length).fill(-1);
		result.clusters.forEach((cluster, c) => {
			for (const index of cluster.members) clusterOf[index] = c;
		});
		return { ...result, laneOf, clusterOf };
	});

	/** The marks in view; none until the view has measured itself (and never in the prerendered HTML). */
	readonly marks = $derived.by(() => {
		const view = this.#view;
		if (!view.live) return [];
		return placeMarks(view.items, this.#columns, this.layout, this.#layoutK, view.transform, view.widthPx);
	});

	/** The badges in view, with the time their events cover (layout works in pixels at zoom 1). */
	readonly clusters = $derived.by(() => {
		const view = this.#view;
		if (!view.live) return [];
		return placeClusters(this.layout, this.#layoutK, view.transform, view.widthPx).map((placed) => ({
			...placed,
			start: this.base.invert(placed.cluster.start).getTime(),
			end: this.base.invert(placed.cluster.end).getTime()
		}));
	});

	readonly #selectedIndex = $derived.by(() => {
		const id = this.#view.selectedId;
		return id ? this.#view.indexOf(id) : -1;
	});
	readonly #highlightedIndex = $derived.by(() => {
		const id = this.#view.highlightedId;
		return id ? this.#view.indexOf(id) : -1;
	});
	/** The badge that holds the selected event, or -1. */
	readonly selectedCluster = $derived(
		this.#selectedIndex !== -1 ? this.layout.clusterOf[this.#selectedIndex] : -1
	);
	readonly highlightedCluster = $derived(
		this.#highlightedIndex !== -1 ? this.layout.clusterOf[this.#highlightedIndex] : -1
	);

	/** The one mark in the tab order: the selected one where it is drawn, else the first in view. */
	readonly tabStopId = $derived.by(() => {
		const selectedId = this.#view.selectedId;
		const drawn = (mark: { labelRoom: number }) => mark.labelRoom >= 64;
		return (
			this.marks.find((mark) => mark.item.id === selectedId && drawn(mark))?.item.id ??
			this.marks.find(drawn)?.item.id ??
			null
		);
	});

	readonly todayX = $derived.by(() => {
		const view = this.#view;
		if (!view.live) return null;
		const now = Date.now();
		return now >= view.window.from && now <= view.window.to
			? this.#px(now) * view.transform.k + view.transform.x
			: null;
	});

	// ---- Motion: the view's transform is written here, and only here ----------------

	/** d3-zoom's behaviour, attached by gestures.svelte.ts. */
	#driver: ZoomDriver | null = null;
	/** Where an animation is heading: presses during it build on its target, so two presses zoom twice. */
	#target: Window | null = null;
	/** Set while a command the reader gave animates the view, so that the app does not take over. */
	#readerMoving = false;
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	/** An animation of the view is under way. */
	moving = $state(false);
	/** What the view shows, said politely half a second after it stops moving. */
	announcement = $state('');
	/** The badge whose events are listed, where zooming in would not separate them. */
	openCluster = $state<{ members: number[]; x: number; trigger: HTMLElement } | null>(null);
	/** When the reader last moved the view themselves (performance.now()). */
	movedByReaderAt = 0;

	/** The zoom behaviour is attached: the view can move. */
	get driven() {
		return this.#driver !== null;
	}

	/** Attaches the zoom behaviour and opens on `range` (the whole story for null). */
	connect(driver: ZoomDriver, range: Window | null): () => void {
		this.#driver = driver;
		driver.moveTo(range ? this.transformFor(range) : { k: 1, x: 0 }, false, stay, stay);
		return () => {
			if (this.#driver === driver) this.#driver = null;
		};
	}

	applyGesture(t: ZoomTransform, bySource: boolean) {
		const view = this.#view;
		if (bySource) {
			// The reader's own gesture stops any animation and its target.
			this.#target = null;
			this.openCluster = null;
		}
		view.transform = { k: t.k, x: t.x };
		view.held = this.windowOf(t);
		if (this.#readerMoving || bySource) this.movedByReaderAt = performance.now();
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(() => {
			const { from, to } = view.window;
			const count = countInRange(view.items, from, to);
			this.announcement = `Showing ${view.windowText?.long ?? ''}, ${formatEventCount(count)}`;
		}, 500);
	}

	gestureEnded() {
		this.#readerMoving = false;
	}

	/** Shows a window, animated unless the reader prefers reduced motion or `animate` is false. */
	showRange(range: Window, options: { byReader?: boolean; animate?: boolean }) {
		const driver = this.#driver;
		if (!driver) return;
		const t = this.transformFor(range);
		this.#readerMoving = options.byReader ?? false;
		if (options.animate === false || this.#view.reducedMotion) {
			this.#target = null;
			driver.moveTo(t, false, stay, stay);
			return;
		}
		const heading = this.windowOf(t);
		this.#target = heading;
		driver.moveTo(
			t,
			true,
			() => {
				if (this.#target === heading) this.#target = null;
				this.moving = false;
			},
			() => (this.moving = false)
		);
		// After moveTo: interrupting the animation before this one has just said it stopped.
		this.moving = true;
	}

	/** Zooms `factor` times in, or pans `shift` windows on, from the window shown or heading to (see movedWindow). */
	moveBy(factor: number, shift: number) {
		this.showRange(this.movedWindow(this.#target ?? this.#view.window, factor, shift), { byReader: true });
	}

	/** The window, as wide on the overview strip (`widthPx` wide) as it is, centred at `px` on it. */
	centreOnOverview(px: number, widthPx: number) {
		const strip = timeScaleOf(this.stopsAt(widthPx));
		const { from, to } = this.#view.window;
		const half = (strip(to) - strip(from)) / 2;
		this.showRange(
			{ from: strip.invert(px - half).getTime(), to: strip.invert(px + half).getTime() },
			{ byReader: true, animate: false }
		);
	}

	/** Zooms in to the time a badge's events cover, where that separates them (see clusterWindow): whether it did. */
	zoomToCluster(span: { start: number; end: number }): boolean {
		const next = this.clusterWindow(span);
		if (next) this.showRange(next, { byReader: true });
		return next !== null;
	}

	/** Zooms in to a badge's events, or lists them where zooming would not separate them. */
	openClusterAt(
		placed: { cluster: { members: number[] }; start: number; end: number; x: number },
		trigger: HTMLElement
	) {
		if (!this.zoomToCluster(placed))
			this.openCluster = { members: placed.cluster.members, x: placed.x, trigger };
	}

	closeCluster(returnFocus: boolean) {
		const trigger = this.openCluster?.trigger;
		this.openCluster = null;
		if (returnFocus) trigger?.focus();
	}

	destroy() {
		clearTimeout(this.#announceTimer);
		this.#driver = null;
	}
}
