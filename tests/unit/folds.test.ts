import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { readStoryFile } from '../../src/lib/server/loadStoryFile';
import { timelineItems } from '../../src/lib/layout/timelineItems';
import { axisStops, findFolds, FOLD_PX } from '../../src/lib/time/folds';
import { axisParts, foldLength, foldName, foldsOf, splitAtFolds } from '../../src/lib/time/foldedAxis';
import { defaultScaleMode } from '../../src/lib/time/folds';
import { validateStory } from '../../src/lib/story/validateStory';
import { sketchTimeline } from '../../src/lib/layout/sketch';
import { sketchMarkup } from '../../src/lib/layout/sketchMarkup';
import { storyDomain } from '../../src/lib/time/domain';
import { maxZoomScale, pixelsOf, transformForRange, windowOfTransform } from '../../src/lib/time/zoom';
import { chooseAxisTicks, LABEL_INSET_PX, tickLabelWidth } from '../../src/lib/time/ticks';
import type { Story } from '../../src/lib/story/types';

const DAY = 86_400_000;
const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);

const result = readStoryFile('stories/iran-taliban.json');
const story = (result.ok ? result.story : undefined) as Story;
const items = timelineItems(story.events);
const domain = storyDomain(items);
const folds = findFolds(items);

describe('finding the stretches to fold', () => {
	it('finds exactly one in the default story, from about mid-2014 to mid-2021', () => {
		expect(folds).toHaveLength(1);
		const [fold] = folds;
		// The quiet years lie between Rouhani in Kabul (March 2014) and the takeover (August 2021).
		expect(fold.from).toBeGreaterThan(utc('2014-03-28'));
		expect(fold.from).toBeLessThan(utc('2014-12-31'));
		expect(fold.to).toBeGreaterThan(utc('2021-01-01'));
		expect(fold.to).toBeLessThan(utc('2021-08-01'));
		expect(foldLength(fold.to - fold.from)).toBe('7 years');
		expect(foldName(fold)).toBe('7 years without events, June 2014 to May 2021, drawn compressed');
	});

	it('finds none where events are evenly spread, or too few to have gaps', () => {
		const even = Array.from({ length: 12 }, (_, i) => ({
			start: utc(`${2010 + i}-06-01`),
			end: utc(`${2010 + i}-06-02`)
		}));
		expect(findFolds(even)).toEqual([]);
		expect(findFolds(even.slice(0, 1))).toEqual([]);
		// Two bursts with a quiet stretch between them fold it.
		const bursts = [
			...even.slice(0, 3),
			...even
				.slice(0, 3)
				.map(({ start, end }) => ({ start: start + 30 * 365 * DAY, end: end + 30 * 365 * DAY }))
		];
		expect(findFolds(bursts)).toHaveLength(1);
	});

	it('does not let a span through the gap stop it folding, but does count a span’s ends', () => {
		const span = { start: utc('2013-01-01'), end: utc('2021-09-01') };
		const points = ['2013-02-01', '2013-03-01', '2021-08-15', '2021-08-20', '2021-09-10', '2021-10-01'].map(
			(d) => ({
				start: utc(d),
				end: utc(d) + DAY
			})
		);
		const found = findFolds([span, ...points]);
		expect(found).toHaveLength(1);
		expect(found[0].from).toBeGreaterThan(utc('2013-03-02'));
		expect(found[0].to).toBeLessThan(utc('2021-08-15'));
	});
});

