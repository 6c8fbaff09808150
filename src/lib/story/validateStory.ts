import * as v from 'valibot';
import { comparePartialDates, partialDate, startOf } from '../time/partialDate.ts';
import {
	ActorSchema,
	CalendarsSchema,
	EventSchema,
	MediaSchema,
	QuoteSchema,
	StorySchema,
	type EventInput,
	type MediaInput,
	type SourceInput,
	type StoryInput
} from './schema.ts';
import type { Media, MediaKind, Picture, Source, Story, StoryEvent } from './types.ts';
import { editDistance } from './nearestIds.ts';
import { placeQuote } from './sourceSegments.ts';
import { languageName, textDirection } from '../text/language.ts';
import { formatEventInCalendar, type CalendarChoice } from '../time/calendar.ts';
import { formatEventDate } from '../time/formatDate.ts';

export type ValidationResult =
	{ ok: true; story: Story; warnings: string[] } | { ok: false; errors: string[]; warnings: string[] };

/**
 * What the story's reader found of a picture's file (see server/media.ts): the
 * picture, with a warning worth showing, or why it cannot be used.
 */
export type PictureCheck = { ok: true; picture: Picture; warning?: string } | { ok: false; problem: string };

export interface ValidateOptions {
	sourceText?: string;
	/** Looks at a picture's file, `src` as the story gives it; without it, pictures are left out. */
	inspectPicture?: (src: string) => PictureCheck;
}

type PathKey = string | number;

/**
 * Parses a story file's text. JSON.parse reports an offset; authors need a line
 * and column.
 */
export function parseStoryJson(json: string): { ok: true; value: unknown } | { ok: false; error: string } {
	try {
		return { ok: true, value: JSON.parse(json) };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /position (\d+)/.exec(message);
		const lineColumn = /line (\d+) column (\d+)/.exec(message);
		let where = '';
		if (lineColumn) where = `line ${lineColumn[1]}, column ${lineColumn[2]}`;
		else if (position) {
			const before = json.slice(0, Number(position[1]));
			const line = before.split('\n').length;
			const column = before.length - before.lastIndexOf('\n');
			where = `line ${line}, column ${column}`;
		} else if (json.trim() === '') where = 'the file is empty';
		const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/\s*\(line.*$/s, '');
		return { ok: false, error: `malformed JSON${where ? ` at ${where}` : ''}: ${reason}` };
	}
}

/** `events[3] (qomi-meets-baradar).quotes[0].speaker`: the index, and the id a human recognises. */
export function formatPath(keys: PathKey[], input: unknown): string {
	let text = '';
	let node: unknown = input;
	for (const key of keys) {
		text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
		node = isRecord(node) || Array.isArray(node) ? (node as Record<PathKey, unknown>)[key] : undefined;
		if (typeof key === 'number' && isRecord(node) && typeof node.id === 'string' && node.id) {
			text += ` (${node.id})`;
		}
	}
	return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields an object at this path may have, to suggest the one a typo meant. */
function knownFieldsAt(keys: PathKey[]): string[] {
	const names = keys.filter((key) => typeof key === 'string');
	const last = names.at(-1);
	if (names.length === 0) return Object.keys(StorySchema.entries);
	if (last === 'quotes') return Object.keys(QuoteSchema.entries);
	if (last === 'sources') return ['title', 'url', 'publisher', 'date'];
	if (names.length === 1 && last === 'actors') return Object.keys(ActorSchema.entries);
	if (last === 'events') return Object.keys(EventSchema.entries);
	if (last === 'calendars') return Object.keys(CalendarsSchema.entries);
	if (last === 'original') return ['text', 'lang'];
	if (last === 'media') return Object.keys(MediaSchema.entries);
	return [];
}

function describeIssue(issue: v.BaseIssue<unknown>): { keys: PathKey[]; message: string } {
	const keys = (issue.path ?? []).map((item) => item.key as PathKey);
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		const field = String(keys.pop());
		const known = knownFieldsAt(keys);
		const guess = known
			.map((name) => ({ name, distance: editDistance(field, name) }))
			.filter(({ distance }) => distance <= 2)
			.sort((a, b) => a.distance - b.distance)[0];
		const hint = guess ? ` (did you mean "${guess.name}"?)` : '';
		return { keys, message: `unknown field "${field}"${hint}` };
	}
	if (issue.type === 'strict_object' && issue.received === 'undefined') {
		return { keys, message: 'is required' };
	}
	if (issue.type === 'picklist') {
		const options = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ');
		const choices = `${options.slice(0, -1).join(', ')} or ${options.at(-1)}`;
		return { keys, message: `must be ${choices}, not ${describeValue(issue.input)}` };
	}
	if (issue.kind === 'schema' && issue.type !== 'union') {
		const expected = issue.expected?.replace(/^"(.*)"$/, '$1');
		return { keys, message: `must be ${article(expected)}, not ${describeValue(issue.input)}` };
	}
	return { keys, message: issue.message };
}

