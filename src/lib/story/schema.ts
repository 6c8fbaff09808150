import * as v from 'valibot';
import { parsePartialDate } from '../time/partialDate.ts';
import { SLUG } from './slug.ts';

/**
 * The story file format, as an author writes it. Objects are strict so that a
 * typo ("qoutes") is reported instead of silently ignored. Messages are written
 * for the story author; `validateStory` prefixes them with the file and path.
 */

export { SLUG };

/** More than this and the page would carry megabytes of data; say so rather than build it. */
export const MAX_EVENTS = 200_000;

const filledText = v.pipe(
	v.string(),
	v.check((value) => value.trim().length > 0, 'must not be empty')
);

const slug = v.pipe(
	v.string(),
	v.check(
		(value) => SLUG.test(value),
		(issue) =>
			`${JSON.stringify(issue.input)} is not URL-safe: use lowercase letters, digits and single hyphens (e.g. "qomi-meets-baradar")`
	)
);

const dateText = v.pipe(
	v.string(),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const result = parsePartialDate(dataset.value);
		if (!result.ok) {
			addIssue({ message: `${JSON.stringify(dataset.value)} is not a date: ${result.reason}` });
		}
	})
);

const httpUrl = v.pipe(
	v.string(),
	v.check(
		(value) => {
			try {
				const url = new URL(value);
				return url.protocol === 'http:' || url.protocol === 'https:';
			} catch {
				return false;
			}
		},
		(issue) => `${JSON.stringify(issue.input)} is not an http(s) URL`
	)
);

/** A BCP 47 language tag ("fa", "fa-AF", "ps"), so that screen readers switch voice for the text it marks. */
const languageTag = v.pipe(
	v.string(),
	v.check(
		(value) => {
			try {
				return /^[a-z]{2,3}(-|$)/i.test(value) && Intl.getCanonicalLocales(value).length === 1;
			} catch {
				return false;
			}
		},
		(issue) =>
			`${JSON.stringify(issue.input)} is not a language tag: use one such as "fa" (Persian), "fa-AF" (Dari) or "ps" (Pashto)`
	)
);

export const ActorSchema = v.strictObject({
	id: slug,
	name: filledText,
	/** What a reader needs to place them: "Taliban Minister of Foreign Affairs". */
	role: v.optional(filledText),
	kind: v.optional(v.picklist(['person', 'group', 'country', 'other']))
});

/** How sure the story is of what an event says happened. */
export const CLAIM_STATUSES = ['confirmed', 'reported', 'disputed'] as const;
/** Whose words a quote is: the speaker's own, found in a source; the article's rendering; a translation. */
export const ATTRIBUTIONS = ['verbatim', 'as-reported', 'translated'] as const;

export const QuoteSchema = v.strictObject({
	/** Verbatim from the source: checked word for word against the source text where there is one. */
	text: filledText,
	/** An actor's id where the story declares actors, otherwise a name shown as given. */
	speaker: filledText,
	/** The speaker's role when they said it, where it differs from the actor's (an envoy later made ambassador). */
	role: v.optional(filledText),
	/** Whether these are the speaker's words as a source records them (see ATTRIBUTIONS). */
	attribution: v.optional(v.picklist(ATTRIBUTIONS)),
	/** A caveat on the quote: a translation, an attribution the sources do not confirm. */
	note: v.optional(filledText),
	/** The words behind a translation, in their own language: shown under it, marked with their language. */
	original: v.optional(v.strictObject({ text: filledText, lang: languageTag }))
});

/** Which calendars a story's dates are also given in: the Solar Hijri (Iran, Afghanistan) or the Umm al-Qura Hijri. */
export const SECONDARY_CALENDARS = ['persian', 'islamic-umalqura'] as const;
/** Iran's month names, Afghanistan's (Hamal … Hut), or English transliterations (Farvardin … Esfand). */
export const MONTH_NAMES = ['fa-IR', 'fa-AF', 'en'] as const;

export const CalendarsSchema = v.strictObject({
	secondary: v.picklist(SECONDARY_CALENDARS),
	monthNames: v.optional(v.picklist(MONTH_NAMES))
});

/** What a media item is: a photo shown in the card, or something outside shown as a link to it. */
export const MEDIA_KINDS = ['image', 'video', 'audio', 'post', 'document'] as const;

