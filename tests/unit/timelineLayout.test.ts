import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { chooseTicks, LABEL_INSET_PX, tickLabelWidth } from '../../src/lib/time/ticks.ts';
import { markExtent } from '../../src/lib/layout/markExtent.ts';
import { stackLanes } from '../../src/lib/layout/stackLanes.ts';
import { layoutMarks, layoutZoomLevel, type MarkColumns } from '../../src/lib/layout/layoutMarks.ts';

type MarkInput = { start: number; end: number; labelWidth: number };
const markColumns = (items: MarkInput[]): MarkColumns => ({
	start: items.map((item) => item.start),
	end: items.map((item) => item.end),
	labelWidth: items.map((item) => item.labelWidth)
});
import { estimateLabelWidth, LABEL_MAX_PX } from '../../src/lib/layout/labelWidth.ts';
import { estimateFullLabelWidth, placeMarks } from '../../src/lib/layout/placeMarks.ts';
import { storyDomain } from '../../src/lib/time/domain.ts';
import { maxZoomScale, pixelsOf, transformForRange, MAX_DAY_PX } from '../../src/lib/time/zoom.ts';
import { parsePartialDate } from '../../src/lib/time/partialDate.ts';
import { yearPresets } from '../../src/lib/time/presets.ts';

const utc = (text: string) => new Date(`${text}T00:00:00Z`);
const DAY = 86_400_000;

function date(text: string) {
	const parsed = parsePartialDate(text);
	if (!parsed.ok) throw new Error(parsed.reason);
	return parsed.date;
}

/** One linear part of the axis, as chooseTicks takes it. */
function scaleOver(from: string, to: string, width: number) {
	return { from: utc(from).getTime(), to: utc(to).getTime(), x0: 0, x1: width };
}

/** Every labelled tick's box, to check that none overlaps the next. */
function labelBoxes(labels: { x: number; label: string }[]) {
	return labels
		.filter((tick) => tick.label)
		.map((tick) => ({
			x0: tick.x + LABEL_INSET_PX,
			x1: tick.x + LABEL_INSET_PX + tickLabelWidth(tick.label.length)
		}));
}

describe('tick choice per zoom level', () => {
	it('shows years over months when looking at a couple of years', () => {
		const ticks = chooseTicks(scaleOver('2021-01-01', '2023-01-01', 1200));
		expect(ticks.level).toBe('month');
		expect(ticks.minor[0].label).toBe('Jan');
		expect(ticks.major.map((tick) => tick.label)).toEqual(['2021', '2022']);
	});

	it('shows months over days when looking at a few weeks', () => {
		const ticks = chooseTicks(scaleOver('2022-07-20', '2022-08-10', 1200));
		expect(ticks.level).toBe('day');
		expect(ticks.major.map((tick) => tick.label)).toEqual(['July 2022', 'August 2022']);
		expect(ticks.minor.find((tick) => tick.date.getTime() === utc('2022-07-31').getTime())?.label).toBe('31');
	});

	it('moves to weeks, quarters, years and decades as the view widens', () => {
		expect(chooseTicks(scaleOver('2022-01-01', '2022-05-01', 1200)).level).toBe('week');
		expect(chooseTicks(scaleOver('2015-01-01', '2023-01-01', 1200)).level).toBe('quarter');
		expect(chooseTicks(scaleOver('2000-01-01', '2023-01-01', 1200)).level).toBe('year');
		const wide = chooseTicks(scaleOver('1800-01-01', '2023-01-01', 1200));
		expect(['10 years', '50 years']).toContain(wide.level);
	});

	it('narrows its choice on a phone-width axis', () => {
		const desktop = chooseTicks(scaleOver('2021-01-01', '2023-01-01', 1200));
		const phone = chooseTicks(scaleOver('2021-01-01', '2023-01-01', 360));
		expect(desktop.level).toBe('month');
		expect(phone.level).toBe('quarter');
	});

	it('never lets two labels of a tier overlap, at any zoom', () => {
		for (const [from, to] of [
			['2021-08-01', '2021-08-09'],
			['2021-07-24', '2021-09-07'],
			['2021-01-01', '2021-03-01'],
			['2021-01-01', '2023-09-01'],
			['2013-06-01', '2023-09-30'],
			['1900-01-01', '2023-01-01']
		]) {
			for (const width of [320, 390, 700, 1280]) {
				const ticks = chooseTicks(scaleOver(from, to, width));
				for (const tier of [
					labelBoxes(ticks.minor),
					labelBoxes(ticks.major.map((t) => ({ ...t, x: t.labelX })))
				]) {
					for (let i = 1; i < tier.length; i++) expect(tier[i].x0).toBeGreaterThan(tier[i - 1].x1);
					for (const box of tier) expect(box.x1).toBeLessThanOrEqual(width);
				}
			}
		}
	});

	it('leaves off the 31st’s label where every other day counts from the 1st', () => {
		// The embed's width on the default story's August 2021: 2-day ticks, 31 July a day before 1 August.
		const ticks = chooseTicks(scaleOver('2021-07-24', '2021-09-07', 700));
		expect(ticks.level).toBe('2 days');
		const labelOf = (day: string) => ticks.minor.find((tick) => tick.date.getTime() === utc(day).getTime());
		expect(labelOf('2021-07-31')).toMatchObject({ label: '' });
		expect(labelOf('2021-08-01')).toMatchObject({ label: '1' });
		expect(labelOf('2021-07-29')).toMatchObject({ label: '29' });
	});

	it('keeps the label of a period that began off-screen at the left edge', () => {
		const ticks = chooseTicks(scaleOver('2022-07-20', '2022-08-10', 1200));
		expect(ticks.major[0]).toMatchObject({ label: 'July 2022', labelX: 0 });
		expect(ticks.major[0].x).toBeLessThan(0);
	});
});

