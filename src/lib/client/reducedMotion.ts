/**
 * The reader asks for less motion, read at the moment a move starts. Svelte's
 * `prefersReducedMotion` would say the same, but it brings `svelte/motion` and a
 * reactive media query into the first view's script for two reads that need no
 * reactivity (#21).
 */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
