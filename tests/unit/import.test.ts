import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idMaker, htmlToText, type ImportResult } from '../../src/lib/import/common.ts';
import { importStory } from '../../src/lib/import/importStory.ts';
import { storyFromSheet } from '../../src/lib/import/sheet.ts';
import { storyFromTimelineJs, timelineJsFromStory } from '../../src/lib/import/timelinejs.ts';
import { readStoryFile } from '../../src/lib/server/loadStoryFile.ts';
import { actorIndex, resolveActor } from '../../src/lib/story/actors.ts';
import { validateStory } from '../../src/lib/story/validateStory.ts';
import type { Story } from '../../src/lib/story/types.ts';

const fixture = (name: string) => resolve('tests/fixtures/import', name);
const read = (name: string) => readFileSync(fixture(name), 'utf8');

function imported(name: string): ImportResult {
	const text = read(name);
	const result = importStory(fixture(name), text, name.endsWith('.json') ? JSON.parse(text) : undefined);
	if (!result) throw new Error(`${name} was not recognised as an import`);
	return result;
}

function story(name: string) {
	const result = imported(name);
	if (!result.ok) throw new Error(result.problems.join('\n'));
	const checked = validateStory(result.story);
	if (!checked.ok) throw new Error(checked.errors.join('\n'));
	return { input: result.story, story: checked.story, warnings: result.warnings };
}

/** What a reader sees of each event, speakers by name: what an import must keep. */
function essentials(model: Story) {
	const actors = actorIndex(model.actors);
	return model.events.map((event) => ({
		id: event.id,
		title: event.title,
		summary: event.summary,
		date: event.date.text,
		end: event.end?.text,
		approximate: event.approximate,
		before: event.before,
		quotes: event.quotes.map((quote) => ({
			text: quote.text,
			speaker: resolveActor(quote.speaker, actors).name
		}))
	}));
}

