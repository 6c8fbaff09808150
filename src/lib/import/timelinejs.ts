import { formatEventDate } from '../time/formatDate.ts';
import { actorIndex, resolveActor } from '../story/actors.ts';
import { SLUG } from '../story/slug.ts';
import { escapeMarkup } from '../text/escapeMarkup.ts';
import type { Story } from '../story/types.ts';
import {
	actorRegistry,
	dateFromParts,
	htmlToText,
	idMaker,
	type DateParts,
	type EventInput,
	finishImport,
	type ImportResult
} from './common.ts';

/** TimelineJS3's JSON format, as far as Dateline reads and writes it. */
interface TimelineJsDate extends DateParts {
	hour?: string | number;
	minute?: string | number;
	display_date?: string;
}
interface TimelineJsSlide {
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	text?: { headline?: string; text?: string };
	media?: { url?: string; caption?: string; credit?: string; thumbnail?: string };
	group?: string;
	display_date?: string;
	unique_id?: string;
	background?: unknown;
}
export interface TimelineJs {
	title?: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras?: TimelineJsSlide[];
}

/** Is this parsed JSON TimelineJS's format rather than Dateline's own? */
export function isTimelineJs(value: unknown): value is TimelineJs {
	const events = (value as { events?: unknown } | null)?.events;
	return Array.isArray(events) && events.some((event) => isObject(event) && 'start_date' in event);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const BLOCKQUOTE = /<blockquote[^>]*>([\s\S]*?)<\/blockquote>/gi;
const CITE = /<cite[^>]*>([\s\S]*?)<\/cite>/i;

/** A passage quoted in HTML, with its speaker from its <cite> or from the media's credit. */
function quoteOf(html: string, credit: string | undefined) {
	const cite = CITE.exec(html)?.[1];
	const speaker = htmlToText(cite ?? credit ?? '').replace(/^[—–-]\s*/, '');
	const text = htmlToText(html.replace(CITE, '')).replace(/\n/g, ' ');
	return { text, speaker };
}

/** A Dateline story from a TimelineJS JSON file: slides become events, blockquotes quotes. */
export function storyFromTimelineJs(input: TimelineJs, fallbackTitle: string): ImportResult {
	const problems: string[] = [];
	const warnings: string[] = [];
	const actors = actorRegistry();
	const explicit = new Map<string, number>();
	input.events.forEach((slide, index) => {
		const id = slide.unique_id;
		if (!id) return;
		if (explicit.has(id)) {
			problems.push(
				`event ${index + 1}, unique_id: ${JSON.stringify(id)} is already the id of event ${explicit.get(id)! + 1}`
			);
		} else explicit.set(id, index);
	});
	const makeId = idMaker([...explicit.keys()].filter((id) => SLUG.test(id)));
	if (input.eras?.length) {
		warnings.push(
			`eras: ${input.eras.length === 1 ? '1 era is' : `${input.eras.length} eras are`} not drawn by Dateline yet: not kept`
		);
	}

	const events = input.events.map((slide, index): EventInput => {
		const place = `event ${index + 1}`;
		const say = (field: string, message: string) => problems.push(`${place}, ${field}: ${message}`);
		const warn = (field: string, message: string) => warnings.push(`${place}, ${field}: ${message}`);
		const headline = htmlToText(slide.text?.headline ?? '');
		if (!headline) say('text.headline', 'an event needs a headline');
		const start = slide.start_date ?? {};
		const date = dateFromParts(
			start,
			{ year: 'start_date.year', month: 'start_date.month', day: 'start_date.day' },
			say
		);
		if (start.year === undefined && start.month === undefined && start.day === undefined) {
			say('start_date.year', 'an event needs at least its year');
		}
		const end = slide.end_date
			? dateFromParts(
					slide.end_date,
					{ year: 'end_date.year', month: 'end_date.month', day: 'end_date.day' },
					say
				)
			: undefined;
		for (const [name, part] of [
			['start_date', start],
			['end_date', slide.end_date]
		] as const) {
			if (part && (part.hour !== undefined || part.minute !== undefined)) {
				warn(name, 'Dateline dates are days: the time of day is not kept');
			}
		}
		if (slide.background) warn('background', 'backgrounds are not shown by Dateline: not kept');

		const quotes: NonNullable<EventInput['quotes']> = [];
		const addQuote = (html: string, credit?: string) => {
			const quote = quoteOf(html, credit);
			if (!quote.speaker) say('media.credit', 'a quoted passage (blockquote) needs its speaker');
			else if (quote.text) quotes.push({ text: quote.text, speaker: actors.idOf(quote.speaker) });
		};
		const body = slide.text?.text ?? '';
		for (const [, inner] of body.matchAll(BLOCKQUOTE)) addQuote(inner);
		const mediaUrl = slide.media?.url?.trim();
		if (mediaUrl && /^<blockquote/i.test(mediaUrl))
			addQuote(mediaUrl.replace(BLOCKQUOTE, '$1'), slide.media?.credit);
		else if (mediaUrl) {
			warn(
				'media.url',
				/^https?:/i.test(mediaUrl)
					? `media from another site (${mediaUrl}) is not shown: Dateline loads nothing from other origins`
					: `media (${mediaUrl}) are not imported yet: not kept`
			);
		}
		const summary = htmlToText(body.replace(BLOCKQUOTE, ''));
		const display = slide.display_date ?? start.display_date;
		let id = slide.unique_id;
		if (id && !SLUG.test(id)) {
			const made = makeId(id);
			warn('unique_id', `${JSON.stringify(id)} is not URL-safe: the event's id is ${JSON.stringify(made)}`);
			id = made;
		}
		return {
			id: id ?? makeId(headline || place),
			title: headline || `(${place})`,
			date: date ?? '0000',
			...(end ? { end } : {}),
			...(summary ? { summary } : {}),
			...(display ? { dateNote: `Shown as “${htmlToText(display)}” in the TimelineJS file` } : {}),
			// What the export writes for an approximate date, or one known only as "before".
			...(display && /^c\.\s/.test(display) ? { approximate: true } : {}),
			...(display && /^before\s/.test(display) ? { before: true } : {}),
			...(quotes.length ? { quotes } : {}),
			...(slide.group ? { tags: [slide.group] } : {})
		};
	});
	if (events.length === 0) problems.push('events: the file has no events');
	return finishImport(
		{
			title: htmlToText(input.title?.text?.headline ?? '') || fallbackTitle,
			summary: input.title?.text?.text ? htmlToText(input.title.text.text) : undefined,
			actors: actors.actors,
			events
		},
		problems,
		warnings,
		(index) => `event ${index + 1}`
	);
}

const partsOf = (date: { year: number; month?: number; day?: number }) => ({
	year: date.year,
	...(date.month ? { month: date.month } : {}),
	...(date.day ? { day: date.day } : {})
});

/**
 * A Dateline story as TimelineJS JSON, so that a newsroom can go back: the id in
 * `unique_id`, each date as precise as it is, quotes as blockquotes with a <cite>
 * naming the speaker. What TimelineJS has no place for (claims, sources, date
 * notes, actors) is listed in `left`.
 */
export function timelineJsFromStory(story: Story): { timeline: TimelineJs; left: string[] } {
	const index = actorIndex(story.actors);
	const left = new Set<string>();
	const events = story.events.map((event): TimelineJsSlide => {
		if (event.sources.length) left.add('sources');
		if (event.dateNote) left.add('date notes');
		if (event.claimNote || event.claim !== 'confirmed') left.add('claim labels');
		if (event.actors.length) left.add('actors');
		const quotes = event.quotes.map(
			(quote) =>
				`<blockquote><p>${escapeMarkup(quote.text)}</p><cite>${escapeMarkup(resolveActor(quote.speaker, index).name)}</cite></blockquote>`
		);
		return {
			unique_id: event.id,
			start_date: partsOf(event.date),
			...(event.end ? { end_date: partsOf(event.end) } : {}),
			...(event.approximate || event.before
				? { display_date: formatEventDate(event.date, event.end, event.approximate, event.before) }
				: {}),
			text: {
				headline: escapeMarkup(event.title),
				text: [event.summary ? `<p>${escapeMarkup(event.summary)}</p>` : '', ...quotes].join('')
			},
			...(event.tags[0] ? { group: event.tags[0] } : {})
		};
	});
	return {
		timeline: {
			title: {
				text: {
					headline: escapeMarkup(story.title),
					text: story.summary ? `<p>${escapeMarkup(story.summary)}</p>` : ''
				}
			},
			events
		},
		left: [...left]
	};
}