function article(type: string | null | undefined): string {
	if (!type) return 'something else';
	if (type === 'Array') return 'a list';
	if (type === 'Object') return 'an object';
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
	return `${typeof value} ${JSON.stringify(value)}`;
}

/** Takes `id` for list[index], or says which earlier entry already has it. */
function claimId(
	ids: Map<string, number>,
	id: string,
	index: number,
	list: 'actors' | 'events',
	problems: { keys: PathKey[]; message: string }[]
) {
	const first = ids.get(id);
	if (first === undefined) ids.set(id, index);
	else problems.push({ keys: [list, index, 'id'], message: `"${id}" is already used by ${list}[${first}]` });
}

/**
 * Checks across fields that a schema cannot see one field at a time: unique ids,
 * spans that end before they start, speakers and actors that refer to nobody,
 * quotes that are not in the source text. Runs on the raw input, tolerating any
 * shape, so that these errors are reported alongside the schema's.
 */
function crossCheck(
	input: unknown,
	options: ValidateOptions,
	pictures: Map<string, Picture>,
	warnings: { keys: PathKey[]; message: string }[]
): { keys: PathKey[]; message: string }[] {
	const { sourceText } = options;
	const problems: { keys: PathKey[]; message: string }[] = [];
	if (!isRecord(input)) return problems;
	const declaredActors = Array.isArray(input.actors) ? input.actors : undefined;
	const actorIds = new Map<string, number>();
	declaredActors?.forEach((actor, index) => {
		if (!isRecord(actor) || typeof actor.id !== 'string') return;
		claimId(actorIds, actor.id, index, 'actors', problems);
	});
	const known = [...actorIds.keys()];
	const unknownActor = (id: string) =>
		`"${id}" is not a declared actor (declared: ${known.length ? known.join(', ') : 'none'})`;

	const eventIds = new Map<string, number>();
	const events = Array.isArray(input.events) ? input.events : [];
	const placed: { start: number; end: number; keys: PathKey[]; text: string }[] = [];
	events.forEach((event, index) => {
		if (!isRecord(event)) return;
		if (typeof event.id === 'string') claimId(eventIds, event.id, index, 'events', problems);
		if (typeof event.date === 'string' && typeof event.end === 'string') {
			try {
				if (startOf(partialDate(event.end)) < startOf(partialDate(event.date))) {
					problems.push({
						keys: ['events', index, 'end'],
						message: `"${event.end}" is before the event's date "${event.date}"`
					});
				}
			} catch {
				// An unparseable date is already reported by the schema.
			}
		}
		if (declaredActors && Array.isArray(event.actors)) {
			event.actors.forEach((actor, position) => {
				if (typeof actor === 'string' && !actorIds.has(actor)) {
					problems.push({ keys: ['events', index, 'actors', position], message: unknownActor(actor) });
				}
			});
		}
		if (event.before === true && event.end !== undefined) {
			problems.push({
				keys: ['events', index, 'before'],
				message: 'an event known only to have happened before its date has no "end": drop one of the two'
			});
		}
		if (event.claim === 'confirmed' && !hasOtherSource(event.sources)) {
			problems.push({
				keys: ['events', index, 'claim'],
				message:
					'"confirmed" needs a source other than the article: add one to "sources", or mark the claim "reported"'
			});
		}
		if (Array.isArray(event.media)) {
			event.media.forEach((media, position) => {
				if (isRecord(media))
					checkMedia(media, ['events', index, 'media', position], options, pictures, problems, warnings);
			});
		}
		if (Array.isArray(event.quotes)) {
			event.quotes.forEach((quote, position) => {
				if (!isRecord(quote)) return;
				if (declaredActors && typeof quote.speaker === 'string' && !actorIds.has(quote.speaker)) {
					problems.push({
						keys: ['events', index, 'quotes', position, 'speaker'],
						message: unknownActor(quote.speaker)
					});
				}
				if (sourceText !== undefined && typeof quote.text === 'string' && quote.text.trim()) {
					const place = placeQuote(sourceText, quote.text);
					const keys = ['events', index, 'quotes', position, 'text'];
					if ('problem' in place)
						problems.push({ keys, message: `${JSON.stringify(quote.text)} ${place.problem}` });
					else placed.push({ ...place, keys, text: quote.text });
				}
			});
		}
	});
	// A passage is marked for one quote: two that share words could not both be linked to.
	placed.sort((a, b) => a.start - b.start);
	placed.forEach((quote, index) => {
		const earlier = placed[index - 1];
		if (!earlier || quote.start >= earlier.end) return;
		problems.push({
			keys: quote.keys,
			message: `${JSON.stringify(quote.text)} overlaps ${formatPath(earlier.keys.slice(0, 4), input)} in the source text: each passage can be marked for one quote only`
		});
	});
	return problems;
}

