import { base } from '$app/paths';

/**
 * The site's public address, for absolute links in share buttons and link
 * previews: `PUBLIC_SITE_URL` at build time. Without it, links point at the local
 * preview server (`npm run preview`), and the build says so.
 */
export const SITE_URL = (__SITE_URL__ || 'http://localhost:4173').replace(/\/+$/, '');

/** An absolute URL for a path inside the site, base path included. */
export function absoluteUrl(path: string): string {
	return `${SITE_URL}${base}${path}`;
}
