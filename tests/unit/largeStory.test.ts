import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/generate.js';
import { readStoryFile } from '../../src/lib/server/loadStoryFile';
import { validateStory } from '../../src/lib/story/validateStory';
import { MAX_EVENTS } from '../../src/lib/story/schema';
import {
	itemsOfRows,
	timelineItems,
	timelineRow,
	type TimelineItem
} from '../../src/lib/layout/timelineItems';

describe('large stories', () => {
	it('validates a story of 100,000 events', () => {
		const result = validateStory(generateStory(100_000, 7));
		expect(result.ok ? [] : result.errors.slice(0, 3)).toEqual([]);
		if (result.ok) expect(result.story.events).toHaveLength(100_000);
	}, 60_000);

	it('rejects a story over the limit with a message naming the limit', () => {
		const story = generateStory(10, 7);
		const events = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => ({
			...story.events[i % 10],
			id: `e-${i}`
		}));
		const result = validateStory({ ...story, events });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.join('\n')).toContain(`${MAX_EVENTS.toLocaleString('en-GB')}`);
	}, 60_000);
});

describe('the timeline index of a large story', () => {
	it('gives the same items as the events themselves, each field and the mark’s date as said', () => {
		const result = validateStory(generateStory(2_000, 7));
		if (!result.ok) throw new Error(result.errors.join('\n'));
		// With the default story's too: approximate, "before", spans and a second calendar.
		const defaultStory = readStoryFile('stories/iran-taliban.json');
		if (!defaultStory.ok) throw new Error(defaultStory.problems.join('\n'));
		const fromEvents = timelineItems([...result.story.events, ...defaultStory.story.events]);
		const rows = fromEvents.map(timelineRow);
		// Through JSON, as the browser gets them.
		const fromIndex = itemsOfRows(JSON.parse(JSON.stringify(rows)));
		const fields = (item: TimelineItem) => ({
			id: item.id,
			title: item.title,
			start: item.start,
			end: item.end,
			shape: item.shape,
			approximate: item.approximate,
			before: item.before,
			labelWidth: item.labelWidth,
			claimLabel: item.claimLabel,
			dateLabel: item.dateLabel
		});
		expect(fromIndex.map(fields)).toEqual(fromEvents.map(fields));
		expect(new Set(fromIndex.map((item) => item.shape))).toEqual(new Set(['point', 'period', 'span']));
		expect(fromIndex.some((item) => item.approximate)).toBe(true);
		expect(fromIndex.some((item) => item.before)).toBe(true);
		expect(fromIndex.some((item) => item.dateLabel.includes(' · '))).toBe(true);
		expect(fromIndex.some((item) => item.claimLabel !== null)).toBe(true);
		// A third or less of the bytes of the events it stands for.
		expect(JSON.stringify(rows.slice(0, 2_000)).length).toBeLessThan(
			JSON.stringify(result.story.events).length / 2.5
		);
	});
});
