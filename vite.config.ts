import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readStoryFile, storyPath } from './src/lib/server/loadStoryFile.ts';
import { EVENT_PAGES_LIMIT } from './src/lib/server/story.ts';
import svelteConfig from './svelte.config.js';

/**
 * Validates the story file before anything else is built, so a bad file stops
 * the build with every problem listed and never leaves a half-built site. In
 * dev the server keeps running and the page shows the same errors; editing the
 * story file reloads the page.
 */
function storyFile(): Plugin {
	const path = storyPath();
	let isBuild = false;
	return {
		name: 'dateline:story-file',
		configResolved(config) {
			isBuild = config.command === 'build';
		},
		buildStart() {
			const result = readStoryFile(path);
			for (const warning of result.warnings) this.warn(`${result.file}: ${warning}`);
			if (result.ok) {
				if (result.story.events.length > EVENT_PAGES_LIMIT) {
					this.warn(
						`${result.file} has ${result.story.events.length} events: only stories of up to ${EVENT_PAGES_LIMIT} get a page per event; its events are linked as /?event=<id>, and shared links preview as the story.`
					);
				}
				return;
			}
			const message = `Story file ${result.file} is not valid:\n${result.problems.map((p) => `  ${result.file}: ${p}`).join('\n')}`;
			if (isBuild) this.error(message);
			else this.warn(message);
		},
		configureServer(server) {
			server.watcher.add(path);
			server.watcher.on('change', (changed) => {
				if (changed === path) server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

/** Where SvelteKit writes the browser's build, inside its outDir (the server's is beside it). */
const CLIENT_OUTPUT = 'output/client';
const isClientOutput = (dir: string | undefined) => dir?.includes(`/${CLIENT_OUTPUT}`) ?? false;

/**
 * For the benchmark's JavaScript breakdown (bench/phone.js): which modules each chunk
 * of the browser's code holds, and how many bytes of it each renders, written to the
 * file BENCH_CHUNKS names. Off in every other build.
 */
function chunkReport(file: string | undefined): Plugin {
	return {
		name: 'dateline:chunk-report',
		apply: 'build',
		generateBundle(options, bundle) {
			if (!file || !isClientOutput(options.dir)) return;
			const chunks: Record<string, [string, number][]> = {};
			for (const output of Object.values(bundle)) {
				if (output.type !== 'chunk') continue;
				chunks[output.fileName] = Object.entries(output.modules)
					.map(([id, info]): [string, number] => [
						id.replace(`${process.cwd()}/`, '').replace(/^\0/, ''),
						info.renderedLength
					])
					.filter(([, length]) => length > 0)
					.sort((a, b) => b[1] - a[1]);
			}
			writeFileSync(file, JSON.stringify(chunks));
		}
	};
}

/**
 * Vite wraps every dynamic import (the live timeline's code, each route's module) in a
 * helper that fetches the chunk's stylesheets and imports alongside it. Its own helper
 * is 843 B gzipped and sits in the first view's script; `src/lib/client/preloadHelper.js`
 * does what this site needs of it in 343 B (#21).
 */
function preloadHelper(): Plugin {
	const id = '\0vite/preload-helper.js';
	return {
		name: 'dateline:preload-helper',
		enforce: 'pre',
		apply: 'build',
		resolveId: (source) => (source === id ? id : null),
		load: (source) =>
			source === id
				? readFileSync(new URL('./src/lib/client/preloadHelper.js', import.meta.url), 'utf8')
				: null
	};
}

/**
 * Opens each of the browser's scripts with V8's explicit compile hint (Chrome 136 and
 * later; other engines see a comment): the whole file is compiled as it arrives, on a
 * background thread while the rest downloads, rather than each function on the main
 * thread the first time it runs. Nearly all of this code runs as a page starts or the
 * timeline wakes. Measured for #21: the phone's blocking time fell from 35 to 8 ms on
 * the home page and from 31 to 13 ms on an event page (Lighthouse, medians of 5); at
 * 1,000 events the live timeline came 16 ms sooner on average (340 to 324 ms, 31
 * interleaved loads, a browser launched for each): hydration and the live timeline's
 * first pass take about 30 ms less of the main thread, and the background's compiling
 * shares this machine's two cores with the rest. 0.18 KB gzipped on the home page.
 * The hint counts only as a file's first line, so it is added after minifying, which
 * drops comments, and after Vite puts its map of a chunk's imports first.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
function compileHints(): Plugin {
	return {
		name: 'dateline:compile-hints',
		apply: 'build',
		enforce: 'post',
		generateBundle: {
			order: 'post',
			handler(options, bundle) {
				if (!isClientOutput(options.dir)) return;
				for (const output of Object.values(bundle)) {
					if (output.type === 'chunk') output.code = `${COMPILE_HINT}\n${output.code}`;
				}
			}
		}
	};
}

/**
 * Svelte's and SvelteKit's runtime, with the few small modules of ours that every page
 * imports, in one chunk. Left to itself the bundler cut them into five files, three of
 * them under 1.5 KB, and a reader's browser asks a host without HTTP/2 for six at a
 * time: the first view asked for eleven scripts, in two rounds and the live timeline's
 * code in a third (#21). At 1,000 events the live timeline came about 25 ms sooner in
 * loads that shared a browser, and as soon as before where each load launched its own
 * (the benchmark's way), whose start dwarfs the rounds. Together they also compress
 * better: 0.8 KB less. The modules these import come with them (the address's dates).
 */
const FRAMEWORK_CHUNK = {
	name: 'framework',
	test: /node_modules\/(svelte|@sveltejs\/kit|clsx|esm-env)\/|vite\/preload-helper|src\/lib\/address\/|src\/lib\/story\/slug/
};

const siteUrl = process.env.PUBLIC_SITE_URL ?? '';
if (process.argv.includes('build') && !siteUrl && !process.env.VITEST) {
	console.warn(
		'PUBLIC_SITE_URL is not set: share links and link previews will point at http://localhost:4173.'
	);
}

export default defineConfig({
	plugins: [storyFile(), preloadHelper(), sveltekit(), compileHints(), chunkReport(process.env.BENCH_CHUNKS)],
	define: {
		__SITE_URL__: JSON.stringify(siteUrl),
		__CLIENT_MANIFEST__: JSON.stringify(
			resolve(svelteConfig.kit?.outDir ?? '.svelte-kit', CLIENT_OUTPUT, '.vite/manifest.json')
		)
	},
	build: {
		rolldownOptions: {
			// Rolldown's plugin-timing report is noise for a build this small.
			checks: { pluginTimings: false },
			output: { codeSplitting: { groups: [FRAMEWORK_CHUNK] } }
		}
	},
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		environment: 'node',
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['**/*.svelte.test.ts'] }
			},
			{
				// State classes run with Svelte's browser runtime, where effects run (see runesEnvironment.ts).
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['tests/unit/**/*.svelte.test.ts'],
					environment: './tests/unit/runesEnvironment.ts'
				}
			}
		]
	}
});
