import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStoryFile } from '../../src/lib/server/loadStoryFile';
import type { Story } from '../../src/lib/story/types';
import { labelledTitle } from '../../src/lib/story/claims';
import { formatEventDate } from '../../src/lib/time/formatDate';
import { actorIndex, isAuthor } from '../../src/lib/story/actors';

const result = readStoryFile('stories/iran-taliban.json');
const article = readFileSync('stories/iran-taliban.txt', 'utf8');
const story = (result.ok ? result.story : undefined) as Story;
const byId = (id: string) => story.events.find((event) => event.id === id);

describe('the default story', () => {
	it('is valid', () => {
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it('has every event the article mentions, with the researched date and precision', () => {
		const expected: Record<string, string> = {
			'taliban-take-kabul': '2021-08-15',
			'us-withdrawal-complete': '2021-08-30',
			'khamenei-new-reality': '2021-08',
			'taliban-invited-to-revolution-anniversary': '2021-08-15',
			'iran-kabul-embassy-stays-open': '2021-08-15',
			'afghan-embassy-tehran-handed-to-taliban': '2023-02-26',
			'raisi-warns-over-helmand-water': '2023-05-18',
			'border-clash-may-2023': '2023-05-27',
			'zawahiri-drone-strike': '2022-07-31',
			'taliban-respond-to-zawahiri-strike': '2022-08-01',
			'qomi-calls-resistance-front-us-project': '2022-08-15',
			'iran-calls-for-inclusive-government': '2021-08',
			'muttaqi-executions-jibe': '2023-08-30',
			'qomi-meets-baradar': '2023-09-02',
			'qomi-meets-muttaqi': '2023-08-31',
			'rouhani-kabul-occupation-remark': '2014-03-27'
		};
		for (const [id, date] of Object.entries(expected)) {
			expect(byId(id)?.date.text, id).toBe(date);
		}
	});

	it('every quote is in the article word for word', () => {
		const quotes = story.events.flatMap((event) => event.quotes);
		expect(quotes.length).toBeGreaterThan(0);
		for (const quote of quotes) expect(article, quote.text).toContain(quote.text);
	});

	it('every quotation in the article is a quote card with a declared speaker', () => {
		// Quotation marks around a name are not a quotation.
		const names = new Set(['Islamic Revolution']);
		const quotations = [...article.matchAll(/“([^”]+)”/g)]
			.map((match) => match[1].replace(/,$/, ''))
			.filter((text) => !names.has(text));
		const cards = story.events.flatMap((event) => event.quotes);
		const actorIds = new Set(story.actors.map((actor) => actor.id));
		for (const quotation of quotations) {
			const card = cards.find((quote) => quote.text.includes(quotation) || quotation.includes(quote.text));
			expect(card, quotation).toBeDefined();
			expect(actorIds.has(card!.speaker), card!.speaker).toBe(true);
		}
	});

	it('says where a date comes from whenever the article does not state it', () => {
		for (const event of story.events) {
			const statedInArticle = event.id === 'taliban-take-kabul';
			if (statedInArticle) expect(article).toContain('15 August 2021');
			else expect(event.dateNote, event.id).toBeTruthy();
			const external = event.sources.filter((source) => !source.isArticle && source.url);
			const researched = event.date.precision === 'day' && !statedInArticle;
			if (researched) expect(external.length, event.id).toBeGreaterThan(0);
		}
	});

	it('says how sure it is of every event and whose words every quote is, in the file itself', () => {
		const raw = JSON.parse(readFileSync('stories/iran-taliban.json', 'utf8')) as {
			events: { id: string; claim?: string; quotes?: { attribution?: string }[] }[];
		};
		for (const event of raw.events) {
			expect(event.claim, event.id).toMatch(/^(confirmed|reported|disputed)$/);
			for (const quote of event.quotes ?? []) expect(quote.attribution, event.id).toBeDefined();
		}
	});

	it('states nothing as fact that only the article says', () => {
		// The fact-check's two serious findings: a welcome no source has Khamenei saying,
		// and a meeting and request only the article reports.
		for (const id of ['khamenei-new-reality', 'qomi-meets-muttaqi', 'euro-packages']) {
			const event = byId(id)!;
			expect(event.claim, id).toBe('reported');
			expect(event.title, id).toMatch(/^The article says |\breportedly\b/);
			expect(labelledTitle(event), id).toMatch(/^Reported by the article, unconfirmed: /);
		}
		expect(byId('khamenei-new-reality')!.quotes[0].attribution).toBe('as-reported');
		// A title repeats no attribution the only source contradicts.
		expect(byId('qomi-meets-baradar')!.title).not.toMatch(/harm relations/);
		// A quote gives its speaker's role at the time: Qomi was not yet in charge of the embassy in 2022.
		expect(byId('qomi-calls-resistance-front-us-project')!.quotes[0].role).toMatch(/^then .*special envoy/);
		// The dek no longer calls it Khamenei's welcome.
		expect(story.summary).toMatch(/the welcome the article ascribes to Khamenei/);
	});

	it('offers only the people and bodies the story is about in the “Who” filter', () => {
		const index = actorIndex(story.actors);
		const who = story.actors.filter((actor) => !isAuthor(actor.id, index, story.author));
		expect(who.map((actor) => actor.id)).not.toContain('author');
		expect(who).toHaveLength(story.actors.length - 1);
	});

	it('gives the undated invitation no window of its own: only that it came before the takeover', () => {
		const invitation = byId('taliban-invited-to-revolution-anniversary')!;
		expect(invitation.before).toBe(true);
		expect(invitation.end).toBeUndefined();
		expect(formatEventDate(invitation.date, invitation.end, invitation.approximate, invitation.before)).toBe(
			'before 15 August 2021'
		);
		// In the order of events, what came before the takeover is listed before it.
		const ids = story.events.map((event) => event.id);
		expect(ids.indexOf('taliban-invited-to-revolution-anniversary')).toBe(
			ids.indexOf('taliban-take-kabul') - 1
		);
		// The story no longer reaches back to 2013 on its account.
		expect(story.events[0].id).toBe('rouhani-kabul-occupation-remark');
	});

	it('is honest about muddled chronology and unknown dates', () => {
		expect(byId('rouhani-kabul-occupation-remark')?.dateNote).toMatch(/Karzai left office in 2014/);
		expect(byId('zawahiri-drone-strike')?.dateNote).toMatch(/“recently”/);
		const khamenei = byId('khamenei-new-reality');
		expect(khamenei?.date.precision).toBe('month');
		expect(khamenei?.approximate).toBe(true);
		const muttaqiMeeting = byId('qomi-meets-muttaqi');
		expect(muttaqiMeeting?.approximate).toBe(true);
		expect(muttaqiMeeting?.end?.text).toBe('2023-09');
	});

	it('dates its own publication, approximately, with a note', () => {
		expect(story.published?.text).toBe('2023-09');
		expect(story.approximate).toBe(true);
		expect(story.publishedNote).toMatch(/2 September 2023/);
	});
});
