// Stands in for Vite's `\0vite/preload-helper.js` (see `preloadHelper` in vite.config.ts):
// the module every dynamic import is wrapped in, which fetches what the imported chunk
// needs alongside it. Vite's own is 0.8 KB gzipped, in the first view's script, for CSP
// nonces, error events and browsers without modulepreload that this site does not
// have; this one is 0.3 KB.
// A stylesheet must have loaded before the code that relies on it runs; a module is only
// asked for early.

/** @type {Record<string, Promise<unknown> | undefined>} */
const requested = {};

/**
 * @param {string} href
 * @param {boolean} isStyle
 */
const linked = (href, isStyle) =>
	[...document.querySelectorAll('link')].some(
		(link) => link.href === href && (!isStyle || link.rel === 'stylesheet')
	);

/**
 * @param {string} href
 * @param {boolean} isStyle
 */
const request = (href, isStyle) =>
	new Promise((resolve, reject) => {
		const link = document.head.appendChild(document.createElement('link'));
		link.rel = isStyle ? 'stylesheet' : 'modulepreload';
		link.href = href;
		if (!isStyle) resolve(undefined);
		link.onload = resolve;
		link.onerror = () => reject(new Error(`Unable to preload ${href}`));
	});

/**
 * @template T
 * @param {() => Promise<T>} load the dynamic import itself
 * @param {string[] | undefined} dependencies the chunk, its static imports and its stylesheets
 * @param {string} importerUrl the importing chunk's URL, which the dependencies are relative to
 */
export const __vitePreload = (load, dependencies, importerUrl) =>
	Promise.all(
		(dependencies ?? []).map((dependency) => {
			const href = new URL(dependency, importerUrl).href;
			const isStyle = href.endsWith('.css');
			if (!(href in requested)) requested[href] = linked(href, isStyle) ? undefined : request(href, isStyle);
			return requested[href];
		})
	).then(load);
