import { stackLanes } from './stackLanes.ts';

/**
 * The layout's input as columns, mark i starting at start[i] and ending at end[i]
 * (in the units `x` maps to pixels), its label labelWidth[i] pixels wide. Columns
 * rather than an object a mark: a large story lays out a hundred thousand, and an
 * object for each cost more in allocation and garbage collection than the layout.
 */
export interface MarkColumns {
	start: ArrayLike<number>;
	end: ArrayLike<number>;
	labelWidth: ArrayLike<number>;
}

export interface PlacedMark {
	/** Index into the input list. */
	index: number;
	lane: number;
	/**
	 * True where the label would run past the end of the timeline: it is drawn to
	 * the left of its mark's end instead, so that it is never cut off.
	 */
	flipped: boolean;
}

export interface Cluster {
	/** Input indices of the events merged here, in order. */
	members: number[];
	/** Where the badge sits, in layout pixels: the first member's start. */
	x: number;
	/** The time the members cover, for zooming in to them. */
	start: number;
	end: number;
}

export interface MarkLayout {
	marks: PlacedMark[];
	clusters: Cluster[];
}

export interface LayoutOptions {
	maxLanes: number;
	/** Minimum pixels between two marks in a lane. */
	gap: number;
	/** Pixels a cluster badge takes, gap included. */
	clusterWidth: number;
	/** The right end of the timeline in layout pixels: no label may cross it. */
	wall?: number;
}

/** Room a point's dot takes beside a flipped label. */
export const FLIPPED_DOT_PX = 14;

/**
 * Places marks in lanes so that no label overlaps another; marks that do not fit
 * in `maxLanes` lanes merge into clusters on a row of their own, each badge at
 * least `clusterWidth` from the next. `x` maps milliseconds to pixels at the zoom
 * level laid out; inputs must be sorted by start.
 *
 * A layout stays valid at any greater zoom: zooming in only widens the gaps
 * between marks while labels keep their width. So the caller lays out once per
 * zoom step and reuses it for every pan and every zoom within the step.
 */
export function layoutMarks(
	items: MarkColumns,
	x: (ms: number) => number,
	options: LayoutOptions
): MarkLayout {
	const wall = options.wall ?? Infinity;
	const count = items.start.length;
	const flipped = new Uint8Array(count);
	const x0s = new Float64Array(count);
	const x1s = new Float64Array(count);
	// A bar runs under its lane; labels placed later may sit above it (see stackLanes).
	const barStarts = new Float64Array(count);
	const barEnds = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const x0 = x(items.start[i]);
		const xEnd = x(items.end[i]);
		const labelWidth = items.labelWidth[i];
		const hasBar = items.end[i] !== items.start[i];
		barStarts[i] = hasBar ? x0 : NaN;
		barEnds[i] = hasBar ? xEnd : NaN;
		x0s[i] = x0;
		x1s[i] = x0 + labelWidth;
		if (x1s[i] <= wall) continue;
		// Anchor the label's right edge to the mark's end. Anchors scale with zoom
		// like starts do, so the layout stays valid at greater zoom all the same.
		flipped[i] = 1;
		const right = Math.max(xEnd, x0 + FLIPPED_DOT_PX);
		x0s[i] = Math.min(x0, right - labelWidth);
		x1s[i] = right;
	}
	const lanes = stackLanes(x0s, x1s, options.maxLanes, options.gap, barStarts, barEnds);
	const marks: PlacedMark[] = [];
	const clusters: Cluster[] = [];
	let open: Cluster | undefined;
	for (let index = 0; index < count; index++) {
		const lane = lanes[index];
		if (lane !== -1) {
			marks.push({ index, lane, flipped: flipped[index] === 1 });
			continue;
		}
		const start = items.start[index];
		const end = items.end[index];
		// Badges sit at the events' own dates, not where a flipped label would start,
		// except at the end of the timeline, where a badge keeps its whole width inside.
		const x0 = Math.min(x(start), wall - options.clusterWidth);
		if (open && x0 < open.x + options.clusterWidth) {
			open.members.push(index);
			open.end = Math.max(open.end, end);
		} else {
			open = { members: [index], x: x0, start, end };
			clusters.push(open);
		}
	}
	return { marks, clusters };
}

/**
 * Zoom levels at which a layout is computed: quarter powers of two, rounded down,
 * so a layout is reused across each 19% step of zoom (see layoutMarks).
 */
export function layoutZoomLevel(k: number): number {
	return 2 ** (Math.floor(Math.log2(k) * 4) / 4);
}
