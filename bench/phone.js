#!/usr/bin/env node
// `npm run bench:phone`: the default story as readers meet it on a mid-range phone,
// Dateline against TimelineJS3 showing the same story. Lighthouse 12 (pinned at
// 12.2.3, the last that runs on Node 20) with its mobile preset: simulated slow 4G and
// a 4× slower CPU, through chrome-launcher and the system Chromium, both sites served
// gzipped as a real host would. Five runs of each page, the pages alternating; the
// medians go to bench/results/<date>-phone.json, which BENCHMARKS.md reports.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from '../scripts/chromium.js';
import { serveStatic } from '../scripts/serve-static.js';
import { latestResults, renderMarkdown } from './report.js';
import { firstViewSize } from '../scripts/first-view-size.js';

const RUNS = Number(process.env.PHONE_RUNS ?? 5);
const PORT = 4191;
const work = 'bench/.work';
const CHUNKS = join(work, 'phone-chunks.json');
const stopAfter = setTimeout(() => {
	console.error('The phone benchmark has run for 15 minutes: stopping.');
	process.exit(2);
}, 15 * 60_000);
stopAfter.unref();

/** The default story's site, built as `npm run build` builds it. */
function buildDateline() {
	const site = join(work, 'phone-dateline');
	execFileSync('npx', ['vite', 'build'], {
		env: { ...process.env, BUILD_DIR: site, BENCH_CHUNKS: CHUNKS },
		stdio: 'ignore'
	});
	return site;
}

/** What a chunk holds, by package or source folder, largest first: "svelte 41%, d3-scale 12%, …". */
function holds(modules) {
	const total = modules.reduce((sum, [, length]) => sum + length, 0);
	const groups = new Map();
	for (const [id, length] of modules) {
		const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
		const group =
			packageName ??
			(id.startsWith('src/lib/')
				? id
						.split('/')
						.slice(0, 4)
						.join('/')
						.replace(/\.(svelte\.)?(ts|js|svelte)$/, '')
				: id.includes('generated/')
					? 'SvelteKit (generated)'
					: id);
		groups.set(group, (groups.get(group) ?? 0) + length);
	}
	return [...groups]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 5)
		.map(([group, length]) => `${group} ${Math.round((length / total) * 100)}%`)
		.join(', ');
}

/** TimelineJS3 with its defaults, fed the same story through `npm run export`. */
function buildTimelineJs() {
	const site = join(work, 'phone-timelinejs');
	mkdirSync(site, { recursive: true });
	const dist = 'node_modules/@knight-lab/timelinejs/dist';
	cpSync(join(dist, 'js'), join(site, 'js'), { recursive: true });
	cpSync(join(dist, 'css'), join(site, 'css'), { recursive: true });
	const data = join(site, 'story.json');
	execFileSync('node', ['scripts/export.js', '--format', 'timelinejs', '-o', data], { stdio: 'ignore' });
	const story = readFileSync(data, 'utf8').replace(/</g, '\\u003c');
	writeFileSync(
		join(site, 'index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS3: the default story</title>
<link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script>
</head><body style="margin:0"><div id="timeline-embed" style="width:100%;height:100vh"></div>
<script>window.timeline = new TL.Timeline('timeline-embed', ${story});</script>
</body></html>`
	);
	// A static host answers what is not there (the browser's favicon.ico) with its 404 page.
	writeFileSync(join(site, '404.html'), '<!doctype html><title>Not found</title>');
	return site;
}

const median = (values) => {
	const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measure(url, chromePath) {
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox']
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			onlyCategories: ['performance']
		});
		const { audits, categories } = result.lhr;
		const value = (id) => audits[id]?.numericValue ?? null;
		const requests = audits['network-requests']?.details?.items ?? [];
		const scriptBytes = requests
			.filter((item) => item.resourceType === 'Script')
			.reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
		const offOriginUrls = requests
			.map((item) => item.url)
			.filter((address) => new URL(address).origin !== new URL(url).origin);
		return {
			score: categories.performance.score === null ? null : Math.round(categories.performance.score * 100),
			fcpMs: value('first-contentful-paint'),
			lcpMs: value('largest-contentful-paint'),
			tbtMs: value('total-blocking-time'),
			cls: value('cumulative-layout-shift'),
			speedIndexMs: value('speed-index'),
			scriptKb: scriptBytes / 1024,
			scripts: requests
				.filter((item) => item.resourceType === 'Script')
				.map((item) => ({ path: new URL(item.url).pathname.slice(1), kb: (item.transferSize ?? 0) / 1024 })),
			offOrigin: offOriginUrls.length,
			offOriginUrls,
			warnings: result.lhr.runWarnings
		};
	} finally {
		await chrome.kill();
	}
}

const datelineSite = buildDateline();
// What the home page's HTML itself names (module preloads and imports): the second size target.
const namedByHtml = firstViewSize(datelineSite, 'index.html').js;
const dateline = await serveStatic(datelineSite, PORT, '', { gzip: true });
const timelinejs = await serveStatic(buildTimelineJs(), PORT + 1, '', { gzip: true });
const targets = {
	'Dateline, home page': `http://127.0.0.1:${PORT}/`,
	'Dateline, an event page': `http://127.0.0.1:${PORT}/events/muttaqi-executions-jibe`,
	'TimelineJS3, the same story': `http://127.0.0.1:${PORT + 1}/`
};
const chromePath = await findChromium();
const runs = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
for (let run = 0; run < RUNS; run++) {
	for (const [name, url] of Object.entries(targets)) {
		const result = await measure(url, chromePath);
		runs[name].push(result);
		console.log(
			`${name}, run ${run + 1}: score ${result.score}, LCP ${Math.round(result.lcpMs)} ms, TBT ${Math.round(result.tbtMs)} ms, JS ${result.scriptKb.toFixed(1)} KB`
		);
	}
}
dateline.close();
timelinejs.close();

const fields = ['score', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'speedIndexMs', 'scriptKb', 'offOrigin'];
const summary = Object.fromEntries(
	Object.entries(runs).map(([name, results]) => [
		name,
		Object.fromEntries(fields.map((field) => [field, median(results.map((result) => result[field]))]))
	])
);
// The home page's JavaScript, chunk by chunk, with what each holds (see chunkReport in vite.config.ts).
const modules = JSON.parse(readFileSync(CHUNKS, 'utf8'));
const chunks = runs['Dateline, home page'][0].scripts.map(({ path, kb }) => ({
	path,
	kb,
	holds: modules[path] ? holds(modules[path]) : ''
}));
const file = `bench/results/${new Date().toISOString().slice(0, 10)}-phone.json`;
const phone = {
	lighthouse: '12.2.3',
	preset: 'mobile (simulated slow 4G, 4× CPU)',
	runs: RUNS,
	summary,
	namedByHtml,
	chunks,
	raw: runs
};
writeFileSync(file, JSON.stringify(phone, null, 2));
console.log(JSON.stringify(summary, null, 2));
console.log(`Wrote ${file}`);
// BENCHMARKS.md: the desktop runs' latest figures, with this part.
const main = latestResults('main');
if (main) {
	writeFileSync('BENCHMARKS.md', renderMarkdown(main.results, main.file, { file, results: phone }));
	console.log('Wrote BENCHMARKS.md');
}
