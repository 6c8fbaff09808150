import type * as GesturesModule from './gestures.svelte.ts';

export type Gestures = typeof GesturesModule;

let loading: Promise<Gestures> | undefined;

/**
 * The page's first view is its HTML: the cards, and the build's sketch of the
 * timeline (see layout/sketch.ts). So the code that draws the live timeline and
 * moves it (about 40% of the page's script) is fetched after the first view
 * rather than before it; the sketch stands in until it arrives. One import for
 * the whole page, however many components ask.
 */
export function loadGestures(): Promise<Gestures> {
	loading ??= import('./gestures.svelte.ts');
	return loading;
}
