/**
 * What the live timeline needs beyond the first view: d3-scale's time scale and
 * the gestures, d3-zoom on the view and d3-brush on the overview (with the
 * d3-selection and d3-transition they need), attached to their elements with
 * `{@attach}`. Loaded by loadGestures.ts after the first view (see there).
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the Dates here are made to be read, never changed in place */
import 'd3-transition';
import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from './view.svelte.ts';
import { timeScaleOf } from '../time/zoom.ts';

// Dates in words come with the live timeline too: the first view carries the build's (see formatDate.ts).
export { windowText } from '../time/formatDate.ts';
// The axis, the layout of the marks and the zoom's arithmetic are computed only once live: their code comes here too.
export { LiveView } from './liveView.svelte.ts';
// The period buttons of a filtered story; the whole story's come from the build.
export { yearPresets } from '../time/presets.ts';
// The layers only the live timeline draws come with its code, not in the first view.
export { default as TimelineAxis } from '../components/timeline/TimelineAxis.svelte';
export { default as TimelineMarks } from '../components/timeline/TimelineMarks.svelte';
export { default as TimelineClusters } from '../components/timeline/TimelineClusters.svelte';
export { default as ClusterList } from '../components/timeline/ClusterList.svelte';
export { default as OverviewStrip } from '../components/timeline/OverviewStrip.svelte';

/** An animated move of the view takes this long, unless the reader prefers reduced motion. */
const MOVE_MS = 300;

/**
 * d3-zoom on the view's surface: wheel, drag, pinch and double-click move the
 * view, and so do the view's own commands (through the driver it is given).
 * Made again when the size or the zoom limit changes.
 */
export function zoomable(view: TimelineView): Attachment<HTMLElement> {
	return (surface) => {
		const w = view.widthPx;
		const h = view.heightPx;
		// A new spacing (compact or true to time) reconnects, to show the same dates on the
		// new axis. The mode, not the stops: those are made again at every navigation.
		void view.scaleMode;
		if (w === 0) return;
		const selection = select(surface);
		const behavior = zoom<HTMLElement, unknown>()
			.scaleExtent([1, view.maxZoom])
			.extent([
				[0, 0],
				[w, h]
			])
			.translateExtent([
				[0, 0],
				[w, h]
			])
			.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) =>
				view.applyGesture(event.transform, !!event.sourceEvent)
			)
			.on('end', () => view.gestureEnded());
		selection.call(behavior);
		// Made again only for a new size or zoom limit: what connecting reads (the window,
		// the layout of a pending reveal) must not make it depend on every move.
		const disconnect = untrack(() =>
			view.connect({
				moveTo(t, animate, onEnd, onInterrupt) {
					const target = zoomIdentity.translate(t.x, 0).scale(t.k);
					if (!animate) {
						selection.interrupt().call(behavior.transform, target);
						return;
					}
					selection
						.interrupt()
						.transition()
						.duration(MOVE_MS)
						.call(behavior.transform, target)
						.on('end', onEnd)
						// A transition stopped before its first frame says "cancel", not "interrupt":
						// listening only for the latter left the view marked as moving for good.
						.on('interrupt cancel', onInterrupt);
				}
			})
		);
		return () => {
			disconnect();
			selection.interrupt().on('.zoom', null);
		};
	};
}

/**
 * d3-brush on the overview strip: drawing or dragging a window shows it at once,
 * a click without a drag centres the view there. The brush follows the view,
 * and writes back only on the reader's own gesture (an event with a source), so
 * following never loops.
 */
export function brushable(
	view: TimelineView,
	strip: () => { widthPx: number; heightPx: number }
): Attachment<SVGGElement> {
	return (layer) => {
		const { widthPx, heightPx } = strip();
		if (widthPx === 0) return;
		// The overview's axis folds as the view's does (see folds.ts).
		const scale = timeScaleOf(view.stopsAt(widthPx));
		const selection = select(layer);
		/** While the reader drags the brush, it leads and the view follows, not the other way round. */
		let brushing = false;
		const behavior = brushX<unknown>()
			.extent([
				[0, 0],
				[widthPx, heightPx]
			])
			.on('start', (event: D3BrushEvent<unknown>) => {
				if (event.sourceEvent) brushing = true;
			})
			.on('brush end', (event: D3BrushEvent<unknown>) => {
				if (!event.sourceEvent) return;
				if (event.type === 'end') brushing = false;
				const chosen = event.selection as [number, number] | null;
				if (chosen) {
					view.showRange(scale.invert(chosen[0]).getTime(), scale.invert(chosen[1]).getTime(), {
						byReader: true,
						animate: false
					});
				} else if (event.type === 'end') {
					// Centred where the reader clicked, as wide on the strip as the window was.
					view.centreOverviewAt(pointer(event.sourceEvent, layer)[0], widthPx);
				}
			});
		selection.call(behavior);
		// d3-brush labels nothing; keep its handles out of the accessibility tree (the presets and zoom keys cover it).
		selection.selectAll('rect').attr('aria-hidden', 'true');

		$effect(() => {
			const { from, to } = view.window;
			if (brushing) return;
			const x0 = Math.max(0, scale(new Date(from)));
			const x1 = Math.min(widthPx, scale(new Date(to)));
			// The whole story in view has no window to show; the reader can draw one anywhere.
			const whole = x0 <= 0.5 && x1 >= widthPx - 0.5;
			selection.call(behavior.move, whole ? null : [x0, Math.max(x1, x0 + 2)]);
		});
		return () => {
			selection.on('.brush', null);
		};
	};
}
