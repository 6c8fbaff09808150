import { daysInMonth } from '../time/partialDate.ts';
import type { EventInput, StoryInput } from '../story/schema.ts';
import { validateStory } from '../story/validateStory.ts';

/**
 * What an import gives: a story in Dateline's own format, or every problem that
 * stops it (each naming its row or event and its column or field), and the
 * warnings about what Dateline cannot use, which are never dropped in silence.
 */
export type ImportResult =
	{ ok: true; story: StoryInput; warnings: string[] } | { ok: false; problems: string[]; warnings: string[] };

/** An id from a headline: "Qomi meets Baradar" → "qomi-meets-baradar", at most 60 characters. */
export function slugify(text: string): string {
	const slug = text
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= 60) return slug || 'event';
	const cut = slug.slice(0, 61);
	return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

/**
 * Hands out ids made from headlines, unique within the story: the second "Talks in
 * Doha" becomes "talks-in-doha-2". The same sheet gives the same ids every time.
 */
export function idMaker(taken: Iterable<string> = []) {
	const used = new Set(taken);
	return (headline: string): string => {
		const base = slugify(headline);
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		return id;
	};
}

/** Text of an HTML fragment, as TimelineJS stores it: tags dropped, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
	return html
		.replace(/<\s*br\s*\/?>/gi, '\n')
		.replace(/<\/\s*(p|div|li|h[1-6]|blockquote)\s*>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
			const lower = name.toLowerCase();
			if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
			if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
			return NAMED_ENTITIES[lower] ?? entity;
		})
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…'
};

export interface DateParts {
	year?: string | number;
	month?: string | number;
	day?: string | number;
}

const blank = (value: string | number | undefined) => value === undefined || String(value).trim() === '';

/**
 * A Dateline date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) from a year, month and day,
 * as precise as the parts that are filled: a year alone is a year, never 1 January.
 * `say(field, message)` receives each problem; `names` name the fields for it.
 */
export function dateFromParts(
	parts: DateParts,
	names: { year: string; month: string; day: string },
	say: (field: string, message: string) => void
): string | undefined {
	const text = (value: string | number | undefined) => String(value ?? '').trim();
	if (blank(parts.year)) {
		if (!blank(parts.month) || !blank(parts.day)) say(names.year, 'a month or a day needs its year');
		return undefined;
	}
	const year = Number(text(parts.year));
	if (!/^\d{4}$/.test(text(parts.year))) {
		say(names.year, `${JSON.stringify(text(parts.year))} is not a four-digit year`);
		return undefined;
	}
	if (blank(parts.month)) {
		if (!blank(parts.day)) say(names.month, 'a day needs its month');
		return String(year);
	}
	const month = Number(text(parts.month));
	if (!/^\d{1,2}$/.test(text(parts.month)) || month < 1 || month > 12) {
		say(names.month, `${JSON.stringify(text(parts.month))} is not a month (1 to 12)`);
		return undefined;
	}
	const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
	if (blank(parts.day)) return yearMonth;
	const day = Number(text(parts.day));
	const last = daysInMonth(year, month);
	if (!/^\d{1,2}$/.test(text(parts.day)) || day < 1 || day > last) {
		say(names.day, `${JSON.stringify(text(parts.day))} is not a day of ${yearMonth} (1 to ${last})`);
		return undefined;
	}
	return `${yearMonth}-${String(day).padStart(2, '0')}`;
}

/**
 * The people and groups named in an import, as the story's actors: a name becomes
 * an actor with an id made from it, so that the filters can offer them.
 */
export function actorRegistry() {
	const byName = new Map<string, string>();
	const makeId = idMaker();
	return {
		idOf(name: string): string {
			const key = name.trim();
			let id = byName.get(key);
			if (!id) {
				id = makeId(key);
				byName.set(key, id);
			}
			return id;
		},
		get actors() {
			return [...byName].map(([name, id]) => ({ id, name }));
		}
	};
}

/** Problems in the order of the rows or events they name (`row 3, …`, `event 12, …`), the file's own first. */
export function byPlace(problems: string[]): string[] {
	const place = (problem: string) => Number(/^(?:row|event|line) (\d+)/.exec(problem)?.[1] ?? 0);
	return [...problems].sort((a, b) => place(a) - place(b));
}

/**
 * The end of every import: the problems found so far in the order of their rows, or
 * the story, validated as the build will validate it, its problems said as rows or
 * events (`placeOf` the event's index) rather than as the validator's paths.
 */
export function finishImport(
	parts: { title: string; summary?: string; actors: { id: string; name: string }[]; events: EventInput[] },
	problems: string[],
	warnings: string[],
	placeOf: (index: number) => string
): ImportResult {
	if (problems.length) return { ok: false, problems: byPlace(problems), warnings };
	const story: StoryInput = {
		title: parts.title,
		...(parts.summary ? { summary: parts.summary } : {}),
		...(parts.actors.length ? { actors: parts.actors } : {}),
		events: parts.events
	};
	const checked = validateStory(story);
	if (!checked.ok) return { ok: false, problems: relocateProblems(checked.errors, placeOf), warnings };
	return { ok: true, story, warnings };
}

/** The story's problems as the validator words them (`events[3] (id).date: …`), said as rows or events. */
function relocateProblems(problems: string[], placeOf: (index: number) => string): string[] {
	return problems.map((problem) =>
		problem.replace(/^events\[(\d+)\](?: \([^)]*\))?/, (_, index: string) => placeOf(Number(index)))
	);
}

export type { EventInput, StoryInput };
