#!/usr/bin/env node
// `npm run test:engines [-- --engine firefox|webkit] [--break no-script|firefox]`:
// the core of the reader's path in Firefox and WebKit, against the site `npm test`
// built (or builds it once). Prints each engine's version and each check; exits 1
// if any check fails. `--break` shows that the checks can fail: `no-script` strips
// the pages' scripts, `firefox` throws on load in Firefox only.
import { execSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { serveStatic } from '../../scripts/serve-static.js';
import { firefox, webkit, within } from './drivers.js';

const { values } = parseArgs({ options: { engine: { type: 'string' }, break: { type: 'string' } } });
const PORT = 4187;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE = '.build-engines';
const SHOTS = 'test-results/engines';
const story = JSON.parse(readFileSync('stories/iran-taliban.json', 'utf8'));

if (!existsSync('build/index.html')) execSync('npm run build', { stdio: 'inherit' });
// A copy of the site whose pages load the error collector first (same origin, so the
// policy allows it), and, for --break, broken on purpose.
rmSync(SITE, { recursive: true, force: true });
cpSync('build', SITE, { recursive: true });
const collector = readFileSync('tests/engines/collect-errors.js', 'utf8');
writeFileSync(
	join(SITE, '__collect-errors.js'),
	values.break === 'firefox'
		? `${collector}\nif (navigator.userAgent.includes('Firefox')) throw new Error('broken in Firefox on purpose');`
		: collector
);
for (const file of htmlFiles(SITE)) {
	let html = readFileSync(file, 'utf8').replace(
		'<head>',
		'<head><script src="/__collect-errors.js"></script>'
	);
	if (values.break === 'no-script') html = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
	writeFileSync(file, html);
}
mkdirSync(SHOTS, { recursive: true });
const server = await serveStatic(SITE, PORT);

const SIZES = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
];
const engines = { firefox, webkit };
// A browser that stops answering must fail the run, never hold CI: a check has 90 s, the whole suite 10 minutes.
setTimeout(() => {
	console.log('✗ the engine suite did not finish in 10 minutes');
	process.exit(1);
}, 600_000).unref();
const chosen = values.engine ? [values.engine] : Object.keys(engines);
let failures = 0;

for (const engineName of chosen) {
	for (const size of SIZES) {
		let browser;
		try {
			browser = await engines[engineName](size);
		} catch (error) {
			failures++;
			console.log(`✗ ${engineName} ${size.name}: could not start (${error.message.split('\n')[0]})`);
			continue;
		}
		console.log(`${browser.name} ${browser.version}, ${size.name} ${size.width}x${size.height}`);
		try {
			for (const [name, check] of checks(size)) {
				try {
					await within(check(browser), 90_000, 'the check');
					console.log(`  ✓ ${name}`);
				} catch (error) {
					if (!sessionLost(error)) {
						failures++;
						console.log(`  ✗ ${name}: ${firstLine(error)}`);
						continue;
					}
					// WebKitGTK's page, under Xvfb, crashed mid-check once in CI and took the
					// session with it. Each check opens its own page, so it is run once more in a
					// new session; a second loss, or any failed assertion, fails it.
					console.log(
						`  ! ${name}: the browser's session was lost (${firstLine(error)}); once more in a new one`
					);
					await browser.close().catch(() => {});
					try {
						browser = await engines[engineName](size);
						await within(check(browser), 90_000, 'the check');
						console.log(`  ✓ ${name} (in a new session)`);
					} catch (again) {
						failures++;
						console.log(`  ✗ ${name}: ${firstLine(again)}`);
					}
				}
			}
			await browser.goto(`${ORIGIN}/`);
			await liveTimeline(browser, 5000).catch(() => {});
			const viewport = await browser.evaluate(() => `${innerWidth}x${innerHeight}`);
			await browser.screenshot(join(SHOTS, `${engineName}-${size.name}.png`));
			console.log(`  (viewport ${viewport}; screenshot in ${SHOTS}/${engineName}-${size.name}.png)`);
		} catch (error) {
			failures++;
			console.log(`  ✗ the closing screenshot: ${firstLine(error)}`);
		} finally {
			await browser.close().catch(() => {});
		}
	}
}
server.close();
console.log(failures ? `${failures} checks failed` : 'Every check passed');
process.exit(failures ? 1 : 0);

