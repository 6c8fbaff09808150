import { escapeMarkup as esc } from '../text/escapeMarkup.ts';
import type { Actor, Quote, StoryEvent } from './types.ts';
import { resolveActor } from './actors.ts';
import { attributionLabel } from './claims.ts';

/**
 * A card's words as markup: its summary, its quotes (the words, who said them in their
 * role at the time, whose rendering they are, where they stand in the article), how it
 * is sourced and dated, who is involved, its sources. EventCard shows it with `{@html}`.
 *
 * Why markup rather than components: none of it changes once the card is made, and
 * the page is prerendered whole. As components, every one of these words was an effect
 * Svelte set up while it hydrated the page, all the cards in one long task on a phone;
 * hydrating `{@html}`, Svelte takes the prerendered nodes as they are. Every text is
 * escaped: markup in a story is shown, never interpreted.
 */
export function cardWordsMarkup(
	event: Pick<
		StoryEvent,
		'id' | 'title' | 'summary' | 'quotes' | 'claimNote' | 'dateNote' | 'actors' | 'sources'
	>,
	actors: Map<string, Actor>,
	/** The quote's place in the source view, where the story has one. */
	quoteHref?: (index: number) => string
): string {
	let html = event.summary ? `<p class="summary">${esc(event.summary)}</p>` : '';
	event.quotes.forEach((quote, index) => {
		html += quoteFigure(
			quote,
			resolveActor(quote.speaker, actors),
			quoteHref?.(index),
			`quote ${index + 1} of ${event.title}`
		);
	});
	if (event.claimNote) html += note('Who says so:', event.claimNote);
	if (event.dateNote) html += note('How this is dated:', event.dateNote);
	if (event.actors.length) {
		const names = event.actors.map((id) => resolveActor(id, actors).name).join(', ');
		html += `<p class="actors"><span class="label">Involved:</span> ${esc(names)}</p>`;
	}
	if (event.sources.length) {
		html += '<div class="sources"><span class="label">Sources:</span><ul>';
		for (const source of event.sources) {
			const title = source.url
				? `<a href="${esc(source.url)}" rel="noopener noreferrer" target="_blank">${esc(source.title)}</a>`
				: esc(source.title);
			const publisher = source.publisher
				? ` <span class="publisher">(${esc(source.publisher)}${source.isArticle ? ', the article' : ''})</span>`
				: source.isArticle
					? ' <span class="publisher">(the article)</span>'
					: '';
			html += `<li>${title}${publisher}</li>`;
		}
		html += '</ul></div>';
	}
	return html;
}

const note = (label: string, text: string) =>
	`<p class="date-note"><strong>${label}</strong> ${esc(text)}</p>`;

/** `sourceName` says which quote the source link is for, to a screen reader: "quote 2 of <title>". */
function quoteFigure(
	quote: Quote,
	speaker: Actor,
	sourceHref: string | undefined,
	sourceName: string
): string {
	let html = `<figure class="quote"><blockquote><p class="words">${esc(quote.text)}</p></blockquote>`;
	if (quote.original) {
		// The words behind the translation, marked so that a screen reader switches voice and the text runs right to left.
		const { language, lang, dir, text } = quote.original;
		html +=
			`<p class="original-label">In ${esc(language)}:</p>` +
			`<blockquote class="original" lang="${esc(lang)}" dir="${esc(dir)}"><p>${esc(text)}</p></blockquote>`;
	}
	const role = quote.role ?? speaker.role;
	const attribution = attributionLabel(quote);
	html += `<figcaption><span class="speaker">${esc(speaker.name)}</span>`;
	if (role) html += `, <span class="role">${esc(role)}</span>`;
	if (attribution) html += ` <span class="quote-note attribution">${esc(attribution)}</span>`;
	if (quote.note) html += ` <span class="quote-note">${esc(quote.note)}</span>`;
	if (sourceHref) {
		html +=
			` <a class="in-source" data-testid="in-source" href="${esc(sourceHref)}">See it in the article` +
			`<span class="visually-hidden">: ${esc(sourceName)}</span></a>`;
	}
	return `${html}</figcaption></figure>`;
}
