#!/usr/bin/env node
// Screenshots of the built site at desktop and phone sizes, for a person to look at:
// `node scripts/screenshot.js [path…]` with `npm run preview` running on port 4173.
// Writes test-results/screenshots/<name>-<size>.png. An embed's path (`/embed…`) is
// shown as readers meet it: framed in an article served from another origin, with
// /embed.js sizing the frame, the whole host page in the picture.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/');
const origin = process.env.ORIGIN ?? 'http://127.0.0.1:4173';
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });

/** A plain article around the embed, as a newsroom's CMS would serve it. */
const article = (/** @type {string} */ path) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>An article</title><style>
body { max-width: 720px; margin: 2rem auto; padding: 0 1rem; font: 18px/1.6 Georgia, serif; background: #fafafa; color: #222 }
iframe { display: block; margin: 1.5rem 0 }</style></head><body>
<h1>An article about Iran and the Taliban</h1>
<p>Iran and the Taliban have had an uneasy relationship since August 2021. The timeline below follows it.</p>
<iframe src="${origin}${path}" title="Timeline" width="100%" height="650" style="width:100%;border:0" loading="lazy"></iframe>
<script src="${origin}/embed.js" async></script>
<p>The article goes on after the timeline.</p></body></html>`;
const host = createServer((request, response) => {
	response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	response.end(article(new URL(request.url ?? '/', 'http://host').searchParams.get('embed') ?? '/embed'));
});
await new Promise((done) => host.listen(0, '127.0.0.1', () => done(undefined)));
const hostOrigin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (host.address()).port}`;

const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
for (const [size, viewport] of Object.entries(sizes)) {
	const page = await browser.newPage({
		viewport,
		deviceScaleFactor: 1,
		colorScheme: process.env.SCHEME ?? 'light'
	});
	for (const path of paths) {
		const embed = path.startsWith('/embed');
		await page.goto(embed ? `${hostOrigin}/?embed=${encodeURIComponent(path)}` : origin + path);
		// An embed's frame loads, draws its timeline and then says its height.
		await page.waitForTimeout(embed ? 2000 : Number(process.env.WAIT ?? 300));
		const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
		const full = embed || !!process.env.FULL;
		const file = `${out}/${name}-${size}${full ? '-full' : ''}.png`;
		await page.screenshot({ path: file, fullPage: full });
		console.log(file);
	}
	await page.close();
}
await browser.close();
host.close();