/** The browser's session is gone (its page crashed, or the driver says it has no such session). */
function sessionLost(error) {
	return error?.name === 'NoSuchSessionError' || /session deleted|page crash/i.test(error?.message ?? '');
}

function firstLine(error) {
	return String(error?.message ?? error).split('\n')[0];
}

function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});
}

function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/**
 * The reader reaching for the timeline, a pointer passing over it: its live code is
 * fetched then (see TimelineView.wake). Said again until the page, awake, has heard it.
 */
function liveTimeline(browser, timeout = 10_000) {
	const reached = () => {
		document
			.querySelector('section.timeline')
			?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
		return document.querySelector('[data-from]') !== null;
	};
	return waitFor(browser, reached, 'the live timeline', timeout);
}

async function waitFor(browser, predicate, what, timeout = 10_000, ...args) {
	const deadline = Date.now() + timeout;
	for (;;) {
		if (await browser.evaluate(predicate, ...args)) return;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(100);
	}
}

function errorsOf(browser) {
	return browser.evaluate(() => window.__engineErrors ?? ['the error collector did not run']);
}

function windowOf(browser) {
	return browser.evaluate(() => {
		const view = document.querySelector('[data-from]');
		return view
			? [Date.parse(view.getAttribute('data-from')), Date.parse(view.getAttribute('data-to'))]
			: null;
	});
}

function centreOf(browser, selector) {
	return browser.evaluate((selector) => {
		const box = document.querySelector(selector)?.getBoundingClientRect();
		return box ? { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 60) } : null;
	}, selector);
}

/** Waits until the window stops changing: the view's animation and the address write-behind (350 ms). */
async function atRest(browser) {
	let last = '';
	for (let i = 0; i < 50; i++) {
		const now = JSON.stringify([await windowOf(browser), await browser.evaluate(() => location.href)]);
		if (now === last) return;
		last = now;
		await sleep(400);
	}
}

