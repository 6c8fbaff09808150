import { parse } from 'csv-parse/sync';
import { CLAIM_STATUSES } from '../story/schema.ts';
import {
	actorRegistry,
	dateFromParts,
	htmlToText,
	idMaker,
	type EventInput,
	finishImport,
	type ImportResult
} from './common.ts';

/** TimelineJS's template columns, unchanged, then Dateline's own. */
export const TIMELINEJS_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;
export const DATELINE_COLUMNS = [
	'ID',
	'Actors',
	'Quote',
	'Speaker',
	'Speaker Role',
	'Source URL',
	'Source Title',
	'Date Note',
	'Claim'
] as const;
type Column = (typeof TIMELINEJS_COLUMNS)[number] | (typeof DATELINE_COLUMNS)[number];
const KNOWN = new Map<string, Column>(
	[...TIMELINEJS_COLUMNS, ...DATELINE_COLUMNS].map((column) => [column.toLowerCase(), column])
);

type Row = Partial<Record<Column, string>>;

/**
 * Reads a CSV or TSV export of a spreadsheet (Excel's byte-order mark, CRLF line
 * ends, quoted commas and line breaks included) into rows keyed by column. A
 * quote never closed stops the reading; a row with too many or too few cells is
 * a problem of that row. Rows are numbered as the spreadsheet numbers them: the
 * header is row 1.
 */
export function readSheet(
	text: string,
	delimiter: ',' | '\t'
): { rows: { number: number; cells: Row }[]; problems: string[]; warnings: string[] } {
	const problems: string[] = [];
	const warnings: string[] = [];
	let records: string[][];
	try {
		records = parse(text, {
			bom: true,
			delimiter,
			relax_column_count: true,
			skip_empty_lines: true,
			// TSV exports do not quote: a lone quotation mark in a cell is text.
			quote: delimiter === '\t' ? false : '"'
		}) as string[][];
	} catch (error) {
		const { code, lines } = error as { code?: string; lines?: number };
		const problem =
			code === 'CSV_QUOTE_NOT_CLOSED'
				? `line ${openingQuoteLine(text)}: a quoted cell opens here and is never closed: a quotation mark (") is missing`
				: `line ${lines ?? '?'}: ${(error as Error).message}`;
		return { rows: [], problems: [problem], warnings };
	}
	const [header = [], ...body] = records;
	const columns = header.map((name, index) => {
		const column = KNOWN.get(name.trim().toLowerCase());
		if (!column && name.trim()) {
			warnings.push(`column ${JSON.stringify(name.trim())} is not a TimelineJS or Dateline column: ignored`);
		}
		if (!column && !name.trim() && body.some((record) => record[index]?.trim())) {
			warnings.push(`column ${index + 1} has no name: ignored`);
		}
		return column;
	});
	if (!columns.includes('Headline')) problems.push('row 1: the sheet has no "Headline" column');
	if (!columns.includes('Year')) problems.push('row 1: the sheet has no "Year" column');
	const rows = body.map((record, index) => {
		const number = index + 2;
		if (record.length !== header.length) {
			problems.push(
				`row ${number}: ${record.length} cells where the header has ${header.length} (a missing or extra ${delimiter === ',' ? 'comma' : 'tab'}?)`
			);
		}
		const cells: Row = {};
		columns.forEach((column, i) => {
			const value = record[i]?.trim();
			if (column && value) cells[column] = value;
		});
		return { number, cells };
	});
	return { rows, problems, warnings };
}