describe('mark extents tell the truth about precision', () => {
	it('draws a day as a point of one day', () => {
		expect(markExtent({ date: date('2021-08-15') })).toEqual({
			start: utc('2021-08-15').getTime(),
			end: utc('2021-08-16').getTime(),
			shape: 'point'
		});
	});

	it('draws a month across the whole month, not its first day', () => {
		expect(markExtent({ date: date('2022-02') })).toEqual({
			start: utc('2022-02-01').getTime(),
			end: utc('2022-03-01').getTime(),
			shape: 'period'
		});
	});

	it('draws a year across the whole year', () => {
		expect(markExtent({ date: date('2022') })).toEqual({
			start: utc('2022-01-01').getTime(),
			end: utc('2023-01-01').getTime(),
			shape: 'period'
		});
	});

	it('draws a span to the end of its end date, at the end date’s precision', () => {
		expect(markExtent({ date: date('2022-07'), end: date('2022-08') })).toEqual({
			start: utc('2022-07-01').getTime(),
			end: utc('2022-09-01').getTime(),
			shape: 'span'
		});
		expect(markExtent({ date: date('2021-08-15'), end: date('2021-08-30') }).end).toBe(
			utc('2021-08-31').getTime()
		);
	});
});

describe('lane stacking', () => {
	it('puts marks that clear each other in the same lane', () => {
		expect([...stackLanes([0, 60, 110], [50, 100, 150], 3, 4)]).toEqual([0, 0, 0]);
	});

	it('stacks overlapping marks into new lanes and reuses a lane once it is clear', () => {
		const lanes = stackLanes([0, 10, 70, 105], [100, 60, 120, 130], 3, 4);
		expect([...lanes]).toEqual([0, 1, 1, 0]);
	});

	it('respects the gap between neighbours', () => {
		expect([...stackLanes([0, 52], [50, 80], 2, 4)]).toEqual([0, 1]);
	});

	it('returns -1 for a mark that finds no free lane', () => {
		expect([...stackLanes([0, 1, 2], [100, 100, 100], 2, 4)]).toEqual([0, 1, -1]);
	});

	it('lets a label sit above a long bar, but never a bar on a bar', () => {
		// A span of 1,000 px with a 100 px label, then a point, then another span.
		const x0 = [0, 200, 300];
		const x1 = [100, 300, 400];
		const barStart = [0, NaN, 300];
		const barEnd = [1000, NaN, 500];
		expect([...stackLanes(x0, x1, 3, 4, barStart, barEnd)]).toEqual([0, 0, 1]);
		// Without bars under the lane, the span would have kept the lane to itself.
		expect([...stackLanes(x0, [1000, 300, 500], 3, 4)]).toEqual([0, 1, 2]);
	});
});