describe('a sheet in TimelineJS template', () => {
	it('becomes a story that validates, each date as precise as the cells that are filled', () => {
		const { input, story: model } = story('sheet.csv');
		expect(input.title).toBe('Water on the Helmand');
		expect(input.summary).toMatch(/^A short history of the Helmand water dispute/);
		const byTitle = new Map(model.events.map((event) => [event.title, event]));
		expect(byTitle.get('The Helmand water treaty is signed')?.date.text).toBe('1973-03-13');
		expect(byTitle.get('Raisi warns the Taliban')?.date).toMatchObject({
			text: '2023-05',
			precision: 'month'
		});
		expect(byTitle.get('Talks on the water go on')?.date).toMatchObject({ text: '2023', precision: 'year' });
		// Quoted commas, doubled quotation marks and a line break inside a cell.
		expect(byTitle.get('The Helmand water treaty is signed')?.summary).toBe(
			'Iran and Afghanistan agree how the river\'s water is shared: 22 cubic metres a second for Iran, "in a normal water year".'
		);
		expect(byTitle.get('Raisi warns the Taliban')?.summary).toContain('in a speech\non the border');
	});

	it("keeps Dateline's own columns: id, actors, quote and speaker, source, claim, date note", () => {
		const { input, story: model } = story('sheet.csv');
		const treaty = model.events.find((event) => event.id === 'helmand-treaty')!;
		expect(treaty.actors).toEqual(['iran', 'afghanistan']);
		expect(treaty.tags).toEqual(['Water']);
		expect(treaty.sources).toMatchObject([
			{ title: 'The Helmand treaty', url: 'https://example.org/treaty' }
		]);
		expect(treaty.claim).toBe('confirmed');
		const warning = model.events.find((event) => event.title === 'Raisi warns the Taliban')!;
		expect(warning.quotes).toEqual([
			expect.objectContaining({ speaker: 'ebrahim-raisi', role: 'President of Iran' })
		]);
		expect(warning.claim).toBe('reported');
		expect(warning.dateNote).toBe('Shown as “May 2023” in the sheet');
		expect(input.actors).toContainEqual({ id: 'ebrahim-raisi', name: 'Ebrahim Raisi' });
		const clash = model.events.find((event) => event.title === 'Shots at the border')!;
		expect(clash).toMatchObject({
			claim: 'disputed',
			dateNote: 'Reported by both sides, with different death tolls.'
		});
	});

	it('reads the same from an Excel export (byte-order mark, CRLF) and from a TSV', () => {
		const plain = story('sheet.csv').input;
		expect(read('excel.csv').startsWith('\uFEFF')).toBe(true);
		expect(read('excel.csv')).toContain('\r\n');
		expect(story('excel.csv').input).toEqual(plain);
		const tsv = story('sheet.tsv').input;
		expect(tsv.events.map((event) => [event.id, event.date, event.title])).toEqual(
			plain.events.map((event) => [event.id, event.date, event.title])
		);
	});

	it('makes ids from headlines, unique and the same on every import', () => {
		const ids = story('sheet.csv').input.events.map((event) => event.id);
		expect(ids).toEqual([
			'helmand-treaty',
			'the-taliban-take-kabul',
			'raisi-warns-the-taliban',
			'shots-at-the-border',
			'talks-on-the-water-go-on'
		]);
		expect(story('sheet.csv').input.events.map((event) => event.id)).toEqual(ids);
		const make = idMaker(['talks']);
		expect([make('Talks'), make('Talks'), make('Qomi meets Baradar — again!')]).toEqual([
			'talks-2',
			'talks-3',
			'qomi-meets-baradar-again'
		]);
	});

	it('warns, naming the row, about what Dateline cannot use, and drops nothing in silence', () => {
		const sheet = [
			'Year,Month,Day,Time,Headline,Media,Media Credit,Background,Type,Colour',
			'2021,8,15,10:30,Kabul falls,https://example.org/kabul.jpg,Someone,#000,,blue',
			'2021,,,,Taliban rule,,,,era,'
		].join('\n');
		const result = storyFromSheet(sheet, ',', 'fallback');
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([
			'column "Colour" is not a TimelineJS or Dateline column: ignored',
			'row 2, Time: Dateline dates are days: the time "10:30" is not kept',
			'row 2, Background: backgrounds are not shown by Dateline: not kept',
			'row 2, Media: media from another site (https://example.org/kabul.jpg) is not shown: Dateline loads nothing from other origins',
			'row 3, Type: eras are not drawn by Dateline yet: this row is left out'
		]);
		if (result.ok) expect(result.story.title).toBe('fallback');
	});
});

describe('a sheet with problems', () => {
	it('lists every problem, each with its row and column, in row order', () => {
		const result = imported('broken.csv');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual([
			'row 2, Month: "13" is not a month (1 to 12)',
			'row 3, Year: an event needs at least its year',
			'row 4, Day: "30" is not a day of 2022-02 (1 to 28)',
			'row 5: 7 cells where the header has 6 (a missing or extra comma?)',
			'row 7, ID: "talks" is already the id of row 6'
		]);
	});

	it('says where a quoted cell opens that never closes', () => {
		const result = imported('unclosed-quote.csv');
		expect(result.ok ? [] : result.problems).toEqual([
			'line 2: a quoted cell opens here and is never closed: a quotation mark (") is missing'
		]);
	});

	it('names the row of what the story validator refuses', () => {
		const result = storyFromSheet('Year,Headline,ID\n2021,Fine,fine\n2022,Bad id,Not A Slug\n', ',', 't');
		expect(result.ok ? [] : result.problems).toEqual([
			expect.stringMatching(/^row 3\.id: "Not A Slug" is not URL-safe/)
		]);
	});
});

