import { existsSync, readFileSync } from 'node:fs';

/**
 * The live timeline's code, as `loadGestures` imports it (timeline/loadGestures.ts):
 * its key in the client build's manifest.
 */
export const LIVE_CODE_ENTRY = 'src/lib/timeline/gestures.svelte.ts';

/** What the client build's manifest (`.vite/manifest.json`) says of one chunk. */
interface ManifestChunk {
	file: string;
	imports?: string[];
	css?: string[];
}

export type ClientManifest = Record<string, ManifestChunk>;

/** The live timeline's code: its chunk and every chunk it imports, each with the stylesheets it brings. */
export type LiveCode = { module: string; styles: string[] }[];

/**
 * The live timeline's chunks, each address prefixed with `prefix` (the site's base
 * path and a slash). Stops the build where the manifest has no such entry: the
 * module was moved, and the pages would lose their early fetch without a word.
 */
export function liveCodeOf(manifest: ClientManifest, prefix: string): LiveCode {
	const entry = manifest[LIVE_CODE_ENTRY];
	if (!entry) {
		throw new Error(
			`The client build has no ${LIVE_CODE_ENTRY}: the live timeline's code moved (update src/lib/server/liveCode.ts).`
		);
	}
	const chunks = new Map<string, string[]>();
	const visit = (chunk: ManifestChunk) => {
		if (chunks.has(chunk.file)) return;
		chunks.set(chunk.file, chunk.css ?? []);
		for (const key of chunk.imports ?? []) if (manifest[key]) visit(manifest[key]);
	};
	visit(entry);
	return [...chunks].map(([file, styles]) => ({
		module: prefix + file,
		styles: styles.map((style) => prefix + style)
	}));
}

let built: LiveCode | undefined;

/**
 * The live timeline's files in this build, read from the client build's manifest
 * (SvelteKit builds the client before it prerenders). Only while prerendering.
 */
export function builtLiveCode(base: string): LiveCode {
	if (!existsSync(__CLIENT_MANIFEST__)) {
		throw new Error(`The client build's manifest is not at ${__CLIENT_MANIFEST__} (see vite.config.ts).`);
	}
	built ??= liveCodeOf(JSON.parse(readFileSync(__CLIENT_MANIFEST__, 'utf8')), `${base}/`);
	return built;
}
