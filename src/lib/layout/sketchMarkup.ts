import { escapeMarkup } from '../text/escapeMarkup.ts';
import { windowText, type WindowText } from '../time/formatDate.ts';
import { LABEL_INSET_PX } from '../time/ticks.ts';
import { AXIS_PX, axisHeight, BAR_TOP_PX, clusterLabel, laneY, OVERVIEW_HEIGHT } from './geometry.ts';
import { FLIPPED_DOT_PX } from './layoutMarks.ts';
import { splitAtFolds } from '../time/foldedAxis.ts';
import type { Sketch, SketchLayer } from './sketch.ts';
import { ticksPath } from './overviewStrip.ts';

/** The sketch as the page carries it: the window it shows, UTC ms, and its markup. */
export interface SketchHtml {
	from: number;
	to: number;
	/** Drawn on a compact axis: the live timeline in the other mode does not show it. */
	compact: boolean;
	html: string;
	/** The overview strip's stand-in, SVG to go inside the strip's `<svg>` (see overviewMarkup). */
	overview: string;
	/** The window in words, for the toolbar until the live timeline writes its own. */
	windowText: WindowText;
}

/**
 * The sketch as HTML, written by the build for the page to carry as one block of
 * markup.
 *
 * Why a string and not a Svelte template: the sketch is only looked at until the
 * live timeline draws, but as a template every one of its few hundred elements
 * (four layers of marks, ticks and badges) was hydrated, with an effect each, in
 * the one task that wakes the page, and at a large story that task ran past
 * 200 ms. Markup is hydrated as a whole without being walked, and the code that
 * writes it stays out of the browser.
 *
 * Every text is escaped; numbers and class names come from the layout, not from
 * the story. The styles live in Timeline.svelte, under `.sketch`.
 */
export function sketchHtml(sketch: Sketch): SketchHtml {
	return {
		from: sketch.from,
		to: sketch.to,
		compact: sketch.compact,
		html: sketchMarkup(sketch),
		overview: overviewMarkup(sketch),
		windowText: windowText(sketch.from, sketch.to)
	};
}

/**
 * The overview strip as the live one draws it (OverviewStrip.svelte), one group
 * per band, without the brush's handles: the live strip, with d3-brush, replaces
 * it when the reader reaches for the timeline. Styled under `.strip` in Overview.svelte.
 */
export function overviewMarkup(sketch: Sketch): string {
	let svg =
		'<defs><pattern id="overview-fold" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch" x1="0" y1="0" x2="0" y2="5"></line></pattern></defs>';
	for (const { band, overview } of sketch.layers) {
		const h = OVERVIEW_HEIGHT;
		svg += `<g class="band overview-layer ${band}">`;
		for (const fold of overview.folds) {
			const width = Math.round((fold.x1 - fold.x0) * 1000) / 1000;
			svg += `<rect class="fold" x="${fold.x0}%" y="0" width="${width}%" height="${h}"></rect>`;
		}
		for (const x of overview.years)
			svg += `<line class="year" x1="${x}%" x2="${x}%" y1="0" y2="${h}"></line>`;
		// One path for all the ticks, stretched to the strip's width, its lines kept 1 px wide:
		// an element per event made the page of a story of a thousand events 40 KB heavier.
		const stretched = (path: string, className: string) =>
			`<svg width="100%" height="${h}" viewBox="0 0 ${overview.width} ${h}" preserveAspectRatio="none"><path class="${className}" vector-effect="non-scaling-stroke" d="${path}"></path></svg>`;
		if (overview.ticks.length) svg += stretched(ticksPath(overview.ticks, h), 'event');
		if (overview.density) svg += stretched(overview.density, 'event density');
		if (overview.window) {
			const width = Math.round((overview.window.x1 - overview.window.x0) * 1000) / 1000;
			svg += `<g class="brush"><rect class="selection" x="${overview.window.x0}%" y="0" width="${width}%" height="${h}"></rect></g>`;
		}
		svg += '</g>';
	}
	return svg;
}

export function sketchMarkup(sketch: Sketch): string {
	return sketch.layers.map((layer) => layerMarkup(layer, sketch.calendarLang)).join('');
}

function classes(names: Record<string, boolean>): string {
	return Object.keys(names)
		.filter((name) => names[name])
		.join(' ');
}

