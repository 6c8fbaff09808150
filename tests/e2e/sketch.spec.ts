import { expect, test, type Page } from '@playwright/test';
import {
	labelBoxes,
	marks,
	MARKS_AND_BADGES,
	overlappingPairs,
	sketch,
	SKETCH_PARTS,
	SKETCH_SELECTED,
	story,
	timelineView
} from './helpers';

const VIEWPORTS = [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
	{ width: 700, height: 900 },
	{ width: 1000, height: 800 }
];

/** The boxes of the sketch's marks and badges that are on screen, by row. */
function visibleSketch(page: Page) {
	return page.evaluate(
		(parts) =>
			[...document.querySelectorAll<HTMLElement>(parts)]
				.filter((element) => element.getClientRects().length > 0)
				.map((element) => {
					const rect = element.getBoundingClientRect();
					return {
						kind: element.className.split(' ')[0],
						text: element.textContent ?? '',
						left: rect.left,
						right: rect.right,
						top: rect.top,
						bottom: rect.bottom
					};
				}),
		SKETCH_PARTS
	);
}

for (const viewport of VIEWPORTS) {
	test(`before any script runs, the timeline shows its marks without overlaps at ${viewport.width}px`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport });
		const page = await context.newPage();
		await page.goto('/');
		const boxes = await visibleSketch(page);
		const labels = boxes.filter((box) => box.kind !== 'sketch-bar');
		expect(labels.length).toBeGreaterThan(2);
		for (const label of labels.filter((box) => box.kind === 'sketch-mark')) {
			expect(story.events.map((event) => event.title)).toContain(label.text);
		}
		expect(overlappingPairs(labels)).toEqual([]);
		// Nothing runs off the end of the timeline, the last badge included.
		for (const label of labels) expect(label.right, label.text).toBeLessThanOrEqual(viewport.width + 0.5);
		// The window is the whole story, said as such, not one day twice.
		const range = await page.getByTestId('range').innerText();
		expect(range).toMatch(/2013.*2024/);
		const heightBefore = (await timelineView(page).boundingBox())!.height;
		await context.close();

		// With its script the live timeline takes over at the same height: nothing below moves.
		const live = await browser.newPage({ viewport });
		await live.goto('/');
		await expect(marks(live).first()).toBeVisible();
		await expect(sketch(live)).toHaveCount(0);
		expect((await timelineView(live).boundingBox())!.height).toBe(heightBefore);
		// The live timeline keeps the same promises: no overlaps, nothing off its end.
		const liveLabels = await labelBoxes(live, MARKS_AND_BADGES);
		expect(overlappingPairs(liveLabels)).toEqual([]);
		for (const label of liveLabels) expect(label.right, label.text).toBeLessThanOrEqual(viewport.width + 0.5);
		await live.close();
	});
}

test('an event page is sketched around its event, marked as selected', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 1280, height: 800 }
	});
	const page = await context.newPage();
	await page.goto('/events/qomi-meets-baradar');
	const selected = page.locator(SKETCH_SELECTED);
	await expect(selected).toHaveCount(1);
	await expect(selected).toHaveText(story.events.find((event) => event.id === 'qomi-meets-baradar')!.title);
	await expect(page.getByTestId('range')).toContainText(/2023/);
	await context.close();
});
