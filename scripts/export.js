#!/usr/bin/env node
// `npm run export -- --format timelinejs [STORY.json] [-o OUTPUT.json]`: writes a
// Dateline story (by default TIMELINE_DATA or the default story) as TimelineJS
// JSON, so that a newsroom can go back. Says what TimelineJS has no place for.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const usage = 'Usage: npm run export -- --format timelinejs [STORY] [-o OUTPUT.json]';
let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: { format: { type: 'string' }, output: { type: 'string', short: 'o' } }
	});
} catch (error) {
	console.error(`${error.message}\n${usage}`);
	process.exit(2);
}
if (args.values.format !== 'timelinejs' || args.positionals.length > 1) {
	console.error(`${usage}\n(timelinejs is the one format there is)`);
	process.exit(2);
}
const load = async (file) =>
	(
		await runnerImport(fileURLToPath(new URL(file, import.meta.url)), {
			configFile: false,
			logLevel: 'error'
		})
	).module;
const { readStoryFile, storyPath } = await load('../src/lib/server/loadStoryFile.ts');
const { timelineJsFromStory } = await load('../src/lib/import/timelinejs.ts');

const path = args.positionals[0] ? resolve(args.positionals[0]) : storyPath();
const result = readStoryFile(path);
if (!result.ok) {
	console.error(`✗ ${result.file}: not a valid story`);
	for (const problem of result.problems) console.error(`  ${result.file}: ${problem}`);
	process.exit(1);
}
const { timeline, left } = timelineJsFromStory(result.story);
if (left.length)
	console.warn(`  ${result.file}: TimelineJS has no place for the story's ${left.join(', ')}: not written`);
const json = `${JSON.stringify(timeline, null, '\t')}\n`;
if (args.values.output) {
	writeFileSync(args.values.output, json);
	console.warn(`✓ ${result.file} → ${args.values.output}: ${timeline.events.length} events`);
} else process.stdout.write(json);
