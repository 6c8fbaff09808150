/** A box in page coordinates (its top and bottom from the top of the document), in px. */
export interface VerticalExtent {
	top: number;
	bottom: number;
}

/**
 * Where the page should come to rest when it scrolls to show something below a pinned
 * header `pinPx` tall: at `wanted`, unless that leaves a control cut by the pin's edge,
 * half hidden and too small to hit. Such a control is shown whole instead, by stopping
 * a little higher up (never lower: what was asked for stays in view). Each step up can
 * bring the edge onto another control, so the walk goes on until none is cut.
 */
export function restingScrollTop(
	wanted: number,
	pinPx: number,
	controls: readonly VerticalExtent[],
	gapPx = 8
): number {
	let top = Math.max(0, wanted);
	for (let step = 0; step <= controls.length; step++) {
		const edge = top + pinPx;
		const cut = controls.find((control) => control.top < edge - 0.5 && control.bottom > edge + 0.5);
		if (!cut) return top;
		top = Math.max(0, cut.top - pinPx - gapPx);
	}
	return top;
}
