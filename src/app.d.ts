// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** PUBLIC_SITE_URL at build time (see vite.config.ts). */
	const __SITE_URL__: string;
	/** Where the client build writes its manifest, read while prerendering (see server/liveCode.ts). */
	const __CLIENT_MANIFEST__: string;

	namespace App {
		interface Error {
			message: string;
			/** Every problem in a story file, one per line, when that is what went wrong. */
			problems?: string[];
		}
	}
}

export {};
