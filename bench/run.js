#!/usr/bin/env node
// `npm run bench [-- --quick]`: builds the site on synthetic stories of 1,000, 10,000
// and 100,000 events, serves each on 127.0.0.1 beside a vis-timeline page and a
// TimelineJS3 page showing the same events with their defaults, and measures all three
// in headless Chromium, rotating the targets' order within each repetition. Writes bench/results/<date>-<mode>.json and
// BENCHMARKS.md. Quick mode: 1,000 and 10,000 events, 3 repetitions.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.js';
import { serveStatic } from '../scripts/serve-static.js';
import { firstViewSize } from '../scripts/first-view-size.js';
import { generateStory } from './generate.js';
import { renderMarkdown } from './report.js';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const REPEATS = 3;
const PORT = 4190;
/** vis-timeline on a large story can take minutes: a run that does not get ready in this time is recorded as such. */
const READY_TIMEOUT = 60_000;
const GESTURE_LIMIT = 20_000;
/** One measurement, ready to the end of the pan: a page that takes longer is recorded as not responding. */
const MEASURE_LIMIT = 120_000;

function withTimeout(promise, ms) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => {
			const error = new Error('timeout');
			error.name = 'MeasureTimeout';
			reject(error);
		}, ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
const work = 'bench/.work';
mkdirSync(work, { recursive: true });
mkdirSync('bench/results', { recursive: true });

const stopAfter = setTimeout(
	() => {
		console.error('The benchmark has run for 40 minutes: stopping.');
		process.exit(2);
	},
	40 * 60 * 1000
);
stopAfter.unref();

function build(size) {
	const storyFile = join(work, `story-${size}.json`);
	const site = join(work, `site-${size}`);
	writeFileSync(storyFile, JSON.stringify(generateStory(size, 1)));
	const started = Date.now();
	execFileSync('npx', ['vite', 'build'], {
		env: { ...process.env, TIMELINE_DATA: storyFile, BUILD_DIR: site },
		stdio: 'ignore'
	});
	const seconds = (Date.now() - started) / 1000;
	// The vis-timeline page reads the same story.json the site serves.
	mkdirSync(join(site, 'vis'), { recursive: true });
	copyFileSync(
		'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
		join(site, 'vis/vis.js')
	);
	copyFileSync('bench/vis.html', join(site, 'vis/index.html'));
	// TimelineJS3, pinned, with its defaults, fed the same story through `npm run export`.
	const timelinejs = join(site, 'timelinejs');
	const dist = 'node_modules/@knight-lab/timelinejs/dist';
	cpSync(join(dist, 'js'), join(timelinejs, 'js'), { recursive: true });
	cpSync(join(dist, 'css'), join(timelinejs, 'css'), { recursive: true });
	execFileSync(
		'node',
		['scripts/export.js', '--format', 'timelinejs', storyFile, '-o', join(timelinejs, 'story.json')],
		{
			stdio: 'ignore'
		}
	);
	copyFileSync('bench/timelinejs.html', join(timelinejs, 'index.html'));
	return { site, buildSeconds: seconds };
}

/** Where each target's page is, and the element its gestures go to. */
const TARGETS = {
	dateline: { path: '/', surface: '.surface' },
	vis: { path: '/vis/', surface: '.vis-timeline' },
	// TimelineJS3 zooms with two buttons only: no wheel zoom is measured on it (it would
	// time an idle page); its time navigation is dragged for the pan.
	timelinejs: { path: '/timelinejs/', surface: '.tl-timenav', wheel: false }
};

