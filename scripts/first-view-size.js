#!/usr/bin/env node
// What a reader's browser downloads for the first view of a built page: the
// JavaScript modules the page names (to preload or import), its stylesheets, and the HTML.
// `node scripts/first-view-size.js [BUILD_DIR] [PAGE]` prints it; the size budget
// test and the benchmark use `firstViewSize`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The modules a page's HTML names to load by itself: preloaded, imported, or, since
 * the start script waits for the first paint (src/lib/server/paintFirst.ts), listed by
 * it as quoted paths. Not the live timeline's, which that script lists too, as
 * `["modulepreload","…"]` pairs, to ask for at the reader's first reach.
 * @param {string} html
 */
const namedModules = (html) =>
	[
		...html.replace(/\["modulepreload","[^"]+"\]/g, '').matchAll(/"([^"]*\/_app\/immutable\/[^"]+\.js)"/g)
	].map((m) => m[1]);

/**
 * @param {string} dir the built site
 * @param {string} page an HTML file inside it
 */
export function firstViewSize(dir = 'build', page = 'index.html') {
	const html = readFileSync(join(dir, page), 'utf8');
	const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => ({
		rel: /\brel="([^"]+)"/.exec(m[0])?.[1],
		href: /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? ''
	}));
	const js = new Set(links.filter((link) => link.rel === 'modulepreload').map((link) => link.href));
	for (const href of namedModules(html)) js.add(href);
	const appFile = [...js, ...links.map((link) => link.href)].find((href) => href.includes('/_app/'));
	const base = /^(.*?)\/_app\//.exec(appFile ?? '')?.[1] ?? '';
	const local = (/** @type {string} */ href) => join(dir, href.slice(base.length));
	const css = new Set(links.filter((link) => link.rel === 'stylesheet').map((link) => link.href));
	const measure = (/** @type {Set<string>} */ files) => {
		let raw = 0;
		let gzip = 0;
		for (const href of files) {
			const bytes = readFileSync(local(href));
			raw += bytes.length;
			gzip += gzipSync(bytes, { level: 9 }).length;
		}
		return { files: files.size, raw, gzip };
	};
	const htmlBytes = Buffer.from(html);
	return {
		js: measure(js),
		css: measure(css),
		html: { raw: htmlBytes.length, gzip: gzipSync(htmlBytes, { level: 9 }).length }
	};
}

/**
 * The modules that the first view's scripts import but the page does not name, so that
 * the browser finds them only once the module importing them has come: a round trip
 * more before the page wakes, on a phone's network. SvelteKit lists a route's modules
 * from Vite's manifest; a chunk it first meets as a dependency of a dynamic import (the
 * live timeline's) it then skips when the route imports it statically too.
 * @param {string} dir the built site
 * @param {string} page an HTML file inside it
 * @returns {string[]} each as `importer → imported`
 */
export function unnamedImports(dir = 'build', page = 'index.html') {
	const html = readFileSync(join(dir, page), 'utf8');
	const named = new Set(namedModules(html));
	const missing = [];
	for (const href of named) {
		const file = join(dir, href.replace(/^.*?\/_app\//, '_app/'));
		const code = readFileSync(file, 'utf8');
		// Static imports only (`import{…}from"./x.js"`, `import"./x.js"`); `import("./x.js")` waits for the reader.
		for (const m of code.matchAll(/\bimport\s*(?:[\w$*{][^"'()]*?from\s*)?["']([^"']+\.js)["']/g)) {
			const imported = new URL(m[1], `http://site${href}`).pathname;
			if (!named.has(imported)) missing.push(`${href} → ${imported}`);
		}
	}
	return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'build', page = 'index.html'] = process.argv.slice(2);
	console.log(JSON.stringify(firstViewSize(dir, page), null, 2));
}
