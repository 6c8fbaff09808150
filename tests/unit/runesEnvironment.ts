import type { Environment } from 'vitest/environments';

/**
 * Node, with modules compiled as for the browser: Svelte's runes then run as
 * they do in the page ($effect.root runs its effects, $derived updates), which
 * the state classes' tests need, without a DOM library. The little of `window`
 * they reach (prefers-reduced-motion) answers as a browser with no preference.
 */
export default {
	name: 'runes',
	viteEnvironment: 'client',
	setup(global) {
		const media = { matches: false, addEventListener() {}, removeEventListener() {} };
		global.window = global;
		global.matchMedia = () => media;
		return { teardown() {} };
	}
} satisfies Environment;
