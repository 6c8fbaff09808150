#!/usr/bin/env node
// `npm run import -- INPUT [-o OUTPUT.json]`: converts a CSV or TSV sheet in
// TimelineJS's template, or a TimelineJS JSON file, into a Dateline story. Writes
// the story to OUTPUT (or prints it); warnings about what is not kept go to stderr.
// Exits 1, listing every problem with its row or event, when the input cannot be
// converted into a story that validates.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const usage = 'Usage: npm run import -- INPUT.csv|INPUT.tsv|TIMELINEJS.json [-o OUTPUT.json]';
let args;
try {
	args = parseArgs({ allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
} catch (error) {
	console.error(`${error.message}\n${usage}`);
	process.exit(2);
}
const [input] = args.positionals;
if (!input || args.positionals.length > 1) {
	console.error(usage);
	process.exit(2);
}

const loader = fileURLToPath(new URL('../src/lib/import/importStory.ts', import.meta.url));
const { module } = await runnerImport(loader, { configFile: false, logLevel: 'error' });

let text;
try {
	text = readFileSync(resolve(input), 'utf8');
} catch {
	console.error(`✗ ${input}: file not found`);
	process.exit(1);
}
let parsed;
if (!module.isImportable(input)) {
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		console.error(`✗ ${input}: not CSV, TSV or JSON (${error.message})`);
		process.exit(1);
	}
}
const result = module.importStory(input, text, parsed);
if (!result) {
	console.error(`✗ ${input}: this is already a Dateline story (check it with npm run validate)`);
	process.exit(1);
}
for (const warning of result.warnings) console.warn(`  ${input}: warning: ${warning}`);
if (!result.ok) {
	const count = result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`;
	console.error(`✗ ${input}: ${count}`);
	for (const problem of result.problems) console.error(`  ${input}: ${problem}`);
	process.exit(1);
}
const json = `${JSON.stringify(result.story, null, '\t')}\n`;
if (args.values.output) {
	writeFileSync(args.values.output, json);
	console.warn(`✓ ${input} → ${args.values.output}: ${result.story.events.length} events`);
} else process.stdout.write(json);
