import { parsePartialDate, startOf, endOf } from '../time/partialDate.ts';
import type { ScaleMode } from '../time/folds.ts';

/** What the address bar carries besides the path: the visible window and the filters. */
export interface ViewState {
	/** UTC milliseconds. */
	from?: number;
	to?: number;
	actor?: string;
	q?: string;
	/** The axis's spacing, where the reader chose the one the story does not open in. */
	scale?: ScaleMode;
	/** "off": the reader hid the axis's second calendar row (shown by default where the story has one). */
	calendar?: 'off';
}

/** Longer values are cut: a search longer than this is not a search. */
export const MAX_QUERY_LENGTH = 200;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

function parseBound(value: string | null, edge: 'start' | 'end'): number | undefined {
	if (!value || value.length > 10) return undefined;
	const parsed = parsePartialDate(value);
	if (!parsed.ok || parsed.date.year < MIN_YEAR || parsed.date.year > MAX_YEAR) return undefined;
	return (edge === 'start' ? startOf(parsed.date) : endOf(parsed.date)).getTime();
}

/**
 * Reads the view from a query string. Anything malformed, unknown or hostile is
 * dropped rather than trusted: dates must follow the story grammar, a reversed
 * window is turned round, an actor must be one the story declares, and text is
 * only ever used as text.
 */
export function parseViewState(params: URLSearchParams, knownActors: ReadonlySet<string>): ViewState {
	const state: ViewState = {};
	let from = parseBound(params.get('from'), 'start');
	let to = parseBound(params.get('to'), 'end');
	if (from !== undefined && to !== undefined && from > to) {
		[from, to] = [parseBound(params.get('to'), 'start')!, parseBound(params.get('from'), 'end')!];
	}
	if (from !== undefined && to !== undefined) {
		state.from = from;
		state.to = to;
	}
	const actor = params.get('actor');
	if (actor && knownActors.has(actor)) state.actor = actor;
	const q = params.get('q')?.slice(0, MAX_QUERY_LENGTH).trim();
	if (q) state.q = q;
	const scale = params.get('scale');
	if (scale === 'compact' || scale === 'true-to-time') state.scale = scale;
	if (params.get('calendar') === 'off') state.calendar = 'off';
	return state;
}

/** "2021-08-15": the UTC day of an instant, as the address writes it. */
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The query string for a view, days precise; empty when there is nothing to say. */
export function serializeViewState(state: ViewState): string {
	const params = new URLSearchParams();
	if (state.from !== undefined && state.to !== undefined) {
		params.set('from', isoDay(state.from));
		// `to` is exclusive in the app and inclusive in the address: the last day shown.
		params.set('to', isoDay(Math.max(state.from, state.to - 1)));
	}
	if (state.actor) params.set('actor', state.actor);
	if (state.q) params.set('q', state.q);
	if (state.scale) params.set('scale', state.scale);
	if (state.calendar) params.set('calendar', state.calendar);
	const text = params.toString();
	return text ? `?${text}` : '';
}