/** Injected before any page script: records readiness, frames and long tasks. */
const PROBE = `
window.__bench = { ready: null, live: null, frames: [], longTasks: [], gaps: [] };
new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
// Every gap of over 50 ms between two frames, from the start: a main thread held
// still shows here even where the browser reports no long task (parsing a large
// fetched JSON body was one such).
let lastFrame = performance.now();
const everyFrame = (now) => {
	if (now - lastFrame > 50) window.__bench.gaps.push({ start: lastFrame, duration: now - lastFrame });
	lastFrame = now;
	requestAnimationFrame(everyFrame);
};
requestAnimationFrame(everyFrame);
// Ready: the timeline shows marks, Dateline's prerendered sketch included, and they
// have been painted: the time is taken a frame after the frame that first lays them
// out. Live: the marks are the live timeline's, with every event loaded and the
// zoom gesture attached (d3-zoom keeps its state on the element), so the reader can zoom;
// Dateline's live code is asked for at ready, as a reader's pointer reaching the timeline.
const isLive = () => {
	if (document.querySelector('.vis-item, .tl-timemarker')) return true;
	const surface = document.querySelector('.surface');
	return !!surface && '__zoom' in surface && !!document.querySelector('.surface .mark, .surface .cluster');
};
// Dateline fetches its live timeline's code when the reader reaches for it: here a
// reader whose pointer is over the timeline the moment it shows, said every frame
// until the page, awake, has heard it.
const reach = () => {
	if (window.__bench.live !== null) return;
	document.querySelector('section.timeline')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
	requestAnimationFrame(reach);
};
const watch = new MutationObserver(() => {
	if (document.querySelector('.mark, .cluster, .sketch-mark, .sketch-cluster, .vis-item, .tl-timemarker')) {
		watch.disconnect();
		requestAnimationFrame(() =>
			requestAnimationFrame(() => {
				window.__bench.ready = performance.now();
				reach();
			})
		);
	}
});
watch.observe(document, { childList: true, subtree: true });
// Attaching a gesture changes no element, so the live check runs every frame. A page
// is not live before it is ready: vis-timeline inserts its items, then takes seconds
// to lay them out before they are painted.
const checkLive = () => {
	if (window.__bench.ready !== null && isLive()) window.__bench.live = performance.now();
	else requestAnimationFrame(checkLive);
};
requestAnimationFrame(checkLive);
window.__startFrames = () => {
	window.__bench.frames = [];
	let last = performance.now();
	window.__recording = true;
	const tick = (now) => {
		window.__bench.frames.push(now - last);
		last = now;
		if (window.__recording) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
};
`;

