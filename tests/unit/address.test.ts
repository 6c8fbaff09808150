import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readStoryFile } from '../../src/lib/server/loadStoryFile';
import type { Story } from '../../src/lib/story/types';
import { actorIndex } from '../../src/lib/story/actors';
import { actorCounts, filterEvents, foldText } from '../../src/lib/story/filter';
import { parseViewState, serializeViewState, MAX_QUERY_LENGTH } from '../../src/lib/address/viewState';
import { linkedEvent, withLinkedEvent } from '../../src/lib/address/eventQuery';
import { quoteAnchor, sourceSegments } from '../../src/lib/story/sourceSegments';
import { nearestIds } from '../../src/lib/story/nearestIds';
import { contextRange, OPENING_FIT_PX } from '../../src/lib/time/domain';
import { revealWindow } from '../../src/lib/time/zoom';

const result = readStoryFile('stories/iran-taliban.json');
const story = (result.ok ? result.story : undefined) as Story;
const actors = actorIndex(story.actors);
const ids = (events: { id: string }[]) => events.map((event) => event.id);

describe('filtering and search', () => {
	it('keeps everything without a filter', () => {
		expect(filterEvents(story.events, {}, actors)).toHaveLength(story.events.length);
	});

	it('filters by actor, counting events they are quoted in', () => {
		expect(ids(filterEvents(story.events, { actor: 'al-qaeda' }, actors))).toEqual([
			'zawahiri-drone-strike',
			'taliban-respond-to-zawahiri-strike'
		]);
		const qomi = ids(filterEvents(story.events, { actor: 'qomi' }, actors));
		expect(qomi).toEqual(
			story.events.filter((event) => event.actors.includes('qomi')).map((event) => event.id)
		);
		expect(qomi).toContain('qomi-meets-baradar');
	});

	it('finds words in titles, summaries, quotes and speakers, whatever the case and accents', () => {
		const executions = ids(filterEvents(story.events, { query: 'EXECUTIONS' }, actors));
		expect(executions).toContain('muttaqi-executions-jibe');
		// Every word must match.
		expect(filterEvents(story.events, { query: 'executions zawahiri' }, actors)).toEqual([]);
		expect(foldText('Qomî’s “Resistance”')).toBe('qomi\'s "resistance"');
		const quoted = story.events.find((event) => event.quotes.length > 0)!;
		const words = quoted.quotes[0].text.split(' ').slice(0, 4).join(' ');
		expect(ids(filterEvents(story.events, { query: words }, actors))).toContain(quoted.id);
	});

	it('combines actor and search', () => {
		const both = filterEvents(story.events, { actor: 'qomi', query: 'Baradar' }, actors);
		expect(ids(both)).toEqual(['qomi-meets-muttaqi', 'qomi-meets-baradar']);
	});

	it('counts events per actor', () => {
		const counts = actorCounts(story.events, story.actors);
		expect(counts.get('al-qaeda')).toBe(2);
		expect(counts.get('author')).toBeGreaterThanOrEqual(1);
	});
});

