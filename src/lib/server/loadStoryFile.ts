import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseStoryJson, validateStory } from '../story/validateStory.ts';
import { importStory, isImportable } from '../import/importStory.ts';
import type { Story } from '../story/types.ts';
import { pictureInspector, type PictureFile } from './media.ts';

/** The story the site is built from: `TIMELINE_DATA`, else the default story. */
export const DEFAULT_STORY = 'stories/iran-taliban.json';

export function storyPath(env: Record<string, string | undefined> = process.env): string {
	return resolve(env.TIMELINE_DATA || DEFAULT_STORY);
}

export type LoadResult =
	| {
			ok: true;
			story: Story;
			file: string;
			warnings: string[];
			/** The story's pictures and their files by hash, for the build to make their widths from. */
			pictures: Map<string, PictureFile>;
	  }
	| { ok: false; file: string; problems: string[]; warnings: string[] };

/**
 * Reads, parses and validates a story file and the source text it names, reporting
 * every problem. A spreadsheet (CSV, TSV) or a TimelineJS JSON file is converted on
 * the way (see lib/import), its warnings kept for the build and the validator to show.
 */
export function readStoryFile(path: string): LoadResult {
	const file = relative(process.cwd(), path) || path;
	if (!existsSync(path)) return { ok: false, file, problems: ['file not found'], warnings: [] };
	const text = readFileSync(path, 'utf8');
	const json = isImportable(path) ? { ok: true as const, value: undefined } : parseStoryJson(text);
	if (!json.ok) return { ok: false, file, problems: [json.error], warnings: [] };
	const imported = importStory(path, text, json.value);
	if (imported && !imported.ok)
		return { ok: false, file, problems: imported.problems, warnings: imported.warnings };
	const parsed = { value: imported ? imported.story : json.value };
	const warnings = imported?.warnings ?? [];

	let sourceText: string | undefined;
	const problems: string[] = [];
	const named = (parsed.value as { sourceText?: unknown } | null)?.sourceText;
	if (typeof named === 'string' && named.trim()) {
		const sourcePath = resolve(dirname(path), named);
		if (existsSync(sourcePath)) sourceText = readFileSync(sourcePath, 'utf8');
		else problems.push(`sourceText: ${JSON.stringify(named)} was not found next to the story file`);
	}
	const pictures = new Map<string, PictureFile>();
	const result = validateStory(parsed.value, {
		sourceText,
		inspectPicture: pictureInspector(dirname(path), pictures)
	});
	warnings.push(...result.warnings);
	if (!result.ok) problems.push(...result.errors);
	if (problems.length || !result.ok) return { ok: false, file, problems, warnings };
	return { ok: true, story: result.story, file, warnings, pictures };
}
