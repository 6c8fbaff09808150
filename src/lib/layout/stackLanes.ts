/**
 * Greedy interval stacking: label i runs from x0[i] to x1[i] pixels, and in order
 * of x0 goes into the first lane where it clears the labels already there by `gap`
 * pixels. A period's or span's bar runs under its lane from barStart[i] to
 * barEnd[i] (NaN for a point, which has none): it must clear the lane's other
 * bars, but later labels may sit above it, so that a span of two years does not
 * take a whole lane. Returns the lane of each extent, or -1 where all `maxLanes`
 * lanes are taken (the caller clusters those). Extents must be sorted by x0.
 * Columns rather than an object per extent: a large story lays out a hundred
 * thousand.
 */
export function stackLanes(
	x0: ArrayLike<number>,
	x1: ArrayLike<number>,
	maxLanes: number,
	gap: number,
	barStart?: ArrayLike<number>,
	barEnd?: ArrayLike<number>
): Int32Array {
	const lanes = new Int32Array(x0.length);
	const labelEnds: number[] = [];
	const barEnds: number[] = [];
	for (let i = 0; i < x0.length; i++) {
		const barFrom = barStart ? barStart[i] : NaN;
		const hasBar = barFrom === barFrom;
		let lane = -1;
		for (let l = 0; l < labelEnds.length; l++) {
			if (labelEnds[l] + gap <= x0[i] && (!hasBar || barEnds[l] + gap <= barFrom)) {
				lane = l;
				break;
			}
		}
		if (lane === -1 && labelEnds.length < maxLanes) {
			lane = labelEnds.length;
			barEnds[lane] = -Infinity;
		}
		if (lane !== -1) {
			labelEnds[lane] = x1[i];
			if (hasBar) barEnds[lane] = Math.max(barEnds[lane], barEnd![i]);
		}
		lanes[i] = lane;
	}
	return lanes;
}
