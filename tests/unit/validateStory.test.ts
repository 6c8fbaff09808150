import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryFile } from '../../src/lib/server/loadStoryFile';
import { formatPath, parseStoryJson, validateStory } from '../../src/lib/story/validateStory';
import { languageName, textDirection } from '../../src/lib/text/language';

const BAD = 'tests/fixtures/bad-stories';

/** Each bad file and every message it must produce (and no others). */
const EXPECTED: Record<string, string[]> = {
	'malformed-json.json': [/^malformed JSON at line 5, column 5: /.source],
	'missing-fields.json': ['title: is required', 'events[0] (takeover).title: is required'],
	'impossible-month.json': ['events[3] (qomi-meets-baradar).date: "2021-13-01" is not a date: month 13'],
	'impossible-day.json': [
		'events[0] (leap).date: "2023-02-29" is not a date: day 29: February 2023 has 28 days'
	],
	'end-before-date.json': ['events[0] (span).end: "2021-12-31" is before the event\'s date "2022-08"'],
	'duplicate-ids.json': ['events[1] (same).id: "same" is already used by events[0]'],
	'unsafe-id.json': [
		'events[0] (Qomi Meets/Baradar).id: "Qomi Meets/Baradar" is not URL-safe: use lowercase letters, digits and single hyphens (e.g. "qomi-meets-baradar")'
	],
	'empty-quote.json': ['events[0] (quiet).quotes[0].text: must not be empty'],
	'unknown-speaker.json': [
		'events[0] (jibe).quotes[0].speaker: "mutaqi" is not a declared actor (declared: muttaqi)'
	],
	'unknown-actor.json': ['events[0] (clash).actors[1]: "taleban" is not a declared actor (declared: iran)'],
	'unknown-field.json': ['events[0] (typo): unknown field "qoutes" (did you mean "quotes"?)'],
	'javascript-url.json': ['events[0] (bad-link).sources[0].url: "javascript:alert(1)" is not an http(s) URL'],
	'quote-not-in-source.json': [
		'events[0] (misquote).quotes[0].text: "words nobody said" is not found word for word in the source text'
	],
	'no-events.json': ['events: a story needs at least one event'],
	'before-with-end.json': [
		'events[0] (some-time-before).before: an event known only to have happened before its date has no "end": drop one of the two'
	],
	'unknown-claim.json': [
		'events[0] (rumour).claim: must be "confirmed", "reported" or "disputed", not the text "rumour"'
	],
	'unknown-attribution.json': [
		'events[0] (paraphrased).quotes[0].attribution: must be "verbatim", "as-reported" or "translated", not the text "paraphrase"'
	],
	'unknown-calendar.json': [
		'calendars.secondary: must be "persian" or "islamic-umalqura", not the text "jalali"'
	],
	'bad-original-language.json': [
		'events[0] (envoy).quotes[0].original.lang: "Persian" is not a language tag: use one such as "fa" (Persian), "fa-AF" (Dari) or "ps" (Pashto)'
	],
	'confirmed-by-article-only.json': [
		'events[0] (only-the-article).claim: "confirmed" needs a source other than the article: add one to "sources", or mark the claim "reported"'
	],
	'quote-found-twice.json': [
		'events[0] (twice).quotes[0].text: "soften your statements" is found 2 times in the source text: quote enough of the passage to mark one place'
	],
	'quotes-overlap.json': [
		'events[1] (second).quotes[0].text: "starts here, and the envoy" overlaps events[0] (first).quotes[0] in the source text: each passage can be marked for one quote only'
	],
	'quote-spans-paragraphs.json': [
		'events[0] (across).quotes[0].text: "it again: soften your statements.\\n\\nA new paragraph" spans a paragraph break in the source text: quote one paragraph at a time'
	],
	'many-errors.json': [
		'title: must not be empty',
		'events[0] (one).date: "21-08-15" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD',
		'events[0] (one).approximate: must be a boolean, not the text "yes"',
		'events[1] (one).quotes[0].text: must not be empty',
		'unknown field "extra"',
		'events[1] (one).id: "one" is already used by events[0]',
		'events[1] (one).end: "2021" is before the event\'s date "2022"'
	]
};

