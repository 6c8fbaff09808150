#!/usr/bin/env node
// Screenshots of the built site at desktop and phone sizes, for a person to look at:
// `node scripts/screenshot.js [path…]` with `npm run preview` running on port 4173.
// Writes test-results/screenshots/<name>-<size>.png.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/');
const origin = process.env.ORIGIN ?? 'http://127.0.0.1:4173';
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
for (const [size, viewport] of Object.entries(sizes)) {
	const page = await browser.newPage({
		viewport,
		deviceScaleFactor: 1,
		colorScheme: process.env.SCHEME ?? 'light'
	});
	for (const path of paths) {
		await page.goto(origin + path);
		await page.waitForTimeout(300);
		const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
		const file = `${out}/${name}-${size}${process.env.FULL ? '-full' : ''}.png`;
		await page.screenshot({ path: file, fullPage: !!process.env.FULL });
		console.log(file);
	}
	await page.close();
}
await browser.close();