function layerMarkup(layer: SketchLayer, calendarLang: string | undefined): string {
	// As the live axis (TimelineAxis.svelte): Gregorian lines leave the second calendar's row to its ticks.
	const below = axisHeight(calendarLang !== undefined);
	const segment = (className: string, x: number, y1: number, y2: number | string) =>
		`<line class="${className}" x1="${x}%" x2="${x}%" y1="${y1}" y2="${y2}"></line>`;
	const line = (className: string, x: number, y1: number) =>
		below === AXIS_PX
			? segment(className, x, y1, '100%')
			: segment(className, x, y1, AXIS_PX) + segment(className, x, below, '100%');
	let html = `<div class="band sketch-layer ${layer.band}"><svg class="axis" width="100%" height="100%">`;
	for (const tick of layer.minor) {
		html += line('grid', tick.x, AXIS_PX - 10);
		if (tick.label) {
			html += `<text class="minor" x="${tick.x}%" dx="${LABEL_INSET_PX}" y="${AXIS_PX - 12}">${escapeMarkup(tick.label)}</text>`;
		}
	}
	for (const tick of layer.major) {
		if (tick.line) html += line('major-line', tick.x, 0);
		html += `<text class="major" x="${tick.labelX}%" dx="${LABEL_INSET_PX}" y="14">${escapeMarkup(tick.label)}</text>`;
	}
	html += `<line class="baseline" x1="0" x2="100%" y1="${AXIS_PX}" y2="${AXIS_PX}"></line>`;
	if (calendarLang !== undefined) {
		html += `<g class="calendar-row" lang="${escapeMarkup(calendarLang)}">`;
		for (const tick of layer.calendar) {
			if (tick.line)
				html += `<line class="${tick.yearStart ? 'calendar-year' : 'calendar-month'}" x1="${tick.x}%" x2="${tick.x}%" y1="${AXIS_PX}" y2="${below}"></line>`;
			if (tick.label)
				html += `<text class="calendar" x="${tick.x}%" dx="${LABEL_INSET_PX}" y="${AXIS_PX + 13}">${escapeMarkup(tick.label)}</text>`;
		}
		html += '</g>';
	}
	html += '</svg>';
	for (const fold of layer.folds) {
		const width = Math.round((fold.x1 - fold.x0) * 1000) / 1000;
		html += `<div class="fold" style="left: ${fold.x0}%; width: ${width}%;"><span class="fold-label">${escapeMarkup(fold.length)}<br>no events</span></div>`;
	}

	for (const mark of layer.marks) {
		const top = laneY(mark.lane, below);
		if (mark.shape !== 'point') {
			// Cut where it crosses a fold, as the live timeline draws it (positions here are percent).
			for (const piece of splitAtFolds({ x: mark.x, width: mark.end - mark.x }, layer.folds, 0.25)) {
				const bar = classes({
					'sketch-bar': true,
					approximate: mark.approximate,
					selected: mark.selected,
					'cut-start': piece.cutStart,
					'cut-end': piece.cutEnd
				});
				const x = Math.round(piece.x * 1000) / 1000;
				const width = Math.round(piece.width * 1000) / 1000;
				html += `<div class="${bar}" style="left: ${x}%; top: ${top + BAR_TOP_PX}px; width: max(2px, ${width}%);"></div>`;
			}
		}
		const label = classes({
			'sketch-mark': true,
			[mark.shape]: true,
			approximate: mark.approximate,
			before: mark.before,
			flipped: mark.flipped,
			selected: mark.selected
		});
		// A label flipped to the left of its mark ends at the mark's end (its dot, for a point).
		const style = mark.flipped
			? `left: calc(max(${mark.end}%, ${mark.x}% + ${FLIPPED_DOT_PX}px) - ${mark.labelWidth}px); top: ${top}px; width: ${mark.labelWidth}px; max-width: ${mark.labelWidth}px; --dot-from-right: ${FLIPPED_DOT_PX}px;`
			: `left: ${mark.x}%; top: ${top}px; max-width: ${mark.labelWidth}px;`;
		html += `<span class="${label}" style="${style}" data-id="${escapeMarkup(mark.id)}">${escapeMarkup(mark.title)}</span>`;
	}

	for (const cluster of layer.clusters) {
		const text = clusterLabel(cluster.count);
		const badge = classes({
			'sketch-cluster': true,
			'five-characters': text.length > 4,
			selected: cluster.selected
		});
		html += `<span class="${badge}" style="left: ${cluster.x}%; top: ${laneY(layer.lanes, below) + 2}px;" data-start="${cluster.start}" data-end="${cluster.end}">${text}</span>`;
	}
	return `${html}</div>`;
}
