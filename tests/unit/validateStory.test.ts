import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryFile } from '../../src/lib/server/loadStoryFile';
import { formatPath, parseStoryJson, validateStory } from '../../src/lib/story/validateStory';
import { languageName, textDirection } from '../../src/lib/text/language';
import { mediaLabel } from '../../src/lib/story/validateStory';
import { pictureInspector } from '../../src/lib/server/media';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import sharp from 'sharp';

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
			errors: ['a story must be a JSON object with a "title" and "events", not a list'],
			warnings: []
		});
	});
});

describe('media on events', () => {
	const dir = 'tests/fixtures/bad-stories/media';
	/** Validates one event's media as the build does, its files looked at beside `dir`. */
	const check = (media: unknown[], from = dir) =>
		validateStory(
			{ title: 'T', events: [{ id: 'photo', title: 'P', date: '2022', media }] },
			{ inspectPicture: pictureInspector(resolve(from), new Map()) }
		);
	const errors = (media: unknown[], from?: string) => {
		const result = check(media, from);
		return result.ok ? [] : result.errors;
	};

	it('refuses a missing file, naming the file, the event and the field', () => {
		expect(errors([{ src: 'gone.jpg', alt: 'A', credit: 'C' }])).toEqual([
			'events[0] (photo).media[0].src: "gone.jpg" was not found next to the story file'
		]);
	});

	it('refuses an image without a description or a credit', () => {
		expect(errors([{ src: 'landscape.jpg' }], 'tests/fixtures/media-story')).toEqual([
			'events[0] (photo).media[0].alt: is required: say what the image shows, for readers who cannot see it (or set "decorative": true and "alt": "")',
			'events[0] (photo).media[0].credit: is required for an image: who took or made it ("Photo: AFP")'
		]);
		expect(errors([{ src: 'landscape.jpg', alt: ' ', credit: 'C' }], 'tests/fixtures/media-story')).toEqual([
			'events[0] (photo).media[0].alt: is empty: say what the image shows, or set "decorative": true'
		]);
		expect(
			errors(
				[{ src: 'landscape.jpg', alt: 'A valley', decorative: true, credit: 'C' }],
				'tests/fixtures/media-story'
			)
		).toEqual([
			'events[0] (photo).media[0].alt: a decorative image has "alt": "" (screen readers skip it): drop "decorative" to describe it'
		]);
		expect(errors([{ alt: 'A', credit: 'C' }])).toEqual([
			'events[0] (photo).media[0]: an image needs "src": a JPEG, PNG or WebP file beside the story file'
		]);
	});

	it('refuses a picture on another site', () => {
		expect(errors([{ src: 'https://example.com/photo.jpg', alt: 'A', credit: 'C' }])).toEqual([
			'events[0] (photo).media[0].src: "https://example.com/photo.jpg" is on another site: download the file, put it beside the story file and credit it (the pages load nothing from elsewhere)'
		]);
		expect(errors([{ src: '//cdn.example.com/photo.jpg', alt: 'A', credit: 'C' }])).toHaveLength(1);
	});

	it('refuses a file that is not an image, and one narrower than 480 px', () => {
		expect(errors([{ src: 'notes.jpg', alt: 'A', credit: 'C' }])).toEqual([
			'events[0] (photo).media[0].src: "notes.jpg" is not a JPEG, PNG or WebP image'
		]);
		expect(errors([{ src: 'small.jpg', alt: 'A', credit: 'C' }])).toEqual([
			'events[0] (photo).media[0].src: "small.jpg" is 300 px wide: an image must be at least 480 px wide'
		]);
	});

	it('refuses a video, a post or a document without its link, and an unknown kind', () => {
		expect(
			errors([{ kind: 'video', caption: 'A clip' }, { kind: 'post' }, { kind: 'gif', src: 'a.gif' }])
		).toEqual([
			'events[0] (photo).media[2].kind: must be "image", "video", "audio", "post" or "document", not the text "gif"',
			'events[0] (photo).media[0].link: a video needs "link": the address where it is',
			'events[0] (photo).media[1].link: a post needs "link": the address where it is'
		]);
	});

	it('warns about an image over 5 MB, and makes its widths no wider than it', async () => {
		const big = mkdtempSync(join(tmpdir(), 'dateline-media-'));
		// Noise does not compress: a PNG of it is over 5 MB.
		const noise = Buffer.from(Array.from({ length: 1400 * 1400 * 3 }, () => Math.floor(Math.random() * 256)));
		await sharp(noise, { raw: { width: 1400, height: 1400, channels: 3 } })
			.png({ compressionLevel: 0 })
			.toFile(join(big, 'noise.png'));
		const result = check([{ src: 'noise.png', alt: 'Noise', credit: 'C' }], big);
		expect(result.warnings).toHaveLength(1);
		expect(result.warnings[0]).toMatch(
			/^events\[0\] \(photo\)\.media\[0\]\.src: "noise\.png" is \d+\.\d MB: over 5 MB slows the build and weighs on the repository/
		);
		expect(result.ok && result.story.events[0].media[0].picture).toMatchObject({
			width: 1400,
			height: 1400,
			widths: [480, 960, 1400]
		});
	});

	it('describes a link out as the story does, the site where no provider is given', () => {
		expect(mediaLabel('video', 'https://www.youtube.com/watch?v=1', 'YouTube', '2 min')).toBe(
			'Video, 2 min, on YouTube'
		);
		expect(mediaLabel('post', 'https://x.com/someone/status/1')).toBe('Post, on x.com');
		expect(mediaLabel('audio', 'https://example.org/a.mp3', undefined, '40 s')).toBe(
			'Recording, 40 s, on example.org'
		);
	});

	it('reads the fixture story: every picture measured, posters on link-outs, no picture for a post', () => {
		const result = readStoryFile('tests/fixtures/media-story/story.json');
		expect(result.ok ? result.warnings : result.problems).toEqual([]);
		if (!result.ok) return;
		const media = Object.fromEntries(result.story.events.map((event) => [event.id, event.media]));
		expect(media.landscape[0].picture).toMatchObject({ width: 1600, height: 900, widths: [480, 960, 1600] });
		expect(media.portrait[0].picture).toMatchObject({ width: 800, height: 1200, widths: [480, 800] });
		expect(media.square.map((item) => item.picture?.widths)).toEqual([
			[480, 600],
			[480, 960, 1600]
		]);
		expect(media.video[0]).toMatchObject({ kind: 'video', label: 'Video, 2 min, on YouTube', alt: '' });
		expect(media.video[0].picture?.width).toBe(960);
		expect(media.post[0]).toMatchObject({ kind: 'post', label: 'Post, on x.com' });
		expect(media.post[0].picture).toBeUndefined();
		expect(media.decorative[0].alt).toBe('');
		expect(result.pictures.size).toBe(5);
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