describe('TimelineJS JSON', () => {
	it('becomes a story: unique_id, group, blockquotes as quotes, HTML as text, eras and times warned of', () => {
		const { input, story: model, warnings } = story('timelinejs.json');
		expect(input.title).toBe('Water on the Helmand');
		expect(input.summary).toBe('A TimelineJS file, for the import tests.');
		const [treaty, warning, talks] = ['helmand-treaty', 'raisi-warns-the-taliban', 'talks-go-on'].map((id) =>
			model.events.find((event) => event.id === id)!
		);
		expect(treaty).toMatchObject({ id: 'helmand-treaty', tags: ['Water'] });
		expect(treaty.summary).toBe('Iran and Afghanistan agree how the water is shared & measured.');
		expect(warning.date).toMatchObject({ text: '2023-05', precision: 'month' });
		expect(essentials({ ...model, events: [warning] })[0].quotes).toEqual([
			{ text: 'Give the water rights of the people of Sistan and Baluchestan.', speaker: 'Ebrahim Raisi' }
		]);
		expect(talks).toMatchObject({
			date: { text: '2023' },
			end: { text: '2024' },
			summary: 'Through the year.'
		});
		expect(essentials({ ...model, events: [talks] })[0].quotes).toEqual([
			{ text: 'We are talking.', speaker: 'A negotiator' }
		]);
		expect(warnings).toEqual([
			'eras: 1 era is not drawn by Dateline yet: not kept',
			'event 2, start_date: Dateline dates are days: the time of day is not kept',
			'event 3, media.url: media from another site (https://example.org/photo.jpg) is not shown: Dateline loads nothing from other origins'
		]);
	});

	it('lists its problems by event and field', () => {
		const result = imported('broken-timelinejs.json');
		expect(result.ok ? [] : result.problems).toEqual([
			'event 1, start_date.month: "13" is not a month (1 to 12)',
			'event 2, unique_id: "a" is already the id of event 1',
			'event 2, start_date.year: a month or a day needs its year'
		]);
	});

	it('round trip: the default story exported and imported back keeps every event as the reader sees it', () => {
		const original = readStoryFile(resolve('stories/iran-taliban.json'));
		if (!original.ok) throw new Error(original.problems.join('\n'));
		const { timeline } = timelineJsFromStory(original.story);
		const back = storyFromTimelineJs(JSON.parse(JSON.stringify(timeline)), 'fallback');
		if (!back.ok) throw new Error(back.problems.join('\n'));
		const checked = validateStory(back.story);
		if (!checked.ok) throw new Error(checked.errors.join('\n'));
		expect(checked.story.title).toBe(original.story.title);
		expect(essentials(checked.story)).toEqual(essentials(original.story));
		expect(original.story.events.some((event) => event.quotes.length > 0)).toBe(true);
		expect(original.story.events.some((event) => event.date.precision !== 'day')).toBe(true);
	});
});

describe('the build and the command line', () => {
	it('the build reads a sheet as a story file, with its warnings', () => {
		const result = readStoryFile(fixture('sheet.csv'));
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.story.events).toHaveLength(5);
		const sample = readStoryFile(resolve('stories/sample-sheet.csv'));
		expect(sample.ok ? sample.story.title : sample.problems).toBe('Water on the Helmand');
		const broken = readStoryFile(fixture('broken.csv'));
		expect(broken.ok ? [] : broken.problems).toHaveLength(5);
	});

	it('npm run import exits 1 listing every problem, and writes a story that validates otherwise', () => {
		const failed = spawnSync('node', ['scripts/import.js', fixture('broken.csv')], { encoding: 'utf8' });
		expect(failed.status).toBe(1);
		expect(failed.stderr).toContain('5 problems');
		for (const row of [2, 3, 4, 5, 7]) expect(failed.stderr).toContain(`broken.csv: row ${row}`);
		const json = execFileSync('node', ['scripts/import.js', fixture('timelinejs.json')], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		});
		expect(validateStory(JSON.parse(json)).ok).toBe(true);
	});

	it('turns HTML into text with its entities', () => {
		expect(htmlToText('<p>Tom &amp; Jerry&#39;s <b>war</b></p><p>&ldquo;Two&rdquo;&nbsp;lines</p>')).toBe(
			"Tom & Jerry's war\n“Two” lines"
		);
	});
});
