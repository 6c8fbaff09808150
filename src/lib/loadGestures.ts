import type * as GesturesModule from './gestures.ts';

export type Gestures = typeof GesturesModule;

let loading: Promise<Gestures> | undefined;

/**
 * The timeline draws without its gesture code, so the page fetches that after the
 * first view rather than before it (about a quarter of the page's script). Until
 * it arrives, the buttons and keys still move the view, without animation. One
 * import for the whole page, however many components ask.
 */
export function loadGestures(): Promise<Gestures> {
	loading ??= import('./gestures.ts');
	return loading;
}
