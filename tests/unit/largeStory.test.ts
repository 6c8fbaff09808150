import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/generate.js';
import { validateStory } from '../../src/lib/story/validateStory';
import { MAX_EVENTS } from '../../src/lib/story/schema';

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
