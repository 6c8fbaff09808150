import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/generate.js';
import { readStoryFile } from '../../src/lib/server/loadStoryFile.ts';
import { validateStory } from '../../src/lib/story/validateStory.ts';
import { timelineItems, type TimelineItem } from '../../src/lib/layout/timelineItems.ts';
import { SKETCH_BANDS, sketchTimeline, type SketchLayer } from '../../src/lib/layout/sketch.ts';
import { sketchHtml, sketchMarkup } from '../../src/lib/layout/sketchMarkup.ts';
import { overviewDrawing, ticksPath } from '../../src/lib/layout/overviewStrip.ts';
import { axisStops, findFolds } from '../../src/lib/time/folds.ts';
import { windowText } from '../../src/lib/time/formatDate.ts';
import { CLUSTER_WIDTH_PX, clusterLabel, lanesFor, MARK_GAP_PX } from '../../src/lib/layout/geometry.ts';
import { FLIPPED_DOT_PX } from '../../src/lib/layout/layoutMarks.ts';
import { contextRange, storyDomain } from '../../src/lib/time/domain.ts';

/** The default story's events, read and validated as the build reads them. */
function defaultStoryEvents() {
	const loaded = readStoryFile('stories/iran-taliban.json');
	if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
	return loaded.story.events;
}

function itemsOf(input: unknown): TimelineItem[] {
	const result = validateStory(input);
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return timelineItems(result.story.events);
}

const stories: [string, TimelineItem[]][] = [
	['the default story', timelineItems(defaultStoryEvents())],
	['1,000 generated events', itemsOf(generateStory(1_000, 4))],
	['10,000 generated events', itemsOf(generateStory(10_000, 5))]
];

/** Where the page draws each label at this width, as the styles in Timeline.svelte place them. */
function labelBoxes(layer: SketchLayer, width: number) {
	return layer.marks.map((mark) => {
		const x = (mark.x / 100) * width;
		const end = (mark.end / 100) * width;
		const left = mark.flipped ? Math.max(end, x + FLIPPED_DOT_PX) - mark.labelWidth : x;
		return { lane: mark.lane, left, right: left + mark.labelWidth };
	});
}

/** The widths a band's layer is shown at: from its own up to the next band's. */
function widthsOf(band: number) {
	const from = SKETCH_BANDS[band].width;
	const to = SKETCH_BANDS[band + 1]?.width ?? 2400;
	return [from, Math.round((from + to) / 2), to - 1];
}

describe('the sketch of the first view', () => {
	for (const [name, items] of stories) {
		const domain = storyDomain(items);
		const sketch = sketchTimeline(items, domain, []);

		it(`${name}: no label overlaps another at any width its layer is shown at`, () => {
			sketch.layers.forEach((layer, band) => {
				expect(layer.marks.length, layer.band).toBeGreaterThan(0);
				for (const width of widthsOf(band)) {
					const boxes = labelBoxes(layer, width);
					for (let lane = 0; lane < layer.lanes; lane++) {
						const inLane = boxes.filter((box) => box.lane === lane).sort((a, b) => a.left - b.left);
						for (let i = 1; i < inLane.length; i++) {
							expect(
								inLane[i].left - inLane[i - 1].right,
								`${layer.band} at ${width}px`
							).toBeGreaterThanOrEqual(MARK_GAP_PX - 0.5);
						}
					}
					const badges = layer.clusters.map((cluster) => (cluster.x / 100) * width);
					for (let i = 1; i < badges.length; i++) {
						expect(badges[i] - badges[i - 1]).toBeGreaterThanOrEqual(CLUSTER_WIDTH_PX - 0.5);
					}
				}
			});
		});

		it(`${name}: every event is a mark or counted in a cluster, and every label is inside the view`, () => {
			for (const layer of sketch.layers) {
				const counted = layer.marks.length + layer.clusters.reduce((sum, c) => sum + c.count, 0);
				expect(counted, layer.band).toBe(items.length);
				for (const box of labelBoxes(layer, SKETCH_BANDS.find((b) => b.name === layer.band)!.width)) {
					expect(box.left).toBeGreaterThanOrEqual(-0.5);
				}
				expect(Math.max(0, ...layer.marks.map((mark) => mark.lane))).toBeLessThan(layer.lanes);
			}
		});
	}

	it('lays each band out with the lanes the live timeline has at that width', () => {
		const [, items] = stories[1];
		const sketch = sketchTimeline(items, storyDomain(items), []);
		expect(sketch.layers.map((layer) => layer.lanes)).toEqual(
			SKETCH_BANDS.map((band) => lanesFor(band.width))
		);
		expect(sketch.layers.map((layer) => layer.lanes)).toEqual([8, 7, 7, 7]);
	});

	it('draws the axis of the window: years across a whole story of a decade', () => {
		const [, items] = stories[0];
		const domain = storyDomain(items);
		const widest = sketchTimeline(items, domain, []).layers.at(-1)!;
		expect(widest.minor.map((tick) => tick.label)).toContain('2021');
		expect(widest.major.map((tick) => tick.label)).toEqual(['2010s', '2020s']);
		// A decade that began before the story keeps its label at the left edge.
		for (const x of [...widest.minor.map((tick) => tick.x), ...widest.major.map((tick) => tick.labelX)]) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(100);
		}
	});

	it('opens an event page on the event with its neighbours, the event marked as selected', () => {
		const [, items] = stories[0];
		const domain = storyDomain(items);
		const index = items.findIndex((item) => item.id === 'qomi-meets-baradar');
		const range = contextRange(items, index);
		const sketch = sketchTimeline(items, domain, [], range, 'qomi-meets-baradar');
		expect([sketch.from, sketch.to]).toEqual([range.from, range.to]);
		for (const layer of sketch.layers) {
			// A mark, or on a narrow screen a badge among its neighbours, as the live timeline draws it.
			const selected = [...layer.marks, ...layer.clusters].filter((mark) => mark.selected);
			expect(selected, layer.band).toHaveLength(1);
			// The event sits inside the window, not at its edge.
			expect(selected[0].x).toBeGreaterThan(5);
			expect(selected[0].x).toBeLessThan(95);
		}
		expect(sketch.layers.at(-1)!.marks.find((mark) => mark.selected)?.title).toBe(items[index].title);
	});
});