const quantile = (values, q) => {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const round = (value, digits = 1) =>
	value === null || value === undefined ? null : Number(value.toFixed(digits));

async function gesture(page, selector, kind) {
	const box = await page.locator(selector).first().boundingBox();
	const x = box.x + box.width / 2;
	const y = box.y + Math.min(box.height / 2, 120);
	const longTasksBefore = await page.evaluate(() => window.__bench.longTasks.length);
	await page.evaluate(() => window.__startFrames());
	// A page that takes seconds per event would hold the run for many minutes: stop
	// sending after GESTURE_LIMIT and record how many events went through.
	const deadline = Date.now() + GESTURE_LIMIT;
	let sent = 0;
	await page.mouse.move(x, y);
	if (kind === 'zoom') {
		for (let i = 0; i < 40 && Date.now() < deadline; i++, sent++) {
			await page.mouse.wheel(0, i < 20 ? -120 : 120);
			await page.waitForTimeout(16);
		}
	} else {
		await page.mouse.down();
		for (let i = 1; i <= 30 && Date.now() < deadline; i++, sent++) {
			await page.mouse.move(x + (i % 2 ? -1 : 1) * 4 * i, y, { steps: 1 });
			await page.waitForTimeout(16);
		}
		await page.mouse.up();
	}
	await page.waitForTimeout(400);
	const { frames, longTasks } = await page.evaluate(() => {
		window.__recording = false;
		return window.__bench;
	});
	const tasks = longTasks.slice(longTasksBefore);
	return {
		eventsSent: sent,
		frameMedian: round(quantile(frames, 0.5)),
		frameP95: round(quantile(frames, 0.95)),
		frameMax: round(Math.max(...frames)),
		framesOver50: frames.filter((f) => f > 50).length,
		framesOver100: frames.filter((f) => f > 100).length,
		longTaskMs: round(tasks.reduce((sum, task) => sum + task.duration, 0)),
		longestTaskMs: round(Math.max(0, ...tasks.map((task) => task.duration)))
	};
}

async function measure(browser, url, target) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript(PROBE);
	const loaded = new Map();
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		try {
			loaded.set(response.url(), { type, body: await response.body() });
		} catch {
			// A response without a body (redirect) adds nothing.
		}
	});
	const result = { target };
	try {
		await withTimeout(
			(async () => {
				await page.goto(url, { waitUntil: 'commit' });
				await page.waitForFunction(() => window.__bench.ready !== null, null, {
					timeout: READY_TIMEOUT,
					polling: 50
				});
				result.readyMs = round(await page.evaluate(() => window.__bench.ready));
				await page.waitForFunction(() => window.__bench.live !== null, null, {
					timeout: READY_TIMEOUT,
					polling: 50
				});
				result.liveMs = round(await page.evaluate(() => window.__bench.live));
				await page.waitForTimeout(300);
				const memory = () =>
					page.evaluate(() => ({
						heap: performance.memory?.usedJSHeapSize ?? null,
						nodes: document.getElementsByTagName('*').length
					}));
				const afterReady = await memory();
				result.heapAfterReadyMB = round(afterReady.heap / 2 ** 20);
				result.domNodes = afterReady.nodes;
				const { surface, wheel = true } = TARGETS[target];
				result.zoom = wheel ? await gesture(page, surface, 'zoom') : null;
				result.heapAfterZoomMB = round((await memory()).heap / 2 ** 20);
				result.pan = await gesture(page, surface, 'pan');
				// Long tasks and frame gaps after the first marks and after the timeline is
				// live: the freeze test of the largest story. The first includes loading a
				// large story's events.
				const longest = (list, after) =>
					page.evaluate(
						([list, after]) =>
							Math.max(0, ...window.__bench[list].filter((t) => t.start > after).map((t) => t.duration)),
						[list, after]
					);
				result.longestTaskAfterReadyMs = round(await longest('longTasks', result.readyMs));
				result.longestTaskAfterLiveMs = round(await longest('longTasks', result.liveMs));
				result.longestFrameAfterReadyMs = round(await longest('gaps', result.readyMs));
			})(),
			MEASURE_LIMIT
		);
	} catch (error) {
		result.error =
			error.name === 'TimeoutError'
				? `not ready within ${READY_TIMEOUT / 1000} s`
				: error.name === 'MeasureTimeout'
					? `gave up after ${MEASURE_LIMIT / 1000} s: the page did not respond to input`
					: String(error.message).split('\n')[0];
	}
	const sum = (type) => {
		let raw = 0;
		let gzip = 0;
		for (const entry of loaded.values()) {
			if (entry.type !== type) continue;
			raw += entry.body.length;
			gzip += gzipSync(entry.body, { level: 9 }).length;
		}
		return { raw, gzip };
	};
	result.js = sum('script');
	result.css = sum('stylesheet');
	// A page stuck in a long task may not close politely.
	await Promise.race([context.close(), new Promise((done) => setTimeout(done, 10_000))]);
	return result;
}

const median = (values) =>
	quantile(
		values.filter((v) => typeof v === 'number'),
		0.5
	);
const spread = (values) => {
	const numbers = values.filter((v) => typeof v === 'number');
	return numbers.length ? [Math.min(...numbers), Math.max(...numbers)] : null;
};