function checks(size) {
	const home = async (browser) => {
		await browser.goto(`${ORIGIN}/`);
		await liveTimeline(browser);
		await atRest(browser);
	};
	const VIEW = '[role="group"][aria-label^="Timeline view"]';
	return [
		[
			'the home page loads with its title and no page error',
			async (browser) => {
				await home(browser);
				const title = await browser.evaluate(() => document.querySelector('h1')?.textContent?.trim());
				assert(title === story.title, `the headline reads ${JSON.stringify(title)}`);
				const errors = await errorsOf(browser);
				assert(errors.length === 0, errors.join('; '));
			}
		],
		[
			'wheel zoom narrows the window, and the address follows',
			async (browser) => {
				await home(browser);
				const before = await windowOf(browser);
				const centre = await centreOf(browser, VIEW);
				await browser.wheel(centre.x, centre.y, [-240, -240, -240]);
				await atRest(browser);
				const after = await windowOf(browser);
				assert(after[1] - after[0] < (before[1] - before[0]) * 0.9, `window ${before} → ${after}`);
				const address = await browser.evaluate(() => location.search);
				assert(/from=.*&to=/.test(address), `the address is ${JSON.stringify(address)}`);
			}
		],
		[
			'dragging pans the window, and the address follows',
			async (browser) => {
				await browser.goto(`${ORIGIN}/?from=2021-06-01&to=2022-06-01`);
				await liveTimeline(browser);
				await atRest(browser);
				const before = await windowOf(browser);
				const centre = await centreOf(browser, VIEW);
				await browser.drag(centre, { x: centre.x + size.width / 4, y: centre.y });
				await atRest(browser);
				const after = await windowOf(browser);
				assert(after[0] < before[0] - 86_400_000, `window ${before} → ${after}`);
				const address = await browser.evaluate(() => location.search);
				assert(address !== '?from=2021-06-01&to=2022-06-01', 'the address did not follow');
			}
		],
		[
			'clicking a mark opens its event, its card in view; Back returns',
			async (browser) => {
				await home(browser);
				const mark = await browser.evaluate(() => {
					const element = document.querySelector('[data-testid="mark"]');
					const box = element?.getBoundingClientRect();
					return element && { id: element.dataset.id, x: box.left + 8, y: box.top + box.height / 2 };
				});
				assert(mark, 'no mark to click');
				await browser.click(mark.x, mark.y);
				await waitFor(
					browser,
					(id) => location.pathname === `/events/${id}`,
					'the event address',
					10_000,
					mark.id
				);
				await atRest(browser);
				const card = await browser.evaluate((id) => {
					const element = document.getElementById(`event-${id}`);
					const box = element.getBoundingClientRect();
					return { current: element.getAttribute('aria-current'), top: box.top, height: innerHeight };
				}, mark.id);
				assert(card.current === 'true', 'the card is not the current one');
				assert(card.top >= 0 && card.top < card.height, `the card's top is at ${card.top}`);
				await browser.back();
				await waitFor(browser, () => !location.pathname.startsWith('/events/'), 'Back to the home page');
			}
		],
		[
			'an event page opens on its event; an unknown one is the not-found page',
			async (browser) => {
				await browser.goto(`${ORIGIN}/events/taliban-take-kabul`);
				await waitFor(
					browser,
					() => document.getElementById('event-taliban-take-kabul')?.getAttribute('aria-current') === 'true',
					'the event selected'
				);
				await browser.goto(`${ORIGIN}/events/no-such-event`);
				// The not-found page is the site's fallback, drawn by its script: wait for its headline.
				await waitFor(
					browser,
					() => document.querySelector('h1')?.textContent?.trim() === 'This page is not part of the timeline',
					'the not-found headline'
				);
			}
		],
		[
			'the zoom buttons and Show all',
			async (browser) => {
				await home(browser);
				const all = await windowOf(browser);
				const button = (label) =>
					browser.evaluate((label) => {
						const element = [...document.querySelectorAll('button')].find(
							(candidate) => candidate.textContent.trim() === label || candidate.textContent.includes(label)
						);
						const box = element.getBoundingClientRect();
						return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
					}, label);
				const zoomIn = await button('Zoom in');
				await browser.click(zoomIn.x, zoomIn.y);
				await atRest(browser);
				const zoomed = await windowOf(browser);
				assert(zoomed[1] - zoomed[0] < (all[1] - all[0]) * 0.8, `zoom in: ${all} → ${zoomed}`);
				const showAll = await button('Show all');
				await browser.click(showAll.x, showAll.y);
				await atRest(browser);
				const again = await windowOf(browser);
				assert(Math.abs(again[1] - again[0] - (all[1] - all[0])) < 86_400_000, `show all: ${again}`);
			}
		],
		[
			'"Next ›" keeps the space between its word and its arrow',
			async (browser) => {
				await home(browser);
				const gap = await browser.evaluate(() => {
					const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Next'));
					const texts = [];
					const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
					while (walker.nextNode()) texts.push(walker.currentNode);
					const word = texts.find((node) => node.textContent.includes('Next'));
					const arrow = texts.find((node) => node.textContent.includes('›'));
					const box = (node, text) => {
						const range = document.createRange();
						const start = node.textContent.indexOf(text);
						range.setStart(node, start);
						range.setEnd(node, start + text.length);
						return range.getBoundingClientRect();
					};
					return box(arrow, '›').left - box(word, 'Next').right;
				});
				assert(gap >= 2, `the arrow is ${gap.toFixed(1)} px from the word`);
			}
		]
	];
}
