#!/usr/bin/env node
// Serves a built site the way a static host does: `/events/x` finds `events/x.html`,
// anything missing gets `404.html` with status 404. Used by the base-path test and
// the benchmark. `node scripts/serve-static.js DIR PORT [BASE]`, on 127.0.0.1 only.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

/** Text types a real host compresses. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/**
 * @param {string} dir
 * @param {number} port
 * @param {string} [base]
 * @param {{ gzip?: boolean }} [options] gzip text when the browser accepts it, as a real host does (the phone benchmark)
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic(dir, port, base = '', options = {}) {
	const root = resolve(dir);
	const server = createServer((request, response) => {
		let path;
		try {
			path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		} catch {
			path = '/';
		}
		/** @param {string} file @param {number} [status] */
		const send = (file, status = 200) => {
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const gzip =
				options.gzip &&
				COMPRESSIBLE.has(extname(file)) &&
				/\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
			response.writeHead(
				status,
				gzip ? { 'content-type': type, 'content-encoding': 'gzip' } : { 'content-type': type }
			);
			const body = createReadStream(file);
			if (gzip) body.pipe(createGzip({ level: 9 })).pipe(response);
			else body.pipe(response);
		};
		const notFound = () => send(join(root, '404.html'), 404);
		if (base && path !== base && !path.startsWith(`${base}/`)) return notFound();
		const relative = normalize(path.slice(base.length) || '/');
		if (relative.includes('..')) return notFound();
		const candidates = relative.endsWith('/')
			? [join(root, relative, 'index.html')]
			: [join(root, relative), `${join(root, relative)}.html`, join(root, relative, 'index.html')];
		const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
		return file ? send(file) : notFound();
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'build', port = '4180', base = ''] = process.argv.slice(2);
	await serveStatic(dir, Number(port), base);
	console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}/`);
}
