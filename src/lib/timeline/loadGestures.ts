import type * as GesturesModule from './gestures.svelte.ts';

export type Gestures = typeof GesturesModule;

let loading: Promise<Gestures> | undefined;
let loaded = false;

/**
 * The page's first view is its HTML: the cards, and the build's sketch of the
 * timeline (see layout/sketch.ts). So the code that draws the live timeline and
 * moves it (about 40% of the page's script) is fetched only when the reader
 * reaches for it (see TimelineView.wake); the sketch stands in until then. One
 * import for the whole page, however many components ask.
 */
export function loadGestures(): Promise<Gestures> {
	loading ??= import('./gestures.svelte.ts').then((gestures) => {
		loaded = true;
		return gestures;
	});
	return loading;
}

/** The code has come already (the reader has been on another page of the story): a new page uses it at once. */
export function gesturesLoaded(): boolean {
	return loaded;
}
