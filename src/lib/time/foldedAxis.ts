/**
 * The compact axis as the live timeline and the build draw it: the parts of the
 * axis in view, and what a fold says. Apart from folds.ts so that none of it is
 * in the first view's code: only the live axis (loaded with the gestures) and the
 * build use it.
 */
import { formatUtc } from './formatDate.ts';
import type { AxisStops, Fold } from './folds.ts';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** The folds the stops make, with their pixels at zoom 1. */
export function foldsOf(stops: AxisStops, folds: readonly Fold[]): (Fold & { x0: number; x1: number })[] {
	const result: (Fold & { x0: number; x1: number })[] = [];
	for (let i = 1; i < stops.domain.length - 2; i += 2) {
		const from = stops.domain[i].getTime();
		const fold = folds.find((candidate) => candidate.from === from);
		if (fold) result.push({ ...fold, x0: stops.range[i], x1: stops.range[i + 1] });
	}
	return result;
}

/**
 * The folds at zoom transform `t` in a view `width` pixels wide, any part of them
 * showing, in view pixels; `open` once zooming in has made one UNFOLDED_PX wide,
 * when it is time again rather than a break. The axis, the bars and the sketch
 * all ask here.
 */
export function foldsInView(
	stops: AxisStops,
	folds: readonly Fold[],
	t: { k: number; x: number },
	width: number
): (Fold & { x0: number; x1: number; open: boolean })[] {
	return foldsOf(stops, folds)
		.map((fold) => ({ ...fold, x0: fold.x0 * t.k + t.x, x1: fold.x1 * t.k + t.x }))
		.filter((fold) => fold.x1 > 0 && fold.x0 < width)
		.map((fold) => ({ ...fold, open: fold.x1 - fold.x0 >= UNFOLDED_PX }));
}

/**
 * "7 years", "8 months", "3 weeks": how long a fold is, rounded as a reader
 * would say it (its exact dates go with it in its accessible label).
 */
export function foldLength(ms: number): string {
	const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
	if (ms >= 2 * YEAR) return plural(Math.round(ms / YEAR), 'year');
	if (ms >= 60 * DAY) return plural(Math.round(ms / (YEAR / 12)), 'month');
	if (ms >= 14 * DAY) return plural(Math.round(ms / (7 * DAY)), 'week');
	if (ms >= 2 * DAY) return plural(Math.round(ms / DAY), 'day');
	return plural(Math.max(1, Math.round(ms / 3_600_000)), 'hour');
}

/** A fold's accessible name: what it hides, exactly. "7 years without events, June 2014 to May 2021, drawn compressed". */
export function foldName(fold: Fold): string {
	const last = new Date(fold.to - 1);
	return `${foldLength(fold.to - fold.from)} without events, ${formatUtc(new Date(fold.from), 'month')} to ${formatUtc(last, 'month')}, drawn compressed`;
}

/** A stretch of the axis that is linear in time: [from, to] UTC ms drawn from x0 to x1. */
export interface AxisPart {
	from: number;
	to: number;
	x0: number;
	x1: number;
	/** A folded stretch (see folds.ts). */
	fold: boolean;
}

/**
 * The parts of the axis in view at zoom transform `t` across `width` pixels: one
 * for a scale true to time, and on a compact axis one per stretch in view, each
 * linear. Stops alternate open and folded stretches (see axisStops), so the odd
 * stretches are the folds.
 */
export function axisParts(
	stops: AxisStops,
	t: { k: number; x: number },
	width: number,
	invert: (px: number) => number
): AxisPart[] {
	const parts: AxisPart[] = [];
	for (let i = 0; i < stops.domain.length - 1; i++) {
		const left = stops.range[i] * t.k + t.x;
		const right = stops.range[i + 1] * t.k + t.x;
		const x0 = Math.max(left, 0);
		const x1 = Math.min(right, width);
		if (x1 <= x0) continue;
		const from = x0 === left ? stops.domain[i].getTime() : invert((x0 - t.x) / t.k);
		const to = x1 === right ? stops.domain[i + 1].getTime() : invert((x1 - t.x) / t.k);
		parts.push({ from, to, x0, x1, fold: i % 2 === 1 });
	}
	return parts;
}

/** A fold narrower than this on screen is drawn as a break with its label; wider, it is time again, with ticks. */
export const UNFOLDED_PX = 240;

/** A piece of a bar; `cutStart`/`cutEnd`: it stops at a fold there, not at its own end. */
export interface BarPiece {
	x: number;
	width: number;
	cutStart: boolean;
	cutEnd: boolean;
}

/**
 * A bar cut where it crosses a fold drawn as a break: the parts on either side,
 * each stopping short of the fold's edge and marked as cut there (drawn without
 * an end), so that a span running through quiet years shows that its length
 * there is not to scale.
 */
export function splitAtFolds(
	bar: { x: number; width: number },
	folds: readonly { x0: number; x1: number }[],
	gapPx = 3
): BarPiece[] {
	let pieces: BarPiece[] = [{ ...bar, cutStart: false, cutEnd: false }];
	for (const fold of folds) {
		pieces = pieces.flatMap((piece) => {
			const end = piece.x + piece.width;
			if (fold.x0 >= end || fold.x1 <= piece.x) return [piece];
			const kept: BarPiece[] = [];
			if (fold.x0 - gapPx > piece.x) {
				kept.push({ x: piece.x, width: fold.x0 - gapPx - piece.x, cutStart: piece.cutStart, cutEnd: true });
			}
			if (fold.x1 + gapPx < end) {
				kept.push({ x: fold.x1 + gapPx, width: end - fold.x1 - gapPx, cutStart: true, cutEnd: piece.cutEnd });
			}
			return kept;
		});
	}
	return pieces;
}