const KIND_NAMES: Record<MediaKind, string> = {
	image: 'an image',
	video: 'a video',
	audio: 'a recording',
	post: 'a post',
	document: 'a document'
};

/**
 * A media item's rules across its fields: an image needs its file, a description
 * and a credit; the other kinds a link to where they are. Files are looked at by
 * `inspectPicture`; what it makes is kept in `pictures` by `src`.
 */
function checkMedia(
	media: Record<string, unknown>,
	keys: PathKey[],
	options: ValidateOptions,
	pictures: Map<string, Picture>,
	problems: { keys: PathKey[]; message: string }[],
	warnings: { keys: PathKey[]; message: string }[]
) {
	const kind = (typeof media.kind === 'string' ? media.kind : 'image') as MediaKind;
	if (!(kind in KIND_NAMES)) return;
	const src = typeof media.src === 'string' && media.src.trim() ? media.src : undefined;
	if (kind === 'image') {
		if (!src)
			problems.push({
				keys,
				message: 'an image needs "src": a JPEG, PNG or WebP file beside the story file'
			});
		if (media.decorative === true && typeof media.alt === 'string' && media.alt.trim())
			problems.push({
				keys: [...keys, 'alt'],
				message: 'a decorative image has "alt": "" (screen readers skip it): drop "decorative" to describe it'
			});
		else if (media.decorative !== true && (typeof media.alt !== 'string' || !media.alt.trim()))
			problems.push({
				keys: [...keys, 'alt'],
				message:
					media.alt === undefined
						? 'is required: say what the image shows, for readers who cannot see it (or set "decorative": true and "alt": "")'
						: 'is empty: say what the image shows, or set "decorative": true'
			});
		if (media.credit === undefined)
			problems.push({
				keys: [...keys, 'credit'],
				message: 'is required for an image: who took or made it ("Photo: AFP")'
			});
	} else if (media.link === undefined) {
		problems.push({
			keys: [...keys, 'link'],
			message: `${KIND_NAMES[kind]} needs "link": the address where it is`
		});
	}
	if (!src) return;
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
		problems.push({
			keys: [...keys, 'src'],
			message: `${JSON.stringify(src)} is on another site: download the file, put it beside the story file and credit it (the pages load nothing from elsewhere)`
		});
		return;
	}
	const checked = options.inspectPicture?.(src);
	if (!checked) return;
	if (!checked.ok) problems.push({ keys: [...keys, 'src'], message: checked.problem });
	else {
		pictures.set(src, checked.picture);
		if (checked.warning) warnings.push({ keys: [...keys, 'src'], message: checked.warning });
	}
}

/** What a link-out card says it is: "Video, 2 min, on YouTube" (the link's site where no provider is given). */
export function mediaLabel(
	kind: MediaKind,
	link: string | undefined,
	provider?: string,
	duration?: string
): string {
	const name = KIND_NAMES[kind].replace(/^an? /, '');
	const where = provider ?? (link ? new URL(link).hostname.replace(/^www\./, '') : undefined);
	return [name[0].toUpperCase() + name.slice(1), duration, where && `on ${where}`].filter(Boolean).join(', ');
}

