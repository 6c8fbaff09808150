import { scaleUtc } from 'd3-scale';
import type { AxisStops } from './folds.ts';
import { labelEndAt } from './domain.ts';

/*
 * The zoom's arithmetic: windows of time, zoom transforms and pixels, and where a
 * move goes. Only the live timeline moves, so this comes with its code (see
 * timeline/liveView.svelte.ts) rather than in the first view's script (#21); the build
 * uses it too, to draw the sketch.
 */

const DAY = 86_400_000;

/** Pixels one day should take at the deepest zoom: a day across a few hundred pixels. */
export const MAX_DAY_PX = 300;

/**
 * The largest zoom factor: where one day takes MAX_DAY_PX in the part of the
 * axis that gives time the most room (the whole axis, unless it is compact).
 */
export function maxZoomScale(stops: AxisStops): number {
	let densest = 0;
	for (let i = 1; i < stops.domain.length; i++) {
		const ms = stops.domain[i].getTime() - stops.domain[i - 1].getTime();
		if (ms > 0) densest = Math.max(densest, (stops.range[i] - stops.range[i - 1]) / ms);
	}
	return densest > 0 ? Math.max(1, MAX_DAY_PX / (densest * DAY)) : 1;
}

/**
 * The zoom transform (scale k and x offset, as d3-zoom holds them) that shows
 * [from, to] across `width` pixels, clamped to the zoom limits and the domain.
 * Worked out on the axis's pixels at zoom 1, so that it holds on a compact axis.
 */
export function transformForRange(
	stops: AxisStops,
	width: number,
	from: number,
	to: number
): { k: number; x: number } {
	const px = pixelsOf(stops);
	// A window reaching past the story keeps its width and is moved inside by the clamp below.
	const lo = px(Math.min(from, to));
	const hi = px(Math.max(from, to));
	const span = Math.max(hi - lo, 1e-9);
	const k = Math.min(maxZoomScale(stops), Math.max(1, width / span));
	// Centre the requested range when the zoom limit makes the view wider than it.
	const centre = (lo + hi) / 2;
	let x = width / 2 - centre * k;
	x = Math.min(0, Math.max(width - width * k, x));
	return { k, x };
}

/**
 * A time scale's stops as plain arithmetic from UTC ms to pixels, for placing
 * every mark of a large story at once: calling d3's scale per date cost 65 ms for
 * a hundred thousand. Same result as the scale itself (piecewise linear on a
 * compact axis), which the timeline leaves unclamped and un-niced.
 */
export function pixelsOf(stops: AxisStops): (ms: number) => number {
	const dates = stops.domain.map(Number);
	const pixels = stops.range;
	const last = dates.length - 1;
	if (last === 1) {
		const [d0, d1] = dates;
		const [r0, r1] = pixels;
		const slope = (r1 - r0) / (d1 - d0);
		return (ms) => r0 + (ms - d0) * slope;
	}
	const slopes = dates.slice(1).map((d, i) => (pixels[i + 1] - pixels[i]) / (d - dates[i]));
	return (ms) => {
		// A handful of parts: a walk is quicker than a search. Outside the domain, the end parts extend.
		let i = 0;
		while (i < last - 1 && ms >= dates[i + 1]) i++;
		return pixels[i] + (ms - dates[i]) * slopes[i];
	};
}

/** d3's time scale over the axis's stops: piecewise on a compact axis, unclamped and un-niced. */
export function timeScaleOf(stops: AxisStops) {
	return scaleUtc().domain(stops.domain).range(stops.range);
}

/** Anything that turns pixels back into dates, as a d3 time scale does. */
export interface Invertible {
	invert(px: number): Date;
}

/**
 * The window [from, to] (UTC ms) that zoom transform `t` shows across `width`
 * pixels, given the scale at zoom 1. The one place a transform becomes dates.
 */
export function windowOfTransform(
	base: Invertible,
	width: number,
	t: { k: number; x: number }
): { from: number; to: number } {
	return { from: base.invert(-t.x / t.k).getTime(), to: base.invert((width - t.x) / t.k).getTime() };
}

/**
 * Where to move the view to bring an event into it: null where it is already in
 * view as a mark of its own. A placed event is panned to; one merged into a badge
 * is zoomed in on (to a quarter of the window, around it) unless `zoomIn` is false,
 * when it is only panned to where its date is out of view.
 */
export function revealWindow(
	item: { start: number; end: number; labelWidth: number; shape: string },
	placed: boolean,
	view: { from: number; to: number },
	widthPx: number,
	zoomIn = true
): { from: number; to: number } | null {
	const { from, to } = view;
	const span = to - from;
	const labelEnd = labelEndAt(item.start, item.labelWidth, view, widthPx);
	const inView = item.start >= from && Math.max(labelEnd, item.shape === 'point' ? 0 : item.start) <= to;
	if (placed && inView) return null;
	if (placed || !zoomIn) {
		if (!placed && item.start >= from && item.start <= to) return null;
		const centre = item.start + (labelEnd - item.start) / 2;
		return { from: centre - span / 2, to: centre + span / 2 };
	}
	const target = Math.max((item.end - item.start) * 1.5, span / 4);
	return { from: item.start - target / 3, to: item.start + (target * 2) / 3 };
}

/**
 * Where clicking a badge goes: the window around its events where that narrows
 * the view markedly and the zoom limit allows, or null where the events share
 * one stretch of time that zooming cannot separate (they are listed instead).
 */
export function clusterZoomWindow(
	cluster: { start: number; end: number },
	view: { from: number; to: number },
	atMaxZoom: boolean
): { from: number; to: number } | null {
	const pad = Math.max((cluster.end - cluster.start) * 0.1, 3_600_000);
	const narrows = cluster.end - cluster.start + 2 * pad < (view.to - view.from) * 0.6;
	return narrows && !atMaxZoom ? { from: cluster.start - pad, to: cluster.end + pad } : null;
}
