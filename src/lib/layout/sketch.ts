import { chooseAxisTicks } from '../time/ticks.ts';
import { chooseCalendarTicks } from '../time/calendarTicks.ts';
import type { CalendarChoice } from '../time/calendar.ts';
import { pixelsOf, timeScaleOf, transformForRange } from '../time/zoom.ts';
import { axisStops, type Fold } from '../time/folds.ts';
import { axisParts, foldLength, foldsInView } from '../time/foldedAxis.ts';
import { CLUSTER_WIDTH_PX, lanesFor, MARK_GAP_PX, OVERVIEW_HEIGHT } from './geometry.ts';
import { layoutMarks, layoutZoomLevel } from './layoutMarks.ts';
import { markColumns } from './markColumns.ts';
import { placeClusters, placeMarks } from './placeMarks.ts';
import { overviewDrawing } from './overviewStrip.ts';
import type { MarkShape } from './markExtent.ts';
import type { TimelineItem } from './timelineItems.ts';

/**
 * The prerendered page cannot know how wide the reader's timeline will be, and a
 * large story's events arrive after the page. So the build lays the first view out
 * at a few widths and the page carries them as a sketch, positions in percent of
 * the width, each shown from its width up to the next (a container query picks
 * one). A layout free of overlaps at one width stays so at any greater width:
 * marks move apart in proportion while labels keep their size (see layoutMarks).
 * The live timeline replaces the sketch as soon as it has measured itself and has
 * the events.
 */
export const SKETCH_BANDS = [
	{ name: 'narrow', width: 280 },
	{ name: 'medium', width: 600 },
	{ name: 'wide', width: 960 },
	{ name: 'widest', width: 1200 }
] as const;

export type SketchBand = (typeof SKETCH_BANDS)[number]['name'];

export interface SketchMark {
	/** The event's id: a tap on the sketched mark selects it before the live timeline has come. */
	id: string;
	title: string;
	shape: MarkShape;
	approximate: boolean;
	before: boolean;
	selected: boolean;
	lane: number;
	/** Percent of the width: where the mark starts and where its bar ends (equal for a point). */
	x: number;
	end: number;
	/** Label to the left of the mark's end, at the end of the timeline (see layoutMarks). */
	flipped: boolean;
	labelWidth: number;
}

export interface SketchTick {
	/** Percent of the width. */
	x: number;
	label: string;
}

export interface SketchLayer {
	band: SketchBand;
	lanes: number;
	marks: SketchMark[];
	/**
	 * Percent of the width, how many events each badge stands for, and the time they
	 * cover (`start`, `end`, UTC ms), for a tap to zoom to before the live timeline.
	 */
	clusters: { x: number; count: number; selected: boolean; start: number; end: number }[];
	minor: SketchTick[];
	/** `labelX`: where a running-head label is held, percent of the width. */
	major: (SketchTick & { labelX: number; line: boolean })[];
	/** The second calendar's row, where the story has one (see calendarTicks.ts). */
	calendar: (SketchTick & { yearStart: boolean; line: boolean })[];
	folds: SketchFold[];
	overview: SketchOverview;
}

/**
 * The overview strip under the timeline at this band's width, until the live
 * strip draws (see overviewStrip.ts): percent of the width, but for the events'
 * ticks and a large story's density, paths in pixels of `width` that the page stretches.
 */
export interface SketchOverview {
	width: number;
	folds: { x0: number; x1: number }[];
	years: number[];
	/** Where events are, in whole pixels of `width`, each once: a thousand events are a few hundred ticks. */
	ticks: number[];
	density: string;
	/** The window the view opens on, as the brush shows it; none for the whole story. */
	window: { x0: number; x1: number } | null;
}

export interface SketchFold {
	/** Percent of the width. */
	x0: number;
	x1: number;
	/** "7 years": drawn as a break with its label (see folds.ts). */
	length: string;
}

export interface Sketch {
	/** The window sketched, UTC ms. */
	from: number;
	to: number;
	/** Drawn on a compact axis, with the story's folds. */
	compact: boolean;
	/** The language of the second calendar's labels, where the story has one: its row is drawn under the axis. */
	calendarLang?: string;
	layers: SketchLayer[];
}

const percent = (px: number, width: number) => Math.round((px / width) * 100_000) / 1000;

/**
 * The first view of the timeline, as the live one would draw it at each band's
 * width: the whole story, or `range` where the page opens on one event. `folds`:
 * the stretches a compact axis folds (none for an axis true to time).
 */
export function sketchTimeline(
	items: readonly TimelineItem[],
	domain: [Date, Date],
	folds: readonly Fold[],
	range: { from: number; to: number } | null = null,
	selectedId: string | null = null,
	calendar?: CalendarChoice
): Sketch {
	const whole = { from: domain[0].getTime(), to: domain[1].getTime() };
	const layers = SKETCH_BANDS.map(({ name, width }) =>
		sketchLayer(items, domain, folds, range ?? whole, selectedId, name, width, calendar)
	);
	return {
		...(range ?? whole),
		compact: folds.length > 0,
		...(calendar ? { calendarLang: calendar.monthNames } : {}),
		layers
	};
}