function toMedia(media: MediaInput, pictures: Map<string, Picture>): Media {
	const kind = media.kind ?? 'image';
	const picture = media.src ? pictures.get(media.src) : undefined;
	return {
		kind,
		alt: media.decorative ? '' : (media.alt ?? ''),
		...(media.caption ? { caption: media.caption } : {}),
		...(media.credit ? { credit: media.credit } : {}),
		...(media.link ? { link: media.link } : {}),
		...(picture ? { picture } : {}),
		...(kind === 'image' ? {} : { label: mediaLabel(kind, media.link, media.provider, media.duration) })
	};
}

/** Does an event's (raw) source list name anything other than the article? */
function hasOtherSource(sources: unknown): boolean {
	return Array.isArray(sources) && sources.some((source) => source !== 'article');
}

function toSource(source: SourceInput, story: StoryInput): Source {
	if (source === 'article') {
		return { title: story.title, url: story.url, publisher: story.outlet, isArticle: true };
	}
	return { ...source, date: source.date ? partialDate(source.date) : undefined, isArticle: false };
}

function toEvent(
	event: EventInput,
	story: StoryInput,
	pictures: Map<string, Picture>,
	calendars?: CalendarChoice
): StoryEvent {
	const date = partialDate(event.date);
	const end = event.end ? partialDate(event.end) : undefined;
	const before = event.before ?? false;
	const approximate = event.approximate ?? false;
	return {
		id: event.id,
		title: event.title,
		summary: event.summary,
		date,
		end,
		before,
		approximate,
		dateNote: event.dateNote,
		dateText: formatEventDate(date, end, approximate, before),
		...(calendars ? { calendarDate: formatEventInCalendar(date, calendars, end, approximate, before) } : {}),
		claim: event.claim ?? (hasOtherSource(event.sources) ? 'confirmed' : 'reported'),
		claimNote: event.claimNote,
		quotes: (event.quotes ?? []).map(({ original, ...quote }) =>
			original
				? {
						...quote,
						original: {
							...original,
							dir: textDirection(original.lang),
							language: languageName(original.lang)
						}
					}
				: quote
		),
		actors: event.actors ?? [],
		tags: event.tags ?? [],
		sources: (event.sources ?? []).map((source) => toSource(source, story)),
		media: (event.media ?? []).map((media) => toMedia(media, pictures))
	};
}

/**
 * Validates a parsed story file and returns the model the app draws, with events
 * in chronological order; or every problem in the file at once, each naming its
 * path (`events[3] (qomi-meets-baradar).date: ...`).
 */
export function validateStory(input: unknown, options: ValidateOptions = {}): ValidationResult {
	if (!isRecord(input)) {
		return {
			ok: false,
			errors: [`a story must be a JSON object with a "title" and "events", not ${describeValue(input)}`],
			warnings: []
		};
	}
	const parsed = v.safeParse(StorySchema, input, { abortEarly: false });
	const problems = parsed.success ? [] : parsed.issues.map(describeIssue);
	const pictures = new Map<string, Picture>();
	const warned: { keys: PathKey[]; message: string }[] = [];
	problems.push(...crossCheck(input, options, pictures, warned));
	const say = ({ keys, message }: { keys: PathKey[]; message: string }) =>
		keys.length ? `${formatPath(keys, input)}: ${message}` : message;
	const warnings = warned.map(say);
	if (!parsed.success || problems.length > 0) {
		return { ok: false, errors: [...new Set(problems.map(say))], warnings };
	}
	const story = parsed.output;
	const calendars: CalendarChoice | undefined = story.calendars && {
		secondary: story.calendars.secondary,
		monthNames: story.calendars.monthNames ?? 'en'
	};
	const events = story.events.map((event) => toEvent(event, story, pictures, calendars));
	// What happened before a date comes before what happened on it.
	events.sort((a, b) => comparePartialDates(a.date, b.date) || Number(b.before) - Number(a.before));
	return {
		ok: true,
		warnings,
		story: {
			title: story.title,
			summary: story.summary,
			outlet: story.outlet,
			author: story.author,
			published: story.published ? partialDate(story.published) : undefined,
			approximate: story.approximate ?? false,
			...(story.published
				? {
						publishedText: formatEventDate(
							partialDate(story.published),
							undefined,
							story.approximate ?? false
						)
					}
				: {}),
			publishedNote: story.publishedNote,
			url: story.url,
			sourceText: options.sourceText,
			actors: story.actors ?? [],
			...(story.scale ? { scale: story.scale } : {}),
			...(calendars ? { calendars } : {}),
			events
		}
	};
}
