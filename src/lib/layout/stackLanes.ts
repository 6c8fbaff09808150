/** A horizontal extent in pixels: what a mark occupies, label included. */
export interface Extent {
	x0: number;
	x1: number;
}

/**
 * Greedy interval stacking: each extent, in order of x0, goes into the first lane
 * where it clears the previous occupant by `gap` pixels. Returns the lane of each
 * extent, or -1 where all `maxLanes` lanes are taken (the caller clusters those).
 * Extents must be sorted by x0.
 */
export function stackLanes(extents: readonly Extent[], maxLanes: number, gap: number): Int32Array {
	const lanes = new Int32Array(extents.length);
	const laneEnds: number[] = [];
	for (let i = 0; i < extents.length; i++) {
		const { x0, x1 } = extents[i];
		let lane = -1;
		for (let l = 0; l < laneEnds.length; l++) {
			if (laneEnds[l] + gap <= x0) {
				lane = l;
				break;
			}
		}
		if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.length;
		if (lane !== -1) laneEnds[lane] = x1;
		lanes[i] = lane;
	}
	return lanes;
}