describe('labels that use the room they have', () => {
	const point = (id: string, title: string, day: number) =>
		({
			id,
			title,
			start: day * DAY,
			end: day * DAY + DAY,
			shape: 'point',
			approximate: false,
			before: false,
			labelWidth: estimateLabelWidth(title),
			claimLabel: null,
			dateLabel: ''
		}) as const;
	const long = 'Tehran invites the Taliban to the anniversary of the Islamic Revolution';

	it('shows more of a long title up to the next mark in its lane, and the whole where there is room', () => {
		const items = [point('a', long, 0), point('b', 'Short', 300), point('c', long, 1000)];
		const columns = {
			start: items.map((i) => i.start / DAY),
			end: items.map((i) => i.start / DAY),
			labelWidth: items.map((i) => i.labelWidth)
		};
		const pixels = {
			start: Float64Array.from(columns.start),
			end: Float64Array.from(columns.end),
			labelWidth: Float64Array.from(columns.labelWidth)
		};
		const layout = layoutMarks(pixels, (px) => px, { maxLanes: 1, gap: 10, clusterWidth: 52, wall: 2000 });
		const placed = placeMarks(items, pixels, layout, 1, { k: 1, x: 0 }, 2000);
		const room = Object.fromEntries(placed.map((mark) => [mark.item.id, mark.labelRoom]));
		expect(items[0].labelWidth).toBe(LABEL_MAX_PX);
		// Cut by the layout's estimate at 200 px; there are 290 px to the next mark.
		expect(room.a).toBe(290);
		// The last has the rest of the view: its whole title.
		expect(room.c).toBe(estimateFullLabelWidth(long));
		expect(room.c).toBeGreaterThan(LABEL_MAX_PX);
		expect(room.b).toBe(items[1].labelWidth);
	});
});

describe('label collision and clustering', () => {
	const x = (ms: number) => ms / DAY; // one pixel a day
	const item = (day: number, labelWidth = 80) => ({ start: day * DAY, end: day * DAY + DAY / 2, labelWidth });

	it('labels estimate wider than their text and are capped', () => {
		expect(estimateLabelWidth('Taliban take Kabul')).toBeGreaterThanOrEqual('Taliban take Kabul'.length * 7);
		expect(estimateLabelWidth('x'.repeat(400))).toBe(LABEL_MAX_PX);
	});

	it('gives no two placed labels in a lane an overlap', () => {
		const items = Array.from({ length: 60 }, (_, i) => item(i * 7, 60 + (i % 5) * 20));
		const layout = layoutMarks(markColumns(items), x, { maxLanes: 4, gap: 6, clusterWidth: 40 });
		const byLane = new Map<number, { x0: number; x1: number }[]>();
		for (const mark of layout.marks) {
			const input = items[mark.index];
			const box = { x0: x(input.start), x1: Math.max(x(input.end), x(input.start) + input.labelWidth) };
			byLane.set(mark.lane, [...(byLane.get(mark.lane) ?? []), box]);
		}
		for (const boxes of byLane.values()) {
			for (let i = 1; i < boxes.length; i++) expect(boxes[i].x0).toBeGreaterThanOrEqual(boxes[i - 1].x1 + 6);
		}
		expect(layout.marks.length + layout.clusters.reduce((n, c) => n + c.members.length, 0)).toBe(
			items.length
		);
	});

	it('merges what does not fit into clusters that count their members and cover their time', () => {
		const items = Array.from({ length: 10 }, (_, i) => item(100 + i));
		const layout = layoutMarks(markColumns(items), x, { maxLanes: 3, gap: 6, clusterWidth: 40 });
		expect(layout.marks).toHaveLength(3);
		expect(layout.clusters).toHaveLength(1);
		expect(layout.clusters[0].members).toEqual([3, 4, 5, 6, 7, 8, 9]);
		expect(layout.clusters[0].start).toBe(103 * DAY);
		expect(layout.clusters[0].end).toBe(109.5 * DAY);
	});

	it('keeps cluster badges inside the end of the timeline, still apart', () => {
		const items = Array.from({ length: 100 }, (_, i) => item(800 + 2 * i));
		const layout = layoutMarks(markColumns(items), x, { maxLanes: 1, gap: 6, clusterWidth: 40, wall: 1000 });
		expect(layout.clusters.length).toBeGreaterThan(1);
		for (const cluster of layout.clusters) expect(cluster.x + 40).toBeLessThanOrEqual(1000);
		for (let i = 1; i < layout.clusters.length; i++) {
			expect(layout.clusters[i].x - layout.clusters[i - 1].x).toBeGreaterThanOrEqual(40);
		}
		const members = layout.clusters.flatMap((cluster) => cluster.members);
		expect(members.length + layout.marks.length).toBe(items.length);
	});

	it('keeps cluster badges apart from each other', () => {
		const items = Array.from({ length: 200 }, (_, i) => item(i * 3));
		const layout = layoutMarks(markColumns(items), x, { maxLanes: 1, gap: 6, clusterWidth: 40 });
		for (let i = 1; i < layout.clusters.length; i++) {
			expect(layout.clusters[i].x - layout.clusters[i - 1].x).toBeGreaterThanOrEqual(40);
		}
	});

	it('unpacks a cluster when zoomed in far enough', () => {
		const items = Array.from({ length: 10 }, (_, i) => item(100 + i));
		const zoomed = layoutMarks(markColumns(items), (ms) => (ms / DAY) * 200, {
			maxLanes: 3,
			gap: 6,
			clusterWidth: 40
		});
		expect(zoomed.clusters).toHaveLength(0);
		expect(zoomed.marks.every((mark) => mark.lane === 0)).toBe(true);
	});

	it('reuses a layout across a zoom step', () => {
		expect(layoutZoomLevel(1)).toBe(1);
		expect(layoutZoomLevel(1.1)).toBe(1);
		expect(layoutZoomLevel(1.2)).toBeCloseTo(2 ** 0.25);
		expect(layoutZoomLevel(2.5)).toBeCloseTo(2 ** 1.25);
		expect(layoutZoomLevel(4)).toBe(4);
	});
});