function summarise(runs) {
	const pick = (path) =>
		runs.map((run) => path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), run));
	const fields = [
		'readyMs',
		'liveMs',
		'zoom.eventsSent',
		'pan.eventsSent',
		'zoom.frameMedian',
		'zoom.frameP95',
		'zoom.frameMax',
		'zoom.framesOver50',
		'zoom.longTaskMs',
		'pan.frameMedian',
		'pan.frameP95',
		'pan.frameMax',
		'pan.framesOver50',
		'pan.longTaskMs',
		'longestTaskAfterReadyMs',
		'longestTaskAfterLiveMs',
		'longestFrameAfterReadyMs',
		'heapAfterReadyMB',
		'heapAfterZoomMB',
		'domNodes',
		'js.gzip',
		'css.gzip'
	];
	const summary = {};
	for (const field of fields)
		summary[field] = { median: round(median(pick(field))), spread: spread(pick(field)) };
	summary.errors = runs.filter((run) => run.error).map((run) => run.error);
	return summary;
}

const chromiumPath = await findChromium();
/**
 * Each measurement gets a browser of its own. With one browser for the whole run,
 * a page that had to be given up on (vis-timeline and TimelineJS3 at 100,000 events)
 * slowed whatever was measured after it in that browser: Dateline's live timeline
 * took 712 ms before them and 997–1,117 ms after, on the same build.
 */
const launch = () =>
	chromium.launch({
		executablePath: chromiumPath,
		args: [...CHROMIUM_ARGS, '--enable-precise-memory-info']
	});
const versionBrowser = await launch();
const chromiumVersion = versionBrowser.version();
await versionBrowser.close();
const results = {
	date: new Date().toISOString(),
	mode: quick ? 'quick' : 'full',
	machine: {
		cpus: cpus().length,
		cpu: cpus()[0]?.model,
		memoryGB: round(totalmem() / 2 ** 30),
		node: process.version
	},
	versions: {
		chromium: chromiumVersion,
		dateline: JSON.parse(readFileSync('package.json', 'utf8')).version,
		visTimeline: JSON.parse(readFileSync('node_modules/vis-timeline/package.json', 'utf8')).version,
		timelinejs: JSON.parse(readFileSync('node_modules/@knight-lab/timelinejs/package.json', 'utf8')).version
	},
	sizes: {}
};

for (const size of SIZES) {
	console.log(`Building ${size.toLocaleString('en-GB')} events…`);
	const { site, buildSeconds } = build(size);
	const server = await serveStatic(site, PORT);
	const runs = { dateline: [], vis: [], timelinejs: [] };
	const names = Object.keys(runs);
	for (let repeat = 0; repeat < REPEATS; repeat++) {
		// Rotate which goes first, so none always meets a warm or a cold machine.
		const order = names.map((_, index) => names[(index + repeat) % names.length]);
		for (const target of order) {
			const url = `http://127.0.0.1:${PORT}${TARGETS[target].path}`;
			const browser = await launch();
			const run = await measure(browser, url, target);
			// A browser stuck in a page's long task may not close politely either.
			await Promise.race([browser.close(), new Promise((done) => setTimeout(done, 10_000))]);
			runs[target].push(run);
			console.log(
				`  ${size} ${target} #${repeat + 1}: ready ${run.readyMs ?? '–'} ms, live ${run.liveMs ?? '–'} ms, zoom p95 ${run.zoom?.frameP95 ?? '–'} ms, pan p95 ${run.pan?.frameP95 ?? '–'} ms${run.error ? ` (${run.error})` : ''}`
			);
		}
	}
	await new Promise((done) => server.close(done));
	results.sizes[size] = {
		buildSeconds,
		firstView: firstViewSize(site, 'index.html'),
		dateline: summarise(runs.dateline),
		vis: summarise(runs.vis),
		timelinejs: summarise(runs.timelinejs),
		runs
	};
	// Keep what is measured so far, should a later size not finish.
	writeFileSync(
		`bench/results/${results.date.slice(0, 10)}-${results.mode}.partial.json`,
		JSON.stringify(results, null, 2)
	);
}

const defaultSize = existsSync('build/index.html') ? firstViewSize('build', 'index.html') : null;
results.defaultStoryFirstView = defaultSize;
const file = `bench/results/${results.date.slice(0, 10)}-${results.mode}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
writeFileSync('BENCHMARKS.md', renderMarkdown(results, file));
console.log(`Wrote ${file} and BENCHMARKS.md`);