function sketchLayer(
	items: readonly TimelineItem[],
	domain: [Date, Date],
	folds: readonly Fold[],
	range: { from: number; to: number },
	selectedId: string | null,
	band: SketchBand,
	width: number,
	calendar: CalendarChoice | undefined
): SketchLayer {
	// The live timeline's own steps (see view.svelte.ts): positions at zoom 1, a
	// layout per zoom step, then placeMarks at the view's transform.
	const stops = axisStops(domain, folds, width);
	const base = timeScaleOf(stops);
	const t = transformForRange(stops, width, range.from, range.to);
	const layoutK = layoutZoomLevel(t.k);
	const columns = markColumns(items, pixelsOf(stops));
	const layout = layoutMarks(columns, (px) => px * layoutK, {
		wall: width * layoutK,
		maxLanes: lanesFor(width),
		gap: MARK_GAP_PX,
		clusterWidth: CLUSTER_WIDTH_PX
	});

	// Positions here are percent of a band's width, shown at widths up to the next
	// band's: a label shortened to fit at one width would be wrong at the next. So
	// the sketch leaves out what the live timeline would shorten or cut: a period
	// that began before the view, a flipped label reaching past its start, a badge
	// partly out of view.
	const marks: SketchMark[] = placeMarks(items, columns, layout, layoutK, t, width)
		.filter((mark) => mark.x0 >= 0 && mark.x0 <= width && !(mark.flipped && mark.labelX < 0))
		.map(({ item, lane, x0, flipped, index, labelRoom }) => ({
			id: item.id,
			title: item.title,
			shape: item.shape,
			approximate: item.approximate,
			before: item.before,
			selected: item.id === selectedId,
			lane,
			x: percent(x0, width),
			end: percent(Math.min(columns.end[index] * t.k + t.x, width + 4), width),
			flipped,
			// Room found at the band's narrowest width only grows at wider ones.
			labelWidth: flipped ? item.labelWidth : labelRoom
		}));
	const clusters = placeClusters(layout, layoutK, t, width)
		.filter(({ x }) => x >= 0)
		.map(({ cluster, x }) => ({
			x: percent(x, width),
			count: cluster.members.length,
			selected: cluster.members.some((index) => items[index].id === selectedId),
			start: base.invert(cluster.start).getTime(),
			end: base.invert(cluster.end).getTime()
		}));

	const overview = sketchOverview(items, domain, folds, range, stops, width);

	const parts = axisParts(stops, t, width, (px) => base.invert(px).getTime());
	const ticks = chooseAxisTicks(parts);
	const calendarTicks = calendar ? chooseCalendarTicks(parts, calendar) : [];
	// Whole folds only, drawn as breaks: percent positions must hold at every width of the band.
	const folded = foldsInView(stops, folds, t, width).filter(
		(fold) => fold.x0 >= 0 && fold.x1 <= width && !fold.open
	);
	return {
		band,
		lanes: lanesFor(width),
		marks,
		clusters,
		minor: ticks.minor.map((tick) => ({ x: percent(tick.x, width), label: tick.label })),
		major: ticks.major.map((tick) => ({
			x: percent(tick.x, width),
			labelX: percent(tick.labelX, width),
			label: tick.label,
			line: tick.line
		})),
		calendar: calendarTicks.map((tick) => ({
			x: percent(tick.x, width),
			label: tick.label,
			yearStart: tick.yearStart,
			line: tick.line
		})),
		folds: folded.map((fold) => ({
			x0: percent(fold.x0, width),
			x1: percent(fold.x1, width),
			length: foldLength(fold.to - fold.from)
		})),
		overview
	};
}

function sketchOverview(
	items: readonly TimelineItem[],
	domain: [Date, Date],
	folds: readonly Fold[],
	range: { from: number; to: number },
	stops: ReturnType<typeof axisStops>,
	width: number
): SketchOverview {
	const drawing = overviewDrawing(items, domain, stops, folds, width, OVERVIEW_HEIGHT);
	const px = pixelsOf(stops);
	// As the live brush shows the window (see brushable in gestures.svelte.ts).
	const x0 = Math.max(0, px(range.from));
	const x1 = Math.min(width, px(range.to));
	const whole = x0 <= 0.5 && x1 >= width - 0.5;
	return {
		width,
		folds: drawing.folds.map((fold) => ({ x0: percent(fold.x0, width), x1: percent(fold.x1, width) })),
		years: drawing.years.map((year) => percent(year.x, width)),
		ticks: [...new Set(drawing.ticks.map(Math.round))].sort((a, b) => a - b),
		density: drawing.density,
		window: whole ? null : { x0: percent(x0, width), x1: percent(Math.max(x1, x0 + 2), width) }
	};
}
