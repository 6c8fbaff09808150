import { createHash } from 'node:crypto';
import { PAGE_INTENTS, REACHED_ATTRIBUTE, TIMELINE_INTENTS } from '../timeline/firstIntent.ts';
import type { LiveCode } from './liveCode.ts';

/**
 * A prerendered page reads whole without JavaScript, so the app's code need not
 * stand between the reader and the first paint. SvelteKit's page asks for its
 * modules at once: `<link rel="modulepreload">` in the head and a start script
 * that imports them as soon as the HTML is parsed. On a phone on a slow network
 * those downloads share the line with the rest of the HTML, and their evaluation
 * can come before the first paint. `paintFirst` rewrites the page so the start
 * script asks for the modules (all at once, as the preloads did) only once the
 * first paint has reached the screen; it then hydrates as before.
 *
 * Until the app's listeners are set as it hydrates, the start script listens for
 * the reader reaching for the timeline (see timeline/firstIntent.ts) and marks the
 * root element when they do, so that the app wakes the live timeline as it hydrates
 * rather than at the reader's next reach. A reach also starts the app at once if
 * the paint has not been reported yet (the reader sees the page), and on a page with
 * a timeline asks for the live timeline's code then (`liveCode`, see liveCode.ts),
 * which otherwise would be asked for only once the page had hydrated: the downloads
 * overlap.
 *
 * The start script is allowed by its hash in the page's content security policy
 * (a meta tag in a prerendered page), so the hash is replaced with the new
 * script's. Where a page has a start script whose shape this does not know (a
 * SvelteKit upgrade), the build stops with a message rather than ship a page the
 * policy would block or that never starts.
 */

const PRELOAD_LINK = /<link href="([^"]+)" rel="modulepreload">/g;
const START_SCRIPT = /<script>([^<]*?__sveltekit_[^<]*?)<\/script>/;
const IMPORTS = 'Promise.all([';
const KIT_START = 'kit.start(app, element, ';
const KIT_START_BARE = 'kit.start(app, element);';
const POLICY_META = /<meta http-equiv="content-security-policy"/;

/**
 * Records a reach for the timeline before the app has its own listeners (see
 * firstIntent.ts). A reader who reaches has the page in front of them, painted or
 * not yet reported so: the app starts at once, if it has not, and the live timeline's
 * files the page does not load are asked for beside its modules (modules to preload,
 * stylesheets to fetch; the app links them when it runs the code, as Vite's helper
 * links a dynamic import's stylesheets).
 */
const recordReach = (liveFiles: (readonly [rel: 'modulepreload' | 'preload', href: string])[]) =>
	`const reachTypes = ${JSON.stringify([...TIMELINE_INTENTS, ...PAGE_INTENTS])};\n` +
	`const reached = (event) => {\n` +
	`if (${JSON.stringify(TIMELINE_INTENTS)}.includes(event.type) && !(event.target instanceof Element && event.target.closest('section.timeline'))) return;\n` +
	`document.documentElement.setAttribute('${REACHED_ATTRIBUTE}', '');\n` +
	`for (const type of reachTypes) window.removeEventListener(type, reached, true);\n` +
	`start();\n` +
	(liveFiles.length
		? `for (const [rel, href] of ${JSON.stringify(liveFiles)}) {\n` +
			`const link = document.createElement('link');\n` +
			`link.rel = rel;\n` +
			`if (rel === 'preload') link.as = 'style';\n` +
			`link.href = href;\n` +
			`document.head.append(link);\n` +
			`}\n`
		: '') +
	`};\n` +
	`for (const type of reachTypes) window.addEventListener(type, reached, { capture: true, passive: true });\n`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

export class PaintFirstError extends Error {
	constructor(reason: string) {
		super(`Cannot start the app after the first paint: ${reason} (see src/lib/server/paintFirst.ts).`);
	}
}

const notTheShape = () => new PaintFirstError("SvelteKit's start script is not the shape expected");

