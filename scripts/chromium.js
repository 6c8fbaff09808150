// Finds the Chromium the browser tests drive: CHROMIUM_PATH, else Debian's
// /usr/bin/chromium, else a browser Playwright has already downloaded.
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @returns {Promise<string | undefined>} */
export async function findChromium() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	try {
		const { chromium } = await import('@playwright/test');
		const bundled = chromium.executablePath();
		if (bundled && existsSync(bundled)) return bundled;
	} catch {
		// No Playwright browser downloaded: fall through.
	}
	return undefined;
}

/**
 * Flags for a headless Chromium on a machine with no outside network: without the
 * background-networking ones it keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];
