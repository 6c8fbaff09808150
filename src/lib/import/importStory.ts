import { basename, extname } from 'node:path';
import type { ImportResult } from './common.ts';
import { storyFromSheet } from './sheet.ts';
import { isTimelineJs, storyFromTimelineJs } from './timelinejs.ts';

/** Spreadsheet exports Dateline reads, by extension. */
const DELIMITERS: Record<string, ',' | '\t'> = { '.csv': ',', '.tsv': '\t', '.tab': '\t' };

/**
 * A story from a file in another format: a CSV or TSV sheet in TimelineJS's
 * template, or TimelineJS JSON (`parsed`, when the file is JSON). Null when the
 * file is in Dateline's own format. A story without a title of its own is named
 * after its file.
 */
export function importStory(path: string, text: string, parsed?: unknown): ImportResult | null {
	const extension = extname(path).toLowerCase();
	const title = basename(path, extname(path)).replace(/[-_]+/g, ' ');
	const delimiter = DELIMITERS[extension];
	if (delimiter) return storyFromSheet(text, delimiter, title);
	if (isTimelineJs(parsed)) return storyFromTimelineJs(parsed, title);
	return null;
}

/** Can the build read this file (Dateline JSON, TimelineJS JSON, CSV, TSV)? */
export function isImportable(path: string): boolean {
	return extname(path).toLowerCase() in DELIMITERS;
}