describe('bad story files', () => {
	it('has an expectation for every fixture, and a fixture for every expectation', () => {
		const files = readdirSync(BAD).filter((name) => name.endsWith('.json'));
		expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	it.each(Object.entries(EXPECTED))('%s reports exactly its problems', (name, messages) => {
		const result = readStoryFile(join(BAD, name));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toHaveLength(messages.length);
		messages.forEach((message, index) => {
			if (message.startsWith('^')) expect(result.problems[index]).toMatch(new RegExp(message));
			else expect(result.problems).toContain(message);
		});
	});
});

describe('npm run validate', () => {
	it('passes the default story and fails every bad file with its message', () => {
		const good = execFileSync('node', ['scripts/validate.js', 'stories/iran-taliban.json'], {
			encoding: 'utf8'
		});
		expect(good).toMatch(/✓ stories\/iran-taliban\.json: \d+ events/);

		const files = Object.keys(EXPECTED).map((name) => join(BAD, name));
		let output = '';
		let status = 0;
		try {
			execFileSync('node', ['scripts/validate.js', ...files], { encoding: 'utf8', stdio: 'pipe' });
		} catch (error) {
			const failure = error as { status: number; stderr: string };
			status = failure.status;
			output = failure.stderr;
		}
		expect(status).toBe(1);
		for (const [name, messages] of Object.entries(EXPECTED)) {
			expect(output).toContain(`✗ ${BAD}/${name}`);
			for (const message of messages.filter((m) => !m.startsWith('^'))) {
				expect(output).toContain(`${BAD}/${name}: ${message}`);
			}
		}
	}, 30_000);
});

describe('validateStory', () => {
	it('accepts the minimal story: a title and events with id, title, date, end, summary, quotes', () => {
		const result = validateStory({
			title: 'Minimal',
			events: [
				{ id: 'b', title: 'Later', date: '2022', summary: 'S', quotes: [{ text: 'Hi', speaker: 'Anyone' }] },
				{ id: 'a', title: 'Earlier', date: '2021-03', end: '2021-05' }
			]
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.story.events.map((event) => event.id)).toEqual(['a', 'b']);
		expect(result.story.events[0].date.precision).toBe('month');
		expect(result.story.events[1].quotes[0].speaker).toBe('Anyone');
	});

	it('gives every date in the second calendar at its own precision, English month names by default', () => {
		const result = validateStory({
			title: 'Two calendars',
			calendars: { secondary: 'persian' },
			events: [
				{ id: 'takeover', title: 'Kabul falls', date: '2021-08-15' },
				{ id: 'month', title: 'A month', date: '2021-08', approximate: true },
				{ id: 'year', title: 'A year', date: '2021' },
				{ id: 'before', title: 'Before', date: '2025-03-20', before: true },
				{ id: 'span', title: 'A span', date: '2021-08-15', end: '2021-09' },
				{ id: 'days', title: 'Days', date: '2022-08-01', end: '2022-08-25' },
				{ id: 'days-in-month', title: 'Days in a month', date: '2022-08-01', end: '2022-08-05' },
				{ id: 'days-across-years', title: 'Across Nowruz', date: '2022-03-01', end: '2022-03-25' }
			]
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.story.calendars).toEqual({ secondary: 'persian', monthNames: 'en' });
		expect(Object.fromEntries(result.story.events.map((event) => [event.id, event.calendarDate]))).toEqual({
			year: '1399–1400',
			month: 'c. Mordad–Shahrivar 1400',
			takeover: '24 Mordad 1400',
			span: '24 Mordad 1400 – Shahrivar–Mehr 1400',
			days: '10 Mordad – 3 Shahrivar 1401',
			'days-in-month': '10–14 Mordad 1401',
			'days-across-years': '10 Esfand 1400 – 5 Farvardin 1401',
			before: 'before 30 Esfand 1403'
		});
	});

	it("gives Afghanistan's month names in Persian digits, and none without a second calendar", () => {
		const events = [{ id: 'takeover', title: 'Kabul falls', date: '2021-08-15' }];
		const dari = validateStory({
			title: 'T',
			calendars: { secondary: 'persian', monthNames: 'fa-AF' },
			events
		});
		expect(dari.ok && dari.story.events[0].calendarDate).toBe('۲۴ اسد ۱۴۰۰');
		const plain = validateStory({ title: 'T', events });
		expect(plain.ok && plain.story.events[0].calendarDate).toBeUndefined();
		expect(plain.ok && plain.story.calendars).toBeUndefined();
	});

	it("keeps a quote's original words with their language", () => {
		const result = validateStory({
			title: 'T',
			events: [
				{
					id: 'e',
					title: 'E',
					date: '2022',
					quotes: [{ text: 'a lie', speaker: 'Qomi', original: { text: 'دروغ', lang: 'fa-AF' } }]
				}
			]
		});
		expect(result.ok && result.story.events[0].quotes[0].original).toEqual({
			text: 'دروغ',
			lang: 'fa-AF',
			dir: 'rtl',
			language: 'Dari'
		});
	});

	it('writes Persian, Pashto, Arabic and Hebrew right to left, and Latin or Cyrillic left to right', () => {
		expect(['fa', 'fa-AF', 'ps', 'ar', 'he', 'ur', 'az-Arab'].map(textDirection)).toEqual(
			Array(7).fill('rtl')
		);
		expect(['en', 'de', 'ru', 'az', 'uz-Cyrl'].map(textDirection)).toEqual(Array(5).fill('ltr'));
		expect(['fa', 'ps'].map(languageName)).toEqual(['Persian', 'Pashto']);
	});

	it('suggests the field a typo in the calendars meant', () => {
		const result = validateStory({
			title: 'T',
			calendars: { secondary: 'persian', monthName: 'en' },
			events: [{ id: 'e', title: 'E', date: '2022' }]
		});
		expect(result.ok ? [] : result.errors).toEqual([
			'calendars: unknown field "monthName" (did you mean "monthNames"?)'
		]);
	});

	it('resolves "article" sources to the story itself', () => {
		const result = validateStory({
			title: 'Story',
			url: 'https://example.com/story',
			outlet: 'Example',
			events: [{ id: 'a', title: 'A', date: '2021', sources: ['article'] }]
		});
		expect(result.ok && result.story.events[0].sources[0]).toEqual({
			title: 'Story',
			url: 'https://example.com/story',
			publisher: 'Example',
			isArticle: true
		});
	});

	it('names the limit when a story has too many events', async () => {
		const { MAX_EVENTS } = await import('../../src/lib/story/schema');
		const events = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => ({
			id: `e${i}`,
			title: 'E',
			date: '2021'
		}));
		const result = validateStory({ title: 'Huge', events });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors[0]).toBe(
			`events: ${(MAX_EVENTS + 1).toLocaleString('en')} events is over the limit of ${MAX_EVENTS.toLocaleString('en')} events per story`
		);
	});

	it('rejects a story that is not an object at all', () => {
		expect(validateStory([1, 2])).toEqual({
			ok: false,
			errors: ['a story must be a JSON object with a "title" and "events", not a list']
		});
	});
});

describe('parseStoryJson', () => {
	it('reports an empty file', () => {
		expect(parseStoryJson('')).toMatchObject({ ok: false });
	});
});

describe('formatPath', () => {
	it('adds the id after an index where there is one', () => {
		const input = { events: [{ id: 'x', quotes: [{ text: 'q' }] }] };
		expect(formatPath(['events', 0, 'quotes', 0, 'text'], input)).toBe('events[0] (x).quotes[0].text');
	});
});