describe('the sketch as markup', () => {
	const [, items] = stories[0];
	const domain = storyDomain(items);

	it('draws every mark, bar and badge of every layer, the selected one marked', () => {
		const index = items.findIndex((item) => item.id === 'qomi-meets-baradar');
		const sketch = sketchTimeline(items, domain, [], contextRange(items, index), 'qomi-meets-baradar');
		const html = sketchMarkup(sketch);
		const count = (pattern: RegExp) => html.match(pattern)?.length ?? 0;
		const marks = sketch.layers.flatMap((layer) => layer.marks);
		expect(count(/<div class="band sketch-layer /g)).toBe(SKETCH_BANDS.length);
		expect(count(/<span class="sketch-mark /g)).toBe(marks.length);
		expect(count(/<div class="sketch-bar/g)).toBe(marks.filter((mark) => mark.shape !== 'point').length);
		expect(count(/<span class="sketch-cluster/g)).toBe(
			sketch.layers.flatMap((layer) => layer.clusters).length
		);
		expect(count(/class="sketch-(mark|cluster)[^"]* selected"/g)).toBe(SKETCH_BANDS.length);
		for (const layer of sketch.layers) {
			for (const tick of layer.major) expect(html).toContain(`>${tick.label}</text>`);
		}
	});

	it('shows markup in a title as text, never as markup', () => {
		const hostile = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>';
		const events = defaultStoryEvents().map((event, i) => (i === 0 ? { ...event, title: hostile } : event));
		const hostileItems = timelineItems(events);
		const html = sketchMarkup(sketchTimeline(hostileItems, storyDomain(hostileItems), []));
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<script');
		expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#60;script&#62;');
	});
});

describe('cluster badges', () => {
	it('say their count in at most four characters below 100,000, five above', () => {
		// The browser test on the 100,000-event build checks that the drawn badges do not touch.
		for (const count of [2, 99, 999, 1_000, 1_045, 12_345, 99_999]) {
			expect(clusterLabel(count).length, String(count)).toBeLessThanOrEqual(4);
		}
		expect(clusterLabel(100_000)).toBe('+100k');
		expect(clusterLabel(999)).toBe('+999');
		expect(clusterLabel(1_045)).toBe('+1k');
		expect(clusterLabel(99_999)).toBe('+99k');
	});
});

describe('the overview strip until the live one draws', () => {
	const [, items] = stories[0];
	const domain = storyDomain(items);
	const folds = findFolds(items);

	it('puts each event, year and fold where the live strip puts them at the band’s width', () => {
		const sketch = sketchTimeline(items, domain, folds);
		expect(folds.length).toBeGreaterThan(0);
		for (const layer of sketch.layers) {
			const width = SKETCH_BANDS.find((band) => band.name === layer.band)!.width;
			const live = overviewDrawing(items, domain, axisStops(domain, folds, width), folds, width);
			// Every event's tick, to the pixel, and no tick where there is no event.
			const livePixels = new Set(live.ticks.map(Math.round));
			expect(new Set(layer.overview.ticks), layer.band).toEqual(livePixels);
			expect(layer.overview.ticks.length).toBeLessThanOrEqual(items.length);
			expect(layer.overview.years).toEqual(
				live.years.map((year) => Math.round((year.x / width) * 100_000) / 1000)
			);
			expect(layer.overview.folds).toHaveLength(folds.length);
			// No year line inside a fold: the years there are folded away.
			for (const fold of layer.overview.folds) {
				expect(layer.overview.years.some((x) => x > fold.x0 + 0.01 && x < fold.x1 - 0.01)).toBe(false);
			}
		}
	});

	it('shows the window an event page opens on, as the brush would, and none for the whole story', () => {
		expect(sketchTimeline(items, domain, folds).layers.every((layer) => layer.overview.window === null)).toBe(
			true
		);
		const index = items.findIndex((item) => item.id === 'qomi-meets-baradar');
		const range = contextRange(items, index);
		const sketch = sketchTimeline(items, domain, folds, range, 'qomi-meets-baradar');
		for (const layer of sketch.layers) {
			const window = layer.overview.window!;
			const width = SKETCH_BANDS.find((band) => band.name === layer.band)!.width;
			const stops = axisStops(domain, folds, width);
			const tick = (overviewDrawing(items, domain, stops, folds, width).ticks[index] / width) * 100;
			expect(tick, layer.band).toBeGreaterThanOrEqual(window.x0);
			expect(tick, layer.band).toBeLessThanOrEqual(window.x1);
			expect(window.x1 - window.x0).toBeLessThan(50);
		}
		const markup = sketchHtml(sketch).overview;
		expect(markup.match(/class="band overview-layer /g)).toHaveLength(SKETCH_BANDS.length);
		expect(markup.match(/<rect class="selection"/g)).toHaveLength(SKETCH_BANDS.length);
		// The ticks as one path per band, a move and a line for each.
		const paths = [...markup.matchAll(/<path class="event" vector-effect="non-scaling-stroke" d="([^"]+)"/g)];
		expect(paths).toHaveLength(SKETCH_BANDS.length);
		paths.forEach((path, band) =>
			expect(path[1].match(/M/g)).toHaveLength(sketch.layers[band].overview.ticks.length)
		);
	});

	it('draws the ticks as one path, a line from the strip’s top margin to its foot for each x, to a tenth of a pixel', () => {
		expect(ticksPath([3, 10.04, 10.06], 60)).toBe('M3 8V56M10 8V56M10.1 8V56');
		expect(ticksPath([])).toBe('');
		// The live strip's path: a line per event, in the order of their starts.
		const width = 600;
		const live = overviewDrawing(items, domain, axisStops(domain, folds, width), folds, width);
		const xs = [...ticksPath(live.ticks).matchAll(/M([\d.]+) /g)].map((m) => Number(m[1]));
		expect(xs).toHaveLength(items.length);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
	});

	it('draws a large story’s density as one stretched path per band, not a line per event', () => {
		const [, large] = stories[2];
		const sketch = sketchTimeline(large, storyDomain(large), []);
		for (const layer of sketch.layers) {
			expect(layer.overview.ticks).toHaveLength(0);
			expect(layer.overview.density).toMatch(/^M\d/);
		}
		const markup = sketchHtml(sketch).overview;
		expect(markup).not.toContain('<path class="event" ');
		expect(markup.match(/<path class="event density"/g)).toHaveLength(SKETCH_BANDS.length);
	});

	it('carries the sketched window in words, as the live toolbar writes them', () => {
		const index = items.findIndex((item) => item.id === 'qomi-meets-baradar');
		const range = contextRange(items, index);
		const words = sketchHtml(sketchTimeline(items, domain, folds, range, 'qomi-meets-baradar')).windowText;
		expect(words).toEqual(windowText(range.from, range.to));
		expect(sketchHtml(sketchTimeline(items, domain, folds)).windowText.long).toBe(
			'November 2013 to February 2024'
		);
	});
});
