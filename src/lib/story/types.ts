import type { PartialDate } from '../time/partialDate.ts';
import type { CalendarChoice } from '../time/calendar.ts';

export interface Actor {
	id: string;
	name: string;
	role?: string;
	kind?: 'person' | 'group' | 'country' | 'other';
}

export interface Quote {
	text: string;
	/** An actor id in a story that declares actors; otherwise the speaker's name as given. */
	speaker: string;
	/** The speaker's role at the time, shown instead of the actor's. */
	role?: string;
	/** Absent where the story does not say. */
	attribution?: Attribution;
	note?: string;
	/** The words behind a translation, in their own language. */
	original?: {
		text: string;
		/** BCP 47, as the story gives it. */
		lang: string;
		dir: 'rtl' | 'ltr';
		/** In English: "Dari". */
		language: string;
	};
}

/** See CLAIM_STATUSES in schema.ts. */
export type ClaimStatus = 'confirmed' | 'reported' | 'disputed';
export type Attribution = 'verbatim' | 'as-reported' | 'translated';

export interface Source {
	title: string;
	url?: string;
	publisher?: string;
	date?: PartialDate;
	/** True for the story's own article. */
	isArticle: boolean;
}

export type MediaKind = 'image' | 'video' | 'audio' | 'post' | 'document';

/** A picture the build made in several widths (see lib/media/picture.ts): its file's hash names them. */
export interface Picture {
	hash: string;
	/** The original's size, for the page to reserve its box. */
	width: number;
	height: number;
	/** The widths made, ascending, none wider than the original. */
	widths: number[];
}

export interface Media {
	kind: MediaKind;
	/** "" for a decorative picture, or where there is no picture. */
	alt: string;
	caption?: string;
	credit?: string;
	link?: string;
	/** An image's picture, or another kind's poster. */
	picture?: Picture;
	/** What a link-out card says it is: "Video, 2 min, on YouTube". */
	label?: string;
}

export interface StoryEvent {
	id: string;
	title: string;
	summary?: string;
	date: PartialDate;
	end?: PartialDate;
	/** Happened at an unknown time before `date`. */
	before: boolean;
	approximate: boolean;
	dateNote?: string;
	/**
	 * The date as the cards and the marks' names say it ("15 August 2021", "c. August
	 * 2021"), written when the story is read: the pages' first view carries no date
	 * formatting code (date-fns comes with the live timeline's, for its axis).
	 */
	dateText: string;
	/**
	 * The date in the story's second calendar, at the same precision ("24 Mordad 1400"),
	 * worked out when the story is read so that pages carry no calendar code.
	 */
	calendarDate?: string;
	/** Given in the file, or "confirmed" where a source other than the article backs the event, else "reported". */
	claim: ClaimStatus;
	claimNote?: string;
	quotes: Quote[];
	actors: string[];
	tags: string[];
	sources: Source[];
	media: Media[];
	/**
	 * The media as the card shows them, written by the build (see mediaMarkup.ts), so
	 * that their drawing is no part of the page's script.
	 */
	mediaMarkup?: string;
}

export interface Story {
	title: string;
	summary?: string;
	outlet?: string;
	author?: string;
	published?: PartialDate;
	approximate: boolean;
	/** "c. September 2023": the publication date as the header says it (see StoryEvent.dateText). */
	publishedText?: string;
	publishedNote?: string;
	url?: string;
	/** The source article's text, where the story names one. */
	sourceText?: string;
	actors: Actor[];
	/** The timeline's spacing at first, where the story chooses (see folds.ts). */
	scale?: 'compact' | 'true-to-time';
	/** A second calendar beside the Gregorian (see calendar.ts). */
	calendars?: CalendarChoice;
	/** In chronological order. */
	events: StoryEvent[];
}
