import { describe, expect, it } from 'vitest';
import { readStoryFile } from '../../src/lib/server/loadStoryFile';
import { validateStory } from '../../src/lib/story/validateStory';
import { attributionLabel, claimLabel, labelledTitle, previewQuote } from '../../src/lib/story/claims';
import { actorIndex } from '../../src/lib/story/actors';
import { eventDescription, eventPreview, storyPreview } from '../../src/lib/og/previewContent';
import { PREVIEW_HEIGHT, previewSvg } from '../../src/lib/og/previewSvg';
import type { Story } from '../../src/lib/story/types';
import { fontFiles } from '../../src/lib/server/previewImage';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';

const result = readStoryFile('stories/iran-taliban.json');
const story = (result.ok ? result.story : undefined) as Story;
const byId = (id: string) => story.events.find((event) => event.id === id)!;

/** The text an SVG prints, line by line, with each line's baseline. */
function printed(svg: string): { y: number; text: string }[] {
	const decode = (text: string) => text.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
	return [...svg.matchAll(/<text x="\d+" y="(\d+)"[^>]*>([^<]*)<\/text>/g)].map((match) => ({
		y: Number(match[1]),
		text: decode(match[2])
	}));
}

describe('the status of a claim', () => {
	const event = (fields: Record<string, unknown>) => {
		const checked = validateStory({ title: 'T', events: [{ id: 'e', title: 'E', date: '2021', ...fields }] });
		if (!checked.ok) throw new Error(checked.errors.join('\n'));
		return checked.story.events[0];
	};

	it('is "confirmed" by default where a source other than the article backs the event, else "reported"', () => {
		expect(event({ sources: ['article', { title: 'Wire report' }] }).claim).toBe('confirmed');
		expect(event({ sources: ['article'] }).claim).toBe('reported');
		expect(event({}).claim).toBe('reported');
		expect(event({ claim: 'disputed', sources: [{ title: 'Wire report' }] }).claim).toBe('disputed');
	});

	it('is said in plain words wherever it is not confirmed', () => {
		expect(claimLabel(event({ sources: ['article', { title: 'Wire' }] }))).toBeNull();
		expect(claimLabel(event({ sources: ['article'] }))).toBe('Reported by the article, unconfirmed');
		expect(claimLabel(event({ claim: 'reported', sources: [{ title: 'One party' }] }))).toBe(
			'Reported, unconfirmed'
		);
		expect(claimLabel(event({ claim: 'disputed', sources: [{ title: 'Wire' }] }))).toBe('Disputed');
		expect(claimLabel(event({}))).toBe('Unconfirmed: no source given');
		expect(labelledTitle(event({ sources: ['article'] }))).toBe('Reported by the article, unconfirmed: E');
		expect(labelledTitle(event({ sources: [{ title: 'Wire' }] }))).toBe('E');
	});

	it('says whose words a quote is where they are not the speaker’s as recorded', () => {
		expect(attributionLabel({ attribution: 'as-reported' })).toBe(
			'As the article reports it; not found in another source'
		);
		expect(attributionLabel({ attribution: 'translated' })).toBe('Translated');
		expect(attributionLabel({ attribution: 'verbatim' })).toBeNull();
		expect(attributionLabel({})).toBeNull();
	});
});

describe('what travels: page descriptions and preview images of the default story', () => {
	it('puts no quote of the author under an event about someone else', () => {
		const strike = byId('zawahiri-drone-strike');
		expect(strike.quotes[0].speaker).toBe('author');
		expect(previewQuote(strike, actorIndex(story.actors), story.author)).toBeUndefined();
		expect(
			printed(previewSvg(eventPreview(strike, story)))
				.map((line) => line.text)
				.join(' ')
		).not.toMatch(/enemy/);
	});

	it('labels a reported event and an as-reported quote on the image and in the description', () => {
		const khamenei = byId('khamenei-new-reality');
		const lines = printed(previewSvg(eventPreview(khamenei, story))).map((line) => line.text);
		expect(lines).toContain('Reported by the article, unconfirmed');
		expect(lines).toContain('— Ali Khamenei');
		expect(lines).toContain('As the article reports it; not found in another source');
		expect(eventDescription(khamenei, story)).toMatch(
			/^Reported by the article, unconfirmed\. “new reality” \(as the article reports it; not found in another source\)/
		);

		const translated = printed(
			previewSvg(eventPreview(byId('qomi-calls-resistance-front-us-project'), story))
		);
		expect(translated.map((line) => line.text)).toContain('Translated');
	});

	it('prints the story’s date as the page does, “c.” included', () => {
		const lines = printed(previewSvg(storyPreview(story))).map((line) => line.text);
		expect(lines).toContain('c. September 2023');
	});

	it('prints both calendars at the event’s precision', () => {
		const dateOf = (id: string) => printed(previewSvg(eventPreview(byId(id), story)))[1].text;
		expect(dateOf('taliban-take-kabul')).toBe('15 August 2021 · 24 Mordad 1400');
		expect(dateOf('khamenei-new-reality')).toBe('c. August 2021 · c. Mordad–Shahrivar 1400');
	});

	it('sets Persian words in the bundled Persian face, isolated right to left', () => {
		const svg = previewSvg({ storyTitle: 'S', date: '15 August 2021 · ۲۴ اسد ۱۴۰۰', title: 'T' });
		expect(svg).toContain(
			'15 August 2021 · <tspan font-family="Vazirmatn" font-weight="bold">\u2067۲۴ اسد ۱۴۰۰\u2069</tspan>'
		);
		expect(fontFiles.filter((file) => existsSync(file)).map((file) => basename(file))).toContain(
			'Vazirmatn-Bold.ttf'
		);
	});

	it('prints every event’s date whole, in both calendars', () => {
		for (const event of story.events) {
			const date = printed(previewSvg(eventPreview(event, story)))[1].text;
			expect(date, event.id).toContain(event.calendarDate);
			expect(date, event.id).not.toContain('…');
		}
	});

	it('makes a date in two calendars smaller rather than cut it', () => {
		const date = '15 August 2021 – September 2021 · 24 Mordad 1400 – Shahrivar–Mehr 1400';
		const svg = previewSvg({ storyTitle: 'S', date, title: 'T' });
		expect(printed(svg)[1].text).toBe(date);
		expect(svg).toMatch(/font-size="24" fill="#4a4f5a">15 August/);
	});

	it('keeps every line of every event’s image clear of the next and of the footer', () => {
		for (const event of story.events) {
			const lines = printed(previewSvg(eventPreview(event, story)));
			const footer = lines.pop()!;
			expect(footer.y).toBe(PREVIEW_HEIGHT - 40);
			lines.forEach((line, index) => {
				if (index > 0) expect(line.y, `${event.id}: ${line.text}`).toBeGreaterThan(lines[index - 1].y + 20);
			});
			expect(lines.at(-1)!.y, event.id).toBeLessThanOrEqual(footer.y - 30);
		}
	});
});
