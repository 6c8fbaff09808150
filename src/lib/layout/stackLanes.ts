/**
 * Greedy interval stacking: extent i runs from x0[i] to x1[i] pixels, and in order
 * of x0 goes into the first lane where it clears the previous occupant by `gap`
 * pixels. Returns the lane of each extent, or -1 where all `maxLanes` lanes are
 * taken (the caller clusters those). Extents must be sorted by x0. Columns rather
 * than an object per extent: a large story lays out a hundred thousand.
 */
export function stackLanes(
	x0: ArrayLike<number>,
	x1: ArrayLike<number>,
	maxLanes: number,
	gap: number
): Int32Array {
	const lanes = new Int32Array(x0.length);
	const laneEnds: number[] = [];
	for (let i = 0; i < x0.length; i++) {
		let lane = -1;
		for (let l = 0; l < laneEnds.length; l++) {
			if (laneEnds[l] + gap <= x0[i]) {
				lane = l;
				break;
			}
		}
		if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.length;
		if (lane !== -1) laneEnds[lane] = x1[i];
		lanes[i] = lane;
	}
	return lanes;
}