/**
 * The page's data (the story the cards show) taken out of the call that hydrates, to be
 * made in the task that asks for the modules: two shorter tasks rather than one long
 * one that input must wait for.
 */
function hoistOptions(startApp: string): { startApp: string; options: string } {
	const callAt = startApp.indexOf(KIT_START);
	const callEnd = startApp.lastIndexOf(');', startApp.lastIndexOf('});') - 1);
	const options = startApp.slice(callAt + KIT_START.length, callEnd).trim();
	if (callAt < 0 || !options.startsWith('{') || !options.endsWith('}')) throw notTheShape();
	return {
		startApp: startApp.slice(0, callAt + KIT_START.length) + 'options' + startApp.slice(callEnd),
		options
	};
}

/**
 * `liveCode`: the live timeline's files, on a page with a timeline; asked for at the
 * reader's first reach (those the page does not load already).
 */
export function paintFirst(html: string, liveCode: LiveCode = []): string {
	const start = START_SCRIPT.exec(html);
	// A page rendered on request (`vite preview`'s not-found page) has its policy in a
	// header, already sent with the old script's hash: it stays as SvelteKit wrote it.
	if (!start || !POLICY_META.test(html)) return html;
	const script = start[1];
	// The not-found page's shell (no data) has nothing to paint before the app renders it.
	if (script.includes(KIT_START_BARE)) return html;
	const importsAt = script.indexOf(IMPORTS);
	if (importsAt < 0) throw notTheShape();
	const blockEnd = script.lastIndexOf('}');
	const { startApp, options } = hoistOptions(script.slice(importsAt, blockEnd).trimEnd());
	const oldHash = `'sha256-${sha256(script)}'`;
	if (!html.includes(oldHash)) {
		throw new PaintFirstError("the page's policy does not allow the start script by its hash");
	}

	const modules = [...html.matchAll(PRELOAD_LINK)].map((link) => link[1]);
	const rewritten =
		script.slice(0, importsAt) +
		recordReach(
			liveCode
				.filter((chunk) => !modules.includes(chunk.module))
				.flatMap((chunk) => [
					['modulepreload', chunk.module] as const,
					...chunk.styles.map((style) => ['preload', style] as const)
				])
		) +
		`let started = false;\n` +
		`const start = () => {\n` +
		`if (started) return;\n` +
		`started = true;\n` +
		`for (const href of ${JSON.stringify(modules)}) {\n` +
		`const link = document.createElement('link');\n` +
		`link.rel = 'modulepreload';\n` +
		`link.href = href;\n` +
		`document.head.append(link);\n` +
		`}\n` +
		`const options = ${options};\n` +
		`${startApp}\n` +
		`};\n` +
		// The first paint is known once it has reached the screen (its paint timing entry),
		// which can be frames after the frame that painted it; where a browser does not say,
		// the frame after the first is taken for it. A tab opened in the background starts
		// when it is shown and painted. An embed's frame further down an article is not
		// painted until it comes into view, and its reader may be scrolling to it: it
		// starts after a second. (A timer for every page started some before their paint
		// where headless Chromium painted a second late.)
		`if (PerformanceObserver.supportedEntryTypes.includes('paint')) {\n` +
		`new PerformanceObserver((entries, observer) => {\n` +
		`if (!entries.getEntriesByName('first-contentful-paint').length) return;\n` +
		`observer.disconnect();\n` +
		`setTimeout(start);\n` +
		`}).observe({ type: 'paint', buffered: true });\n` +
		`} else requestAnimationFrame(() => requestAnimationFrame(start));\n` +
		`if (window.top !== window) setTimeout(start, 1000);\n` +
		script.slice(blockEnd);

	return html
		.replace(PRELOAD_LINK, '')
		.replace(start[0], () => `<script>${rewritten}</script>`)
		.replace(oldHash, () => `'sha256-${sha256(rewritten)}'`);
}
