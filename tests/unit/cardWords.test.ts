import { describe, expect, it } from 'vitest';
import { cardWordsMarkup } from '../../src/lib/story/cardWordsMarkup';
import type { Actor } from '../../src/lib/story/types';

const actors = new Map<string, Actor>([
	['qomi', { id: 'qomi', name: 'Hassan Kazemi Qomi', role: 'Iran’s envoy' }],
	['muttaqi', { id: 'muttaqi', name: 'Amir Khan Muttaqi', role: 'Taliban foreign minister' }]
]);

type CardWords = Parameters<typeof cardWordsMarkup>[0];

const event: CardWords = {
	id: 'meeting',
	title: 'Qomi meets Muttaqi',
	summary: 'They met in Kabul.',
	quotes: [
		{ text: 'We are neighbours.', speaker: 'qomi', attribution: 'verbatim' },
		{
			text: 'Iran executes more people.',
			speaker: 'muttaqi',
			role: 'acting foreign minister',
			attribution: 'translated',
			note: 'As he put it on television.',
			original: { text: 'ایران بیشتر اعدام می‌کند', lang: 'fa-AF', dir: 'rtl', language: 'Dari' }
		},
		{ text: 'A saying.', speaker: 'An elder', attribution: 'as-reported' }
	],
	claimNote: 'Only the article says so.',
	dateNote: 'The article gives the month only.',
	actors: ['qomi', 'muttaqi'],
	sources: [
		{ title: 'The article', publisher: 'The paper', isArticle: true },
		{ title: 'Reuters report', url: 'https://example.org/report', isArticle: false },
		{ title: 'A book', isArticle: false }
	]
};

/** The text between two markers, for a part of the markup. */
const between = (html: string, from: string, to: string) =>
	html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)));

describe('a card’s words as markup', () => {
	it('holds the summary, each quote with its speaker in their role at the time, the notes, who is involved and the sources', () => {
		const html = cardWordsMarkup(event, actors);
		expect(html.startsWith('<p class="summary">They met in Kabul.</p>')).toBe(true);
		expect(html.match(/<figure class="quote">/g)).toHaveLength(3);
		// The actor's role, unless the quote gives the speaker's role at the time; a speaker who is no actor by name.
		expect(html).toContain(
			'<span class="speaker">Hassan Kazemi Qomi</span>, <span class="role">Iran’s envoy</span>'
		);
		expect(html).toContain(
			'<span class="speaker">Amir Khan Muttaqi</span>, <span class="role">acting foreign minister</span>'
		);
		expect(html).toContain('<span class="speaker">An elder</span> <span class="quote-note attribution">');
		// Whose rendering: said only for a translation and for words only the article has.
		expect(between(html, 'We are neighbours', '</figure>')).not.toContain('quote-note');
		expect(html).toContain('<span class="quote-note attribution">Translated</span>');
		expect(html).toContain(
			'<span class="quote-note attribution">As the article reports it; not found in another source</span>'
		);
		expect(html).toContain('<span class="quote-note">As he put it on television.</span>');
		// The words behind the translation, in their language and direction.
		expect(html).toContain(
			'<p class="original-label">In Dari:</p><blockquote class="original" lang="fa-AF" dir="rtl"><p>ایران بیشتر اعدام می‌کند</p></blockquote>'
		);
		expect(html).toContain(
			'<p class="date-note"><strong>Who says so:</strong> Only the article says so.</p>'
		);
		expect(html).toContain(
			'<p class="date-note"><strong>How this is dated:</strong> The article gives the month only.</p>'
		);
		expect(html).toContain(
			'<p class="actors"><span class="label">Involved:</span> Hassan Kazemi Qomi, Amir Khan Muttaqi</p>'
		);
		expect(between(html, '<div class="sources">', '</div>')).toBe(
			'<div class="sources"><span class="label">Sources:</span><ul>' +
				'<li>The article <span class="publisher">(The paper, the article)</span></li>' +
				'<li><a href="https://example.org/report" rel="noopener noreferrer" target="_blank">Reuters report</a></li>' +
				'<li>A book</li></ul>'
		);
	});

	it('links each quote to its place in the article only where the story has the article, naming the quote to a screen reader', () => {
		expect(cardWordsMarkup(event, actors)).not.toContain('in-source');
		const html = cardWordsMarkup(event, actors, (index) => `/source#q-${index}`);
		expect(html.match(/data-testid="in-source"/g)).toHaveLength(3);
		expect(html).toContain(
			'<a class="in-source" data-testid="in-source" href="/source#q-1">See it in the article<span class="visually-hidden">: quote 2 of Qomi meets Muttaqi</span></a>'
		);
	});

	it('leaves out what the event does not have', () => {
		const bare = cardWordsMarkup({ id: 'x', title: 'X', quotes: [], actors: [], sources: [] }, actors);
		expect(bare).toBe('');
		const articleOnly = cardWordsMarkup(
			{
				...event,
				summary: undefined,
				quotes: [],
				claimNote: undefined,
				dateNote: undefined,
				actors: [],
				sources: [{ title: 'The article', isArticle: true }]
			},
			actors
		);
		expect(articleOnly).toBe(
			'<div class="sources"><span class="label">Sources:</span><ul><li>The article <span class="publisher">(the article)</span></li></ul></div>'
		);
	});

	it('shows markup in a story as text, in every field, never as markup', () => {
		const hostile = '<img src=x onerror="alert(1)">';
		const attack = `"><script>alert(1)</script>`;
		const html = cardWordsMarkup(
			{
				id: 'x',
				title: hostile,
				summary: hostile,
				quotes: [
					{
						text: hostile,
						speaker: hostile,
						role: hostile,
						note: hostile,
						original: { text: hostile, lang: attack, dir: 'rtl', language: hostile }
					}
				],
				claimNote: hostile,
				dateNote: hostile,
				actors: [hostile],
				sources: [{ title: hostile, url: attack, publisher: hostile, isArticle: false }]
			},
			new Map(),
			() => attack
		);
		expect(html).not.toMatch(/<img|<script|onerror="/);
		// Each of the thirteen places is there, as text (the title in the source link's name).
		expect(html.match(/&#60;img src=x onerror=&#34;alert\(1\)&#34;&#62;/g)).toHaveLength(13);
		expect(html).toContain('lang="&#34;&#62;&#60;script&#62;');
	});
});
