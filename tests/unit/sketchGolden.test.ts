import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/generate.js';
import { readStoryFile } from '../../src/lib/server/loadStoryFile.ts';
import { validateStory } from '../../src/lib/story/validateStory.ts';
import type { StoryEvent } from '../../src/lib/story/types.ts';
import { timelineItems } from '../../src/lib/layout/timelineItems.ts';
import { sketchTimeline } from '../../src/lib/layout/sketch.ts';
import { sketchMarkup } from '../../src/lib/layout/sketchMarkup.ts';
import { contextRange, storyDomain } from '../../src/lib/time/domain.ts';
import { findFolds } from '../../src/lib/time/folds.ts';

/**
 * The build's first view, byte for byte, as it was before the timeline's placement
 * was shared between the live timeline and the sketch: any change in where a mark,
 * a badge or a tick lands shows here. A changed golden is a changed page: look at it.
 */
function eventsOf(input: unknown): StoryEvent[] {
	const result = validateStory(input);
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.story.events;
}

const loaded = readStoryFile('stories/iran-taliban.json');
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));

const stories: [string, StoryEvent[], string][] = [
	['the default story', loaded.story.events, 'muttaqi-executions-jibe'],
	['1,000 generated events', eventsOf(generateStory(1_000, 1)), 'event-500']
];

describe.each(stories)('the sketch of %s', (_name, events, eventId) => {
	const items = timelineItems(events);
	const domain = storyDomain(items);

	it('for the home page is the golden one', () => {
		expect(sketchMarkup(sketchTimeline(items, domain, []))).toMatchSnapshot();
	});

	it('for the home page on a compact axis is the golden one', () => {
		const folds = findFolds(items);
		const sketch = sketchTimeline(items, domain, folds);
		expect(sketch.compact).toBe(folds.length > 0);
		expect(sketchMarkup(sketch)).toMatchSnapshot();
	});

	it('for an event page is the golden one', () => {
		const index = items.findIndex((item) => item.id === eventId);
		expect(index).toBeGreaterThan(-1);
		const sketch = sketchTimeline(items, domain, [], contextRange(items, index), eventId);
		expect(`${sketch.from} ${sketch.to}\n${sketchMarkup(sketch)}`).toMatchSnapshot();
	});
});