describe('zoom limits', () => {
	const domain = storyDomain([{ start: utc('2021-01-01').getTime(), end: utc('2023-01-01').getTime() }]);

	it('adds a margin around the story', () => {
		expect(domain[0].getTime()).toBeLessThan(utc('2021-01-01').getTime());
		expect(domain[1].getTime()).toBeGreaterThan(utc('2023-01-01').getTime());
	});

	it('places dates where the time scale does, without calling it per date', () => {
		const scale = scaleUtc().domain(domain).range([12, 1012]);
		const px = pixelsOf({ domain: scale.domain(), range: scale.range() });
		for (const date of ['2020-12-01', '2021-08-15', '2022-02-28', '2023-01-05'].map(utc)) {
			expect(px(date.getTime())).toBeCloseTo(scale(date), 6);
		}
	});

	it('zooms in to about one day across a few hundred pixels', () => {
		const k = maxZoomScale({ domain, range: [0, 1000] });
		const pxPerDay = (1000 * k) / ((domain[1].getTime() - domain[0].getTime()) / DAY);
		expect(pxPerDay).toBeCloseTo(MAX_DAY_PX);
	});

	it('turns a date range into a transform, clamped to the limits', () => {
		const stops = { domain, range: [0, 1000] };
		const { k, x } = transformForRange(stops, 1000, utc('2022-01-01').getTime(), utc('2022-02-01').getTime());
		const scale = scaleUtc().domain(domain).range([0, 1000]);
		const from = scale.invert((0 - x) / k);
		const to = scale.invert((1000 - x) / k);
		expect(Math.abs(from.getTime() - utc('2022-01-01').getTime())).toBeLessThan(DAY);
		expect(Math.abs(to.getTime() - utc('2022-02-01').getTime())).toBeLessThan(DAY);
		const tiny = transformForRange(
			stops,
			1000,
			utc('2022-01-01').getTime(),
			utc('2022-01-01').getTime() + 1000
		);
		expect(tiny.k).toBe(maxZoomScale(stops));
		expect(transformForRange(stops, 1000, 0, 4e12)).toEqual({ k: 1, x: 0 });
	});
});

describe('period buttons', () => {
	const span = (from: string, to: string) => ({ start: utc(from).getTime(), end: utc(to).getTime() });

	it('offers each year the events cover, then the whole story', () => {
		const items = [
			span('2021-08-15', '2021-08-16'),
			span('2022-07', '2022-09'),
			span('2023-09-01', '2023-09-02')
		];
		const presets = yearPresets(storyDomain(items), items);
		expect(presets.map((preset) => preset.label)).toEqual(['2021', '2022', '2023', 'All']);
		expect(presets[1]).toMatchObject({ from: utc('2022-01-01').getTime(), to: utc('2023-01-01').getTime() });
	});

	it('leaves out the years between that hold no event, and counts every year a span runs through', () => {
		const items = [span('2014-03-27', '2014-03-28'), span('2021-08', '2023-08'), span('2023-09', '2023-10')];
		expect(yearPresets(storyDomain(items), items).map((preset) => preset.label)).toEqual([
			'2014',
			'2021',
			'2022',
			'2023',
			'All'
		]);
		// A span that ends as a year begins (its end is exclusive) does not hold that year.
		const endsAtNewYear = [span('2021-06', '2022-01')];
		expect(yearPresets(storyDomain(endsAtNewYear), endsAtNewYear).map((preset) => preset.label)).toEqual([
			'2021',
			'All'
		]);
	});

	it('offers decades, those that hold events, when the years would not fit in a row', () => {
		const years = [1984, 1986, 1989, 1991, 1994, 1996, 1999, 2001, 2003, 2005, 2007, 2023, 2024];
		const items = years.map((year) => span(`${year}-05-01`, `${year}-05-02`));
		expect(yearPresets(storyDomain(items), items).map((preset) => preset.label)).toEqual([
			'1980s',
			'1990s',
			'2000s',
			'2020s',
			'All'
		]);
	});
});