describe('the compact scale', () => {
	const width = 1200;
	const stops = axisStops(domain, folds, width);
	const x = scaleUtc().domain(stops.domain).range(stops.range);
	const [fold] = foldsOf(stops, folds);
	const before = ['2013-12-01', '2014-03-27', '2014-06-01'].map(utc);
	const after = ['2021-06-01', '2021-08-15', '2022-07-31', '2023-09-02'].map(utc);

	it('gives the fold a narrow break and the rest of the width to the events’ years', () => {
		expect(stops.domain).toHaveLength(4);
		expect(fold.x1 - fold.x0).toBeCloseTo(FOLD_PX, 9);
		// True to time, the quiet years took about two thirds of the width.
		const trueToTime = scaleUtc().domain(domain).range([0, width]);
		expect(trueToTime(new Date(fold.to)) - trueToTime(new Date(fold.from))).toBeGreaterThan(width * 0.6);
		// Compact, the two years from the takeover on have most of it.
		expect(x(new Date(utc('2023-09-02'))) - x(new Date(utc('2021-08-15')))).toBeGreaterThan(width * 0.55);
	});

	it('is monotonic, and stays true to time within each part', () => {
		let last = -Infinity;
		for (let ms = domain[0].getTime(); ms <= domain[1].getTime(); ms += 7 * DAY) {
			const px = x(new Date(ms));
			expect(px).toBeGreaterThan(last);
			last = px;
		}
		const slope = (a: number, b: number) => (x(new Date(b)) - x(new Date(a))) / (b - a);
		expect(slope(after[1], after[2])).toBeCloseTo(slope(after[2], after[3]), 12);
		expect(slope(before[0], before[1])).toBeCloseTo(slope(after[1], after[3]), 12);
		expect(slope(fold.from, fold.to)).toBeLessThan(slope(after[1], after[3]) / 10);
	});

	it('inverts each date back to itself within a day, on both sides of the fold and inside it', () => {
		for (const ms of [...before, utc('2017-01-01'), ...after]) {
			expect(Math.abs(x.invert(x(new Date(ms))).getTime() - ms)).toBeLessThan(DAY);
		}
	});

	it('places dates as d3’s piecewise scale does, without calling it per date', () => {
		const px = pixelsOf(stops);
		for (const ms of [...before, utc('2017-01-01'), ...after]) expect(px(ms)).toBeCloseTo(x(new Date(ms)), 6);
	});

	it('applies the zoom to the scale’s pixels: d3-zoom’s rescaleX would lose the fold', () => {
		// Zoomed so that the window runs from before the fold to well after it.
		const t = transformForRange(stops, width, utc('2014-01-01'), utc('2022-01-01'));
		const transform = zoomIdentity.translate(t.x, 0).scale(t.k);
		const px = pixelsOf(stops);
		const composed = (ms: number) => transform.applyX(px(ms));
		// The parts the axis draws at this zoom put each date where the composed mapping does.
		const parts = axisParts(stops, t, width, (p) => x.invert(p).getTime());
		for (const ms of [...before, ...after]) {
			const part = parts.find((candidate) => ms >= candidate.from && ms <= candidate.to);
			if (!part) continue;
			const linear = part.x0 + ((ms - part.from) / (part.to - part.from)) * (part.x1 - part.x0);
			expect(linear).toBeCloseTo(composed(ms), 6);
		}
		// rescaleX resamples the stops: dates near the fold land elsewhere.
		const rescaled = transform.rescaleX(x);
		const near = utc('2021-06-01');
		expect(Math.abs(rescaled(new Date(near)) - composed(near))).toBeGreaterThan(5);
		// The window read back from the transform is the one asked for.
		const window = windowOfTransform(x, width, t);
		expect(Math.abs(window.from - utc('2014-01-01'))).toBeLessThan(DAY);
		expect(Math.abs(window.to - utc('2022-01-01'))).toBeLessThan(DAY);
	});

	it('zooms in as deep as a scale true to time where the events are', () => {
		const trueToTime = { domain, range: [0, width] };
		const k = maxZoomScale(stops);
		const pxPerDay = (x(new Date(utc('2022-01-02'))) - x(new Date(utc('2022-01-01')))) * k;
		expect(pxPerDay).toBeCloseTo(300);
		expect(k).toBeLessThan(maxZoomScale(trueToTime));
	});

	it('draws ticks per part, none in the folded break, and no label over another', () => {
		for (const w of [390, 1280]) {
			const s = axisStops(domain, folds, w);
			const inv = scaleUtc().domain(s.domain).range(s.range);
			const parts = axisParts(s, { k: 1, x: 0 }, w, (p) => inv.invert(p).getTime());
			expect(parts.map((part) => part.fold)).toEqual([false, true, false]);
			const ticks = chooseAxisTicks(parts);
			const [f] = foldsOf(s, folds);
			expect(ticks.minor.filter((tick) => tick.x > f.x0 + 0.5 && tick.x < f.x1 - 0.5)).toEqual([]);
			const boxes = [
				...ticks.minor
					.filter((tick) => tick.label)
					.map((tick) => [
						tick.x + LABEL_INSET_PX,
						tick.x + LABEL_INSET_PX + tickLabelWidth(tick.label.length)
					]),
				...ticks.major.map((tick) => [
					tick.labelX + LABEL_INSET_PX,
					tick.labelX + LABEL_INSET_PX + tickLabelWidth(tick.label.length)
				])
			];
			// Minor and major labels sit on two rows: check each row apart.
			const rows = [
				boxes.slice(0, ticks.minor.filter((tick) => tick.label).length),
				boxes.slice(ticks.minor.filter((tick) => tick.label).length)
			];
			for (const row of rows) {
				const sorted = [...row].sort((a, b) => a[0] - b[0]);
				for (let i = 1; i < sorted.length; i++) expect(sorted[i][0]).toBeGreaterThanOrEqual(sorted[i - 1][1]);
				// No axis label runs into the break.
				for (const [a, b] of row) expect(b <= f.x0 + 0.5 || a >= f.x1 - 0.5).toBe(true);
			}
		}
	});

	it('leaves a story without folds true to time', () => {
		expect(axisStops(domain, [], width)).toEqual({ domain, range: [0, width] });
	});
});

