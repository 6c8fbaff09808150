import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseStoryJson, validateStory } from '../story/validateStory.ts';
import type { Story } from '../story/types.ts';

/** The story the site is built from: `TIMELINE_DATA`, else the default story. */
export const DEFAULT_STORY = 'stories/iran-taliban.json';

export function storyPath(env: Record<string, string | undefined> = process.env): string {
	return resolve(env.TIMELINE_DATA || DEFAULT_STORY);
}

export type LoadResult =
	{ ok: true; story: Story; file: string } | { ok: false; file: string; problems: string[] };

/** Reads, parses and validates a story file and the source text it names, reporting every problem. */
export function readStoryFile(path: string): LoadResult {
	const file = relative(process.cwd(), path) || path;
	if (!existsSync(path)) return { ok: false, file, problems: ['file not found'] };
	const parsed = parseStoryJson(readFileSync(path, 'utf8'));
	if (!parsed.ok) return { ok: false, file, problems: [parsed.error] };

	let sourceText: string | undefined;
	const problems: string[] = [];
	const named = (parsed.value as { sourceText?: unknown } | null)?.sourceText;
	if (typeof named === 'string' && named.trim()) {
		const sourcePath = resolve(dirname(path), named);
		if (existsSync(sourcePath)) sourceText = readFileSync(sourcePath, 'utf8');
		else problems.push(`sourceText: ${JSON.stringify(named)} was not found next to the story file`);
	}
	const result = validateStory(parsed.value, { sourceText });
	if (!result.ok) problems.push(...result.errors);
	if (problems.length || !result.ok) return { ok: false, file, problems };
	return { ok: true, story: result.story, file };
}
