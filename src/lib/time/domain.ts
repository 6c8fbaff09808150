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

/** Where a label that starts at `start` ends, in time, in a view `widthPx` wide. */
export function labelEndAt(
	start: number,
	labelWidth: number,
	view: { from: number; to: number },
	widthPx: number
) {
	return start + (labelWidth / Math.max(widthPx, 1)) * (view.to - view.from);
}

/**
 * The narrowest timeline an event's opening keeps the event's label whole on: a
 * phone's, 360 px wide, less a little. The build draws one opening at every width
 * (see layout/sketch.ts), so it is made to fit the narrowest; a wider timeline has
 * more room for the label.
 */
export const OPENING_FIT_PX = 340;

/**
 * The window to open on when one event is chosen by link: the event with its
 * neighbours on either side for context, at least `minDays` wide, and with room
 * after the event for its label (`labelWidth`, where given) on a timeline
 * `OPENING_FIT_PX` wide. An event late in the window had its label cut off by the
 * view's edge in the page's first view, and the live timeline then moved to show it.
 */
export function contextRange(
	items: readonly { start: number; end: number; labelWidth?: number }[],
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
	from -= pad;
	to += pad;
	// Where the label would run past the window's end at that width (the test
	// revealWindow makes), the window moves on, at the same zoom, until it ends there.
	// Widening it instead put the event in a badge with its neighbours on a phone. The
	// label counts for at most three quarters of the width, so the event stays well inside.
	const labelWidth = Math.min(item.labelWidth ?? 0, OPENING_FIT_PX * 0.75);
	const shift = Math.max(0, labelEndAt(item.start, labelWidth, { from, to }, OPENING_FIT_PX) - to);
	return { from: from + shift, to: to + shift };
}

/**
 * Whether `range` shows the whole of `domain`, give or take 0.2% of it (a window
 * read back from pixels, or from the address's whole days, is never exact): such
 * a view needs no window in the address and no window drawn in the overview.
 */
export function coversWindow(range: { from: number; to: number }, domain: [Date, Date]): boolean {
	const d0 = domain[0].getTime();
	const d1 = domain[1].getTime();
	const slack = (d1 - d0) * 0.002;
	return range.from <= d0 + slack && range.to >= d1 - slack;
}