/**
 * A photo beside the story file, or a link to a video, a recording, a social media
 * post or a document elsewhere (with an optional local poster). Which fields each
 * kind needs is checked in validateStory, across fields.
 */
export const MediaSchema = v.strictObject({
	/** "image" where left out. */
	kind: v.optional(v.picklist(MEDIA_KINDS)),
	/** A JPEG, PNG or WebP file, relative to the story file: an image's picture, another kind's poster. */
	src: v.optional(filledText),
	/** What the picture shows, for readers who cannot see it; "" only with `decorative`. */
	alt: v.optional(v.string()),
	/** The picture adds nothing the caption and the card do not say: screen readers skip it. */
	decorative: v.optional(v.boolean()),
	caption: v.optional(filledText),
	/** Who made the picture: "Photo: AFP". Required for an image. */
	credit: v.optional(filledText),
	/** The original: the page an image comes from, or where a video, a recording, a post or a document is. */
	link: v.optional(httpUrl),
	/** Where the link goes, as a reader knows it: "YouTube", "X", "the UN". */
	provider: v.optional(filledText),
	/** How long a video or a recording runs: "2 min". */
	duration: v.optional(filledText)
});

export const SourceSchema = v.union(
	[
		/** The story's own article (the story's `url` and `title`). */
		v.literal('article'),
		v.strictObject({
			title: filledText,
			url: v.optional(httpUrl),
			publisher: v.optional(filledText),
			date: v.optional(dateText)
		})
	],
	'a source is "article" or an object with a title and an optional url, publisher and date'
);

export const EventSchema = v.strictObject({
	id: slug,
	title: filledText,
	summary: v.optional(filledText),
	date: dateText,
	end: v.optional(dateText),
	/** Known only to have happened before `date` (no start can be given): drawn at `date`, pointing back. */
	before: v.optional(v.boolean()),
	approximate: v.optional(v.boolean()),
	/** How the date was established, where the article does not state it. */
	dateNote: v.optional(filledText),
	/** Who says so: "confirmed" by sources other than the article (the default when it has one), "reported" or "disputed". */
	claim: v.optional(v.picklist(CLAIM_STATUSES)),
	/** Why the claim has the status it has: who reports it, who contradicts it. */
	claimNote: v.optional(filledText),
	quotes: v.optional(v.array(QuoteSchema)),
	actors: v.optional(v.array(filledText)),
	tags: v.optional(v.array(filledText)),
	sources: v.optional(v.array(SourceSchema)),
	/** Photos, and links to videos, recordings, posts and documents (see MediaSchema). */
	media: v.optional(v.array(MediaSchema))
});

export const StorySchema = v.strictObject({
	/** Lets editors point at a JSON schema; ignored by the engine. */
	$schema: v.optional(v.string()),
	title: filledText,
	summary: v.optional(filledText),
	outlet: v.optional(filledText),
	author: v.optional(filledText),
	published: v.optional(dateText),
	approximate: v.optional(v.boolean()),
	/** How the publication date was established, where the article does not carry one. */
	publishedNote: v.optional(filledText),
	url: v.optional(httpUrl),
	/** A plain-text copy of the source article, relative to the story file. */
	sourceText: v.optional(filledText),
	actors: v.optional(v.array(ActorSchema)),
	/** How the timeline spaces time at first: folding long empty stretches, or true to time (see folds.ts). */
	scale: v.optional(v.picklist(['compact', 'true-to-time'])),
	/** A second calendar every date is also given in, at the same precision (see calendar.ts). */
	calendars: v.optional(CalendarsSchema),
	events: v.pipe(
		v.array(EventSchema),
		v.minLength(1, 'a story needs at least one event'),
		v.maxLength(
			MAX_EVENTS,
			(issue) =>
				`${issue.received.replace(/^\d+$/, (n) => Number(n).toLocaleString('en'))} events is over the limit of ${MAX_EVENTS.toLocaleString('en')} events per story`
		)
	)
});

export type StoryInput = v.InferOutput<typeof StorySchema>;
export type EventInput = v.InferOutput<typeof EventSchema>;
export type SourceInput = v.InferOutput<typeof SourceSchema>;
export type MediaInput = v.InferOutput<typeof MediaSchema>;