describe('the view in the URL', () => {
	const known = new Set(['qomi', 'al-qaeda']);
	const parse = (query: string) => parseViewState(new URLSearchParams(query), known);

	it('reads a window at any precision of the date grammar', () => {
		expect(parse('from=2021-08-01&to=2021-09-30')).toEqual({
			from: Date.UTC(2021, 7, 1),
			to: Date.UTC(2021, 9, 1)
		});
		expect(parse('from=2021&to=2022-06')).toEqual({ from: Date.UTC(2021, 0, 1), to: Date.UTC(2022, 6, 1) });
	});

	it('turns a reversed window round', () => {
		expect(parse('from=2023&to=2021')).toEqual({ from: Date.UTC(2021, 0, 1), to: Date.UTC(2024, 0, 1) });
	});

	it('drops what is malformed, unknown or hostile', () => {
		expect(parse('from=yesterday&to=2021')).toEqual({});
		expect(parse('from=99999-01-01&to=2021')).toEqual({});
		expect(parse('from=2021-02-30&to=2021-03-01')).toEqual({});
		expect(parse('actor=<script>alert(1)</script>')).toEqual({});
		expect(parse('actor=qomi&colour=red')).toEqual({ actor: 'qomi' });
		expect(parse(`q=${'x'.repeat(10_000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
		expect(parse('q=%3Cimg%20src%3Dx%3E').q).toBe('<img src=x>');
	});

	it('names the event of a large story in the query, and reads only ids back', () => {
		const event = (query: string) => linkedEvent(new URLSearchParams(query));
		expect(withLinkedEvent('', 'event-4711')).toBe('?event=event-4711');
		const query = withLinkedEvent('?from=2021-08-01&to=2021-09-30&q=Kabul+talks', 'event-4711');
		expect(query).toBe('?from=2021-08-01&to=2021-09-30&q=Kabul+talks&event=event-4711');
		expect(event(query)).toBe('event-4711');
		expect(parse(query.slice(1))).toEqual({
			from: Date.UTC(2021, 7, 1),
			to: Date.UTC(2021, 9, 1),
			q: 'Kabul talks'
		});
		expect(event('event=%3Cscript%3E')).toBeUndefined();
		expect(event('event=Qomi-Meets')).toBeUndefined();
		expect(event('event=qomi--meets')).toBeUndefined();
		expect(event(`event=${'a'.repeat(201)}`)).toBeUndefined();
		expect(event('from=2021')).toBeUndefined();
	});

	it('writes days, with `to` as the last day shown, and reads back the same', () => {
		const state = { from: Date.UTC(2021, 7, 1), to: Date.UTC(2021, 9, 1), actor: 'qomi', q: 'Kabul talks' };
		const query = serializeViewState(state);
		expect(query).toBe('?from=2021-08-01&to=2021-09-30&actor=qomi&q=Kabul+talks');
		expect(parse(query.slice(1))).toEqual(state);
		expect(serializeViewState({})).toBe('');
	});
});

describe('the source view', () => {
	const text = readFileSync('stories/iran-taliban.txt', 'utf8');

	it('marks every quote of the story where it stands in the article', () => {
		const blocks = sourceSegments(text, story.events);
		const marked = blocks.flatMap((block) => block.segments).filter((segment) => 'quote' in segment);
		const quotes = story.events.flatMap((event) =>
			event.quotes.map((quote, index) => ({ anchor: quoteAnchor(event.id, index), text: quote.text }))
		);
		expect(marked.map((segment) => segment.text).sort()).toEqual(quotes.map((quote) => quote.text).sort());
		// Nothing of the article is lost or repeated.
		expect(blocks.map((block) => block.segments.map((segment) => segment.text).join(''))).toEqual(
			text
				.split(/\n\s*\n/)
				.filter((block) => block.trim())
				.map((block) => block.replace(/^## /, ''))
		);
		// The article's section headings are headings, and only they are.
		expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.segments[0].text)).toEqual(
			[
				'Iran put weight behind the Taliban',
				'Iran’s supreme called Taliban “reality” in Afghanistan',
				'The enemy of my enemy is my friend',
				'Islamic State is a serious threat in region'
			]
		);
	});
});

describe('nearest ids for a mistyped link', () => {
	const all = story.events.map((event) => event.id);

	it('suggests ids that share words or are a typo away', () => {
		expect(nearestIds('qomi-meets-baradr', all)[0]).toBe('qomi-meets-baradar');
		expect(nearestIds('taliban-take-kabul-2021', all)[0]).toBe('taliban-take-kabul');
		expect(nearestIds('zzzz', all)).toEqual([]);
	});
});

describe('the window around a linked event', () => {
	it('shows the event with its neighbours', () => {
		const items = [
			{ start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 0, 2) },
			{ start: Date.UTC(2022, 1, 1), end: Date.UTC(2022, 1, 2) },
			{ start: Date.UTC(2022, 2, 1), end: Date.UTC(2022, 2, 2) }
		];
		const { from, to } = contextRange(items, 1);
		expect(from).toBeLessThan(items[0].start);
		expect(to).toBeGreaterThan(items[2].start);
		expect(to - from).toBeLessThan(120 * 86_400_000);
	});

	it('keeps the event’s label whole on a phone’s timeline, so the live timeline need not move to show it', () => {
		const point = (day: number, labelWidth = 200) => ({
			start: Date.UTC(2023, 7, day),
			end: Date.UTC(2023, 7, day + 1),
			labelWidth,
			shape: 'point'
		});
		// The event late in its window: a neighbour well before it, one just after.
		const items = [point(1), point(30), point(31)];
		const range = contextRange(items, 1);
		for (const width of [OPENING_FIT_PX, 390, 1280]) {
			expect(revealWindow(items[1], true, range, width), `${width}px`).toBeNull();
		}
		// At the zoom its neighbours set: the window moves rather than widens.
		const unlabelled = contextRange(
			items.map(({ start, end }) => ({ start, end })),
			1
		);
		expect(range.to - range.from).toBe(unlabelled.to - unlabelled.from);
		expect(range.to).toBeGreaterThan(items[2].start);
		// An event early in its window, or with a short label, keeps the window as it was.
		const early = [point(1, 40), point(2, 40), point(30, 40)];
		const withoutLabels = early.map(({ start, end }) => ({ start, end }));
		expect(contextRange(early, 1)).toEqual(contextRange(withoutLabels, 1));
	});

	it('does not zoom out for years to reach a distant neighbour', () => {
		const items = [
			{ start: Date.UTC(2010, 0, 1), end: Date.UTC(2010, 0, 2) },
			{ start: Date.UTC(2022, 1, 1), end: Date.UTC(2022, 1, 2) }
		];
		const { from, to } = contextRange(items, 1);
		expect(to - from).toBeLessThan(600 * 86_400_000);
		expect(from).toBeLessThan(items[1].start);
		expect(to).toBeGreaterThan(items[1].end);
	});
});
