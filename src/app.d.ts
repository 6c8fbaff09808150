// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Every problem in a story file, one per line, when that is what went wrong. */
			problems?: string[];
		}
	}
}

export {};
