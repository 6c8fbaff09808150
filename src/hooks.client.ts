import type { HandleClientError } from '@sveltejs/kit';

/**
 * A page that is not there is for the 404 page to explain (see +error.svelte and
 * hooks.ts), not an error to log; anything else is logged as SvelteKit would.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
