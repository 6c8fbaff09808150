import type { PartialDate } from '../time/partialDate.ts';

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
	/** Given in the file, or "confirmed" where a source other than the article backs the event, else "reported". */
	claim: ClaimStatus;
	claimNote?: string;
	quotes: Quote[];
	actors: string[];
	tags: string[];
	sources: Source[];
}

export interface Story {
	title: string;
	summary?: string;
	outlet?: string;
	author?: string;
	published?: PartialDate;
	approximate: boolean;
	publishedNote?: string;
	url?: string;
	/** The source article's text, where the story names one. */
	sourceText?: string;
	actors: Actor[];
	/** The timeline's spacing at first, where the story chooses (see folds.ts). */
	scale?: 'compact' | 'true-to-time';
	/** In chronological order. */
	events: StoryEvent[];
}
