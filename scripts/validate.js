#!/usr/bin/env node
// Checks story files without building the site: `npm run validate -- FILE [FILE…]`.
// Exits 1 when any file has a problem, after listing every problem in every file.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const files = process.argv.slice(2);
if (files.length === 0) files.push(process.env.TIMELINE_DATA || 'stories/iran-taliban.json');

// The validator is TypeScript shared with the site; Vite's module runner loads it
// without a separate compile step (Node 20 cannot strip types itself).
const loader = fileURLToPath(new URL('../src/lib/server/loadStoryFile.ts', import.meta.url));
const { module } = await runnerImport(loader, { configFile: false, logLevel: 'error' });

let failed = false;
for (const file of files) {
	const result = module.readStoryFile(resolve(file));
	for (const warning of result.warnings) console.warn(`  ${result.file}: warning: ${warning}`);
	if (result.ok) {
		const { events, actors } = result.story;
		const quotes = events.reduce((sum, event) => sum + event.quotes.length, 0);
		console.log(`✓ ${result.file}: ${events.length} events, ${actors.length} actors, ${quotes} quotes`);
	} else {
		failed = true;
		const count = result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`;
		console.error(`✗ ${result.file}: ${count}`);
		for (const problem of result.problems) console.error(`  ${result.file}: ${problem}`);
	}
}
process.exit(failed ? 1 : 0);
