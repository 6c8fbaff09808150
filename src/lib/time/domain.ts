const DAY = 86_400_000;

/**
 * The time a story covers, with a margin on each side so that its first and last
 * marks are not pinned to the edges: the "show all" view and the zoom-out limit.
 */
export function storyDomain(extents: readonly { start: number; end: number }[]): [Date, Date] {
	if (extents.length === 0) {
		const now = Date.now();
		return [new Date(now - 365 * DAY), new Date(now)];
	}
	let start = Infinity;
	let end = -Infinity;
	for (const extent of extents) {
		if (extent.start < start) start = extent.start;
		if (extent.end > end) end = extent.end;
	}
	const margin = Math.max((end - start) * 0.04, 7 * DAY);
	return [new Date(start - margin), new Date(end + margin)];
}

/** Pixels one day should take at the deepest zoom: a day across a few hundred pixels. */
export const MAX_DAY_PX = 300;

/** The largest zoom factor, relative to showing the whole domain across `width` pixels. */
export function maxZoomScale(domain: [Date, Date], width: number): number {
	const days = (domain[1].getTime() - domain[0].getTime()) / DAY;
	return Math.max(1, (MAX_DAY_PX * days) / Math.max(width, 1));
}

/**
 * The zoom transform (scale k and x offset, as d3-zoom holds them) that shows
 * [from, to] across `width` pixels, clamped to the zoom limits and the domain.
 */
export function transformForRange(
	domain: [Date, Date],
	width: number,
	from: number,
	to: number
): { k: number; x: number } {
	const d0 = domain[0].getTime();
	const d1 = domain[1].getTime();
	// A window reaching past the story keeps its width and is moved inside by the clamp below.
	const lo = Math.min(from, to);
	const hi = Math.max(from, to);
	const pxPerMs = width / (d1 - d0);
	const span = Math.max(hi - lo, 1);
	const k = Math.min(maxZoomScale(domain, width), Math.max(1, (d1 - d0) / span));
	// Centre the requested range when the zoom limit makes the view wider than it.
	const centre = (lo + hi) / 2;
	let x = -((centre - d0) * pxPerMs * k - width / 2);
	x = Math.min(0, Math.max(width - width * k, x));
	return { k, x };
}

/**
 * The window to open on when one event is chosen by link: the event with its
 * neighbours on either side for context, at least `minDays` wide.
 */
export function contextRange(
	items: readonly { start: number; end: number }[],
	index: number,
	minDays = 45
): { from: number; to: number } {
	const item = items[index];
	const previous = items[index - 1];
	const next = items[index + 1];
	let from = previous ? Math.min(previous.start, item.start) : item.start;
	let to = next ? Math.max(next.start + 1, item.end) : item.end;
	// Neighbours years away would zoom out too far to see the event itself.
	const maxSpan = Math.max((item.end - item.start) * 1.5, 240 * DAY);
	if (to - from > maxSpan) {
		from = Math.max(from, item.start - maxSpan / 2);
		to = Math.min(to, Math.max(item.end, item.start + maxSpan / 2));
	}
	const pad = Math.max((to - from) * 0.15, (minDays * DAY - (to - from)) / 2, 0);
	return { from: from - pad, to: to + pad };
}

/**
 * A linear time scale as one multiply-add from UTC ms to pixels, for placing every
 * mark of a large story at once: calling d3's scale per date cost 65 ms for a
 * hundred thousand. Same result as the scale itself, which the timeline leaves
 * unclamped and un-niced.
 */
export function pixelsOf(scale: { domain(): Date[]; range(): number[] }): (ms: number) => number {
	const [d0, d1] = scale.domain().map(Number);
	const [r0, r1] = scale.range();
	const slope = (r1 - r0) / (d1 - d0);
	return (ms) => r0 + (ms - d0) * slope;
}
