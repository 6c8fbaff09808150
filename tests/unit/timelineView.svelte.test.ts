import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { TimelineView, type ZoomDriver } from '../../src/lib/timeline/view.svelte.ts';
import type { Gestures } from '../../src/lib/timeline/loadGestures.ts';
import { LiveView } from '../../src/lib/timeline/liveView.svelte.ts';
import { windowText } from '../../src/lib/time/formatDate.ts';
import { timelineItems } from '../../src/lib/layout/timelineItems.ts';
import { storyDomain } from '../../src/lib/time/domain.ts';
import { transformForRange } from '../../src/lib/time/zoom.ts';
import type { StoryEvent } from '../../src/lib/story/types.ts';
import { validateStory } from '../../src/lib/story/validateStory.ts';

const DAY = 86_400_000;

function eventsOf(dates: string[]): StoryEvent[] {
	const result = validateStory({
		title: 'Test',
		events: dates.map((date, i) => ({ id: `e${i}`, title: `Event number ${i}`, date }))
	});
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.story.events;
}

/** A stand-in for d3-zoom: moves at once, or holds an animation until the test ends it. */
class FakeDriver implements ZoomDriver {
	animations: { t: { k: number; x: number }; end: () => void; interrupt: () => void }[] = [];
	constructor(private view: TimelineView) {}
	moveTo(t: { k: number; x: number }, animate: boolean, onEnd: () => void, onInterrupt: () => void) {
		for (const running of this.animations.splice(0)) running.interrupt();
		if (!animate) {
			this.view.applyGesture(t, false);
			this.view.gestureEnded();
			return;
		}
		this.animations.push({ t, end: onEnd, interrupt: onInterrupt });
	}
	/** The running animation lands. */
	finish() {
		const running = this.animations.shift();
		if (!running) return;
		this.view.applyGesture(running.t, false);
		running.end();
		this.view.gestureEnded();
	}
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A view over these events, 1,000 px wide, its gestures' code loaded but not yet connected. */
function makeView(dates: string[], selected: string | null = null) {
	const items = timelineItems(eventsOf(dates));
	const domain = storyDomain(items);
	let view!: TimelineView;
	const stop = $effect.root(() => {
		view = new TimelineView({
			items: () => items,
			domain: () => domain,
			folds: () => [],
			scaleMode: () => 'true-to-time',
			setScaleMode: () => {},
			selectedId: () => selected,
			highlightedId: () => null,
			opening: () => null,
			sketch: () => null,
			pending: () => false,
			select: () => {},
			hover: () => {}
		});
	});
	cleanups.push(stop, () => view.destroy());
	view.widthPx = 1000;
	// The lazily loaded module's computing half (the real one); the gestures themselves are the FakeDriver.
	view.gestures = { LiveView, windowText } as unknown as Gestures;
	flushSync();
	return { view, items, domain, driver: new FakeDriver(view) };
}

const SPREAD = ['2020-01-10', '2020-06-01', '2021-03-15', '2022-09-30', '2023-12-01'];

describe('TimelineView', () => {
	it('opens on the whole story, and on a window asked for before it could move once it can', () => {
		const { view, domain, driver } = makeView(SPREAD);
		view.showRange(Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1));
		expect(view.live).toBe(true);
		view.connect(driver);
		flushSync();
		expect(Math.abs(view.window.from - Date.UTC(2021, 0, 1))).toBeLessThan(DAY);
		expect(Math.abs(view.window.to - Date.UTC(2022, 0, 1))).toBeLessThan(DAY);

		const fresh = makeView(SPREAD);
		fresh.view.connect(fresh.driver);
		flushSync();
		expect(fresh.view.window.from).toBe(domain[0].getTime());
		expect(fresh.view.showsWholeStory).toBe(true);
	});

	it('keeps the zooms and pans pressed before it could move for when it can, in order', () => {
		const { view, driver } = makeView(SPREAD);
		view.zoomIn();
		view.zoomIn();
		expect(view.transform.k).toBe(1);
		view.connect(driver);
		flushSync();
		driver.finish();
		flushSync();
		// Two presses, two steps: the second built on the first one's target.
		expect(view.transform.k).toBeCloseTo(1.6 * 1.6, 5);

		const panned = makeView(SPREAD);
		panned.view.zoomIn();
		panned.view.panBy(-0.25);
		panned.view.connect(panned.driver);
		flushSync();
		panned.driver.finish();
		flushSync();
		expect(panned.view.transform.k).toBeCloseTo(1.6, 5);
		const zoomed = makeView(SPREAD);
		zoomed.view.zoomIn();
		zoomed.view.connect(zoomed.driver);
		flushSync();
		zoomed.driver.finish();
		flushSync();
		// The pan moved the zoomed window earlier.
		expect(panned.view.window.from).toBeLessThan(zoomed.view.window.from);

		// A window chosen before then (a period button) replaces the presses before it.
		const chosen = makeView(SPREAD);
		chosen.view.zoomIn();
		chosen.view.showRange(Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1), { byReader: true });
		chosen.view.connect(chosen.driver);
		flushSync();
		chosen.driver.finish();
		flushSync();
		expect(Math.abs(chosen.view.window.from - Date.UTC(2021, 0, 1))).toBeLessThan(DAY);
	});

	it('builds a second zoom on the first one’s target while it is still animating', () => {
		const { view, driver } = makeView(SPREAD);
		view.connect(driver);
		const whole = view.window.to - view.window.from;
		view.zoomIn();
		expect(view.moving).toBe(true);
		view.zoomIn();
		// The first animation was interrupted; the second heads for 1.6 x 1.6.
		expect(driver.animations).toHaveLength(1);
		driver.finish();
		flushSync();
		expect(view.moving).toBe(false);
		expect((view.window.to - view.window.from) / whole).toBeCloseTo(1 / 2.56, 2);
	});

	it('zooms in on an event merged into a badge, and pans to one drawn as a mark', () => {
		// Ten events within a day of each other: at the whole story, more than there are lanes share a badge.
		const dates = ['2020-01-01', ...Array.from({ length: 10 }, () => '2022-05-05'), '2024-01-01'];
		const { view, driver } = makeView(dates);
		view.connect(driver);
		flushSync();
		const merged = view.items.findIndex((_, index) => view.layout!.laneOf[index] === -1);
		expect(merged).toBeGreaterThan(-1);
		const span = view.window.to - view.window.from;
		view.reveal(view.items[merged].id);
		driver.finish();
		flushSync();
		expect(view.window.to - view.window.from).toBeLessThan(span / 3);
		expect(view.window.from).toBeLessThanOrEqual(view.items[merged].start);
	});

	it('lets a gesture of the reader’s own drop the target of an animation, and say it moved', () => {
		const { view, driver, domain } = makeView(SPREAD);
		view.connect(driver);
		expect(view.movedByReaderAt).toBe(0);
		view.zoomIn();
		// The reader pans by hand meanwhile: the next zoom starts from where they are, not from the target.
		const byHand = transformForRange(
			{ domain, range: [0, 1000] },
			1000,
			Date.UTC(2020, 0, 1),
			Date.UTC(2020, 6, 1)
		);
		view.applyGesture(byHand, true);
		flushSync();
		expect(view.movedByReaderAt).toBeGreaterThan(0);
		const here = view.window;
		view.zoomIn();
		driver.animations.at(-1)!.end();
		const centre = (here.from + here.to) / 2;
		const target = driver.animations.at(-1)!.t;
		view.applyGesture(target, false);
		flushSync();
		expect(Math.abs((view.window.from + view.window.to) / 2 - centre)).toBeLessThan(DAY);
	});
});