describe('a span through a fold, and the story’s own choice', () => {
	it('cuts a bar where it crosses a fold, without an end on either side of the break', () => {
		expect(splitAtFolds({ x: 0, width: 300 }, [{ x0: 100, x1: 160 }], 3)).toEqual([
			{ x: 0, width: 97, cutStart: false, cutEnd: true },
			{ x: 163, width: 137, cutStart: true, cutEnd: false }
		]);
		// A bar beside the fold, or ending inside it, keeps its own ends where it has them.
		expect(splitAtFolds({ x: 200, width: 50 }, [{ x0: 100, x1: 160 }])).toEqual([
			{ x: 200, width: 50, cutStart: false, cutEnd: false }
		]);
		expect(splitAtFolds({ x: 50, width: 80 }, [{ x0: 100, x1: 160 }], 3)).toEqual([
			{ x: 50, width: 47, cutStart: false, cutEnd: true }
		]);
	});

	it('draws the sketch’s span through the quiet years with a break', () => {
		const result = validateStory({
			title: 'A span through quiet years',
			events: [
				{ id: 'early', title: 'Early', date: '2010-03-01' },
				{ id: 'early-2', title: 'Early too', date: '2010-05-01' },
				{ id: 'long', title: 'A long occupation', date: '2010-04', end: '2021-09' },
				{ id: 'late', title: 'Late', date: '2021-08-15' },
				{ id: 'late-2', title: 'Late too', date: '2021-10-01' },
				{ id: 'late-3', title: 'Later', date: '2022-02-01' }
			]
		});
		if (!result.ok) throw new Error(result.errors.join('\n'));
		const spanItems = timelineItems(result.story.events);
		const spanFolds = findFolds(spanItems);
		expect(spanFolds).toHaveLength(1);
		const html = sketchMarkup(sketchTimeline(spanItems, storyDomain(spanItems), spanFolds));
		expect(html).toContain('sketch-bar cut-end');
		expect(html).toContain('sketch-bar cut-start');
	});

	it('opens compact where there is a fold, unless the story says otherwise', () => {
		expect(defaultScaleMode(undefined, folds)).toBe('compact');
		expect(defaultScaleMode(undefined, [])).toBe('true-to-time');
		expect(defaultScaleMode('true-to-time', folds)).toBe('true-to-time');
		const chosen = validateStory({
			title: 'T',
			scale: 'true-to-time',
			events: [{ id: 'a', title: 'A', date: '2020' }]
		});
		expect(chosen.ok && chosen.story.scale).toBe('true-to-time');
		const wrong = validateStory({
			title: 'T',
			scale: 'folded',
			events: [{ id: 'a', title: 'A', date: '2020' }]
		});
		expect(wrong.ok).toBe(false);
		expect(wrong.ok ? '' : wrong.errors.join('\n')).toMatch(/scale/);
	});
});
