import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A site served under a sub-path (e.g. GitHub Pages) sets BASE_PATH=/sub-path at build time. */
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
/** Where the static site is written; the base-path test and the benchmark build elsewhere. */
const out = process.env.BUILD_DIR ?? 'build';
/** A second build (base path, benchmark) keeps its own working files, so it never disturbs `npm run preview`. */
const kitOut = process.env.BUILD_DIR ? `${process.env.BUILD_DIR}-kit` : '.svelte-kit';

/**
 * The embed's height beacon is an inline script of ours (see src/lib/embed/heightBeacon.js):
 * the policy allows it by its hash, as SvelteKit's own inline script is allowed by its.
 */
const scriptHash = (/** @type {string} */ file) =>
	/** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256')
			.update(readFileSync(new URL(file, import.meta.url), 'utf8'))
			.digest('base64')}`
	);
const beaconHash = scriptHash('./src/lib/embed/heightBeacon.js');
/** So is the event page's move to its card before the first paint (src/lib/app/openAtEvent.js). */
const openAtEventHash = scriptHash('./src/lib/app/openAtEvent.js');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Svelte's version announced on `window.__svelte` is a module of its own in the first
		// view's script, and an import in every chunk, for no reader's sake (#21).
		discloseVersion: false,
		// Every component of ours in runes mode, even one with no rune in it: a component left
		// to legacy mode brings legacy code into the first view's script (#21). Packages decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', strict: true }),
		paths: { base, relative: false },
		outDir: kitOut,
		// The pages' CSS (5.6 KB gzipped in all) comes inside the HTML: a phone on a slow
		// network paints the story without waiting for five stylesheets (see BENCHMARKS.md).
		inlineStyleThreshold: 32 * 1024,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A story past EVENT_PAGES_LIMIT has no page per event (its events are linked as
			// `/?event=<id>`), nor an embed or oEmbed per event, and a story without photos has no
			// pictures to make; any other route left unbuilt is a mistake.
			handleUnseenRoutes: ({ routes, message }) => {
				const perStory = [
					'/(timeline)/events/[id]',
					'/embed/events/[id]',
					'/oembed/events/[id].json',
					'/media/[file]'
				];
				if (routes.some((route) => !perStory.includes(route))) throw new Error(message);
			}
		},
		// Prerendered pages carry the policy as a meta tag, with a hash for each inline script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', beaconHash, openAtEventHash],
				// Svelte positions marks with style attributes; no script runs from a style.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