/** A Dateline story from a sheet in TimelineJS's template, with Dateline's optional columns. */
export function storyFromSheet(text: string, delimiter: ',' | '\t', fallbackTitle: string): ImportResult {
	const sheet = readSheet(text, delimiter);
	const { problems, warnings } = sheet;
	if (problems.length && sheet.rows.length === 0) return { ok: false, problems, warnings };

	let title = fallbackTitle;
	let summary: string | undefined;
	const events: EventInput[] = [];
	const rowOfEvent: number[] = [];
	const actors = actorRegistry();
	const explicitIds = new Map<string, number>();
	for (const { number, cells } of sheet.rows) {
		const id = cells.ID;
		if (!id) continue;
		const first = explicitIds.get(id);
		if (first) problems.push(`row ${number}, ID: ${JSON.stringify(id)} is already the id of row ${first}`);
		else explicitIds.set(id, number);
	}
	const makeId = idMaker(explicitIds.keys());

	for (const { number, cells } of sheet.rows) {
		const say = (column: string, message: string) => problems.push(`row ${number}, ${column}: ${message}`);
		const warn = (column: string, message: string) => warnings.push(`row ${number}, ${column}: ${message}`);
		const type = cells.Type?.toLowerCase();
		if (type === 'title') {
			if (cells.Headline) title = htmlToText(cells.Headline);
			if (cells.Text) summary = htmlToText(cells.Text);
			continue;
		}
		if (type === 'era') {
			warn('Type', 'eras are not drawn by Dateline yet: this row is left out');
			continue;
		}
		if (type) warn('Type', `${JSON.stringify(cells.Type)} is not a type Dateline knows: read as an event`);

		const headline = cells.Headline ? htmlToText(cells.Headline) : '';
		if (!headline) say('Headline', 'an event needs a headline');
		const date = dateFromParts(
			{ year: cells.Year, month: cells.Month, day: cells.Day },
			{ year: 'Year', month: 'Month', day: 'Day' },
			say
		);
		if (!cells.Year && !cells.Month && !cells.Day) say('Year', 'an event needs at least its year');
		const end = dateFromParts(
			{ year: cells['End Year'], month: cells['End Month'], day: cells['End Day'] },
			{ year: 'End Year', month: 'End Month', day: 'End Day' },
			say
		);
		for (const column of ['Time', 'End Time'] as const) {
			if (cells[column])
				warn(column, `Dateline dates are days: the time ${JSON.stringify(cells[column])} is not kept`);
		}
		if (cells.Background) warn('Background', 'backgrounds are not shown by Dateline: not kept');

		const quotes: NonNullable<EventInput['quotes']> = [];
		const media = cells.Media;
		if (media && /^\s*<blockquote/i.test(media)) {
			const speaker = cells['Media Credit'] ? htmlToText(cells['Media Credit']).replace(/^[—–-]\s*/, '') : '';
			if (speaker) quotes.push({ text: htmlToText(media), speaker: actors.idOf(speaker) });
			else say('Media Credit', 'a quoted passage (blockquote) needs its speaker in Media Credit');
		} else if (media) {
			warn(
				'Media',
				/^https?:/i.test(media)
					? `media from another site (${media}) is not shown: Dateline loads nothing from other origins`
					: `media (${media}) are not imported yet: not kept`
			);
		} else if (cells['Media Credit'] || cells['Media Caption'] || cells['Media Thumbnail']) {
			warn('Media', 'a credit, caption or thumbnail without media: not kept');
		}
		if (cells.Quote) {
			if (cells.Speaker) {
				quotes.push({
					text: cells.Quote,
					speaker: actors.idOf(cells.Speaker),
					...(cells['Speaker Role'] ? { role: cells['Speaker Role'] } : {})
				});
			} else say('Speaker', 'a quote needs its speaker');
		} else if (cells.Speaker) say('Quote', `a speaker (${cells.Speaker}) without a quote`);

		const claim = cells.Claim?.toLowerCase();
		if (claim && !(CLAIM_STATUSES as readonly string[]).includes(claim)) {
			say('Claim', `${JSON.stringify(cells.Claim)} is not one of ${CLAIM_STATUSES.join(', ')}`);
		}
		const notes = [
			cells['Date Note'],
			cells['Display Date'] && `Shown as “${cells['Display Date']}” in the sheet`
		];
		const sourceUrl = cells['Source URL'];
		const event: EventInput = {
			id: cells.ID ?? makeId(headline || `row ${number}`),
			title: headline || `(row ${number})`,
			date: date ?? '0000',
			...(end ? { end } : {}),
			...(cells.Text ? { summary: htmlToText(cells.Text) } : {}),
			...(notes.some(Boolean) ? { dateNote: notes.filter(Boolean).join('. ') } : {}),
			...(claim ? { claim: claim as EventInput['claim'] } : {}),
			...(quotes.length ? { quotes } : {}),
			...(cells.Actors
				? {
						actors: cells.Actors.split(/[;,]/)
							.map((name) => name.trim())
							.filter(Boolean)
							.map(actors.idOf)
					}
				: {}),
			...(cells.Group ? { tags: [cells.Group] } : {}),
			...(sourceUrl || cells['Source Title']
				? {
						sources: [
							{ title: cells['Source Title'] ?? hostOf(sourceUrl!), ...(sourceUrl ? { url: sourceUrl } : {}) }
						]
					}
				: {})
		};
		events.push(event);
		rowOfEvent.push(number);
	}
	if (events.length === 0 && problems.length === 0) problems.push('the sheet has no event rows');
	return finishImport(
		{ title, summary, actors: actors.actors, events },
		problems,
		warnings,
		(index) => `row ${rowOfEvent[index]}`
	);
}

/** The line where the quoted cell left open at the end of the text begins. */
function openingQuoteLine(text: string): number {
	let line = 1;
	let opened = 1;
	let quoted = false;
	for (const char of text) {
		if (char === '\n') line++;
		else if (char === '"') {
			quoted = !quoted;
			if (quoted) opened = line;
		}
	}
	return opened;
}

function hostOf(url: string): string {
	try {
		return new URL(url).hostname;
	} catch {
		return url;
	}
}
