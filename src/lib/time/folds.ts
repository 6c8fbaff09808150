/**
 * Folded empty years: a compact time scale for bursty stories. Where a story has
 * a long stretch with no event starting or ending in it, the axis folds the
 * stretch into a narrow, labelled break; each part on either side stays true to
 * time. The scale is piecewise linear (d3-scale's polylinear time scale takes the
 * stops made here), and the zoom transform is applied to its pixels, never to its
 * domain: d3-zoom's rescaleX would resample the stops and lose the break.
 */

/** How the axis spaces time: folding the empty stretches, or true to time throughout. */
export type ScaleMode = 'compact' | 'true-to-time';

/** A stretch of time with no event in it, drawn folded. UTC ms, `to` exclusive. */
export interface Fold {
	from: number;
	to: number;
}

/** Pixels a fold takes at zoom 1 (less on a very narrow view, see axisStops). */
export const FOLD_PX = 60;
/** A gap is folded when it takes at least this share of the story's time… */
const MIN_GAP_SHARE = 0.2;
/** …and is this many times longer than the story's other gaps on average: evenly spread events fold nothing. */
const MIN_GAP_RATIO = 8;
/** At most this many folds: a story that is all gaps is better read true to time. */
const MAX_FOLDS = 3;
/** What is kept of the quiet stretch on each side of a fold, as a share of the story's time: context around the events. */
const PAD_SHARE = 0.02;

/**
 * The stretches worth folding: gaps between consecutive event edges (a point's
 * day, a period's or span's start and end) that dominate the story's time. A
 * span that runs through a gap does not stop it from folding: it is drawn with a
 * break. Folds keep a margin of quiet time on each side, so that the events by
 * them keep their context. Sorted by time.
 */
export function findFolds(extents: readonly { start: number; end: number }[]): Fold[] {
	if (extents.length < 2) return [];
	const edges = new Float64Array(extents.length * 2);
	extents.forEach((extent, i) => {
		edges[2 * i] = extent.start;
		edges[2 * i + 1] = extent.end;
	});
	edges.sort();
	const first = edges[0];
	const last = edges[edges.length - 1];
	const span = last - first;
	if (!(span > 0)) return [];
	const gaps: { from: number; to: number; length: number }[] = [];
	for (let i = 1; i < edges.length; i++) {
		const length = edges[i] - edges[i - 1];
		if (length > 0) gaps.push({ from: edges[i - 1], to: edges[i], length });
	}
	if (gaps.length < 2) return [];
	const pad = span * PAD_SHARE;
	return gaps
		.filter((gap) => {
			const othersMean = (span - gap.length) / (gaps.length - 1);
			return gap.length >= span * MIN_GAP_SHARE && gap.length >= othersMean * MIN_GAP_RATIO;
		})
		.sort((a, b) => b.length - a.length)
		.slice(0, MAX_FOLDS)
		.map((gap) => ({ from: gap.from + pad, to: gap.to - pad }))
		.filter((fold) => fold.to > fold.from)
		.sort((a, b) => a.from - b.from);
}

/** The stops of a piecewise time scale at zoom 1: dates and their pixels, both ascending. */
export interface AxisStops {
	domain: Date[];
	range: number[];
}

/**
 * The stops for a time axis `width` pixels wide across `domain`: two for a scale
 * true to time; for a compact one, each fold inside the domain gets a fixed
 * narrow width and the rest share the remaining pixels in proportion to time.
 * A fold that would not save room at this width is left open.
 */
export function axisStops(domain: [Date, Date], folds: readonly Fold[], width: number): AxisStops {
	const d0 = domain[0].getTime();
	const d1 = domain[1].getTime();
	const foldPx = Math.min(FOLD_PX, width * 0.15);
	const proportional = (ms: number) => (ms / (d1 - d0)) * width;
	const kept = folds.filter(
		(fold) => fold.from > d0 && fold.to < d1 && proportional(fold.to - fold.from) > foldPx * 2
	);
	if (kept.length === 0) return { domain: [new Date(d0), new Date(d1)], range: [0, width] };
	const foldedMs = kept.reduce((sum, fold) => sum + (fold.to - fold.from), 0);
	const openPxPerMs = (width - kept.length * foldPx) / (d1 - d0 - foldedMs);
	const dates = [d0];
	const pixels = [0];
	let at = d0;
	let px = 0;
	for (const fold of kept) {
		px += (fold.from - at) * openPxPerMs;
		dates.push(fold.from, fold.to);
		pixels.push(px, px + foldPx);
		px += foldPx;
		at = fold.to;
	}
	dates.push(d1);
	pixels.push(width);
	return { domain: dates.map((ms) => new Date(ms)), range: pixels };
}

/** The scale mode a story opens in: the address's, the story's own, or compact where there is a fold to make. */
export function defaultScaleMode(storyDefault: ScaleMode | undefined, folds: readonly Fold[]): ScaleMode {
	return storyDefault ?? (folds.length > 0 ? 'compact' : 'true-to-time');
}
