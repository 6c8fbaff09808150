import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

const executablePath = await findChromium();
// Another port lets a second suite run beside one already serving on 4173.
const PORT = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: { executablePath, args: CHROMIUM_ARGS },
		trace: 'off'
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
			// Touch gestures need a touch screen: the phone project runs them.
			grepInvert: /@touch/
		},
		{
			// Local midnight is not UTC midnight here (UTC+14): dates, the axis and the
			// address must not move with the reader's zone.
			name: 'far-zone',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 800 },
				timezoneId: 'Pacific/Kiritimati'
			},
			grep: /@zone/,
			// Held to the desktop goldens: the same page, whatever the zone.
			snapshotPathTemplate:
				'{snapshotDir}/{testFileDir}/{testFileName}-snapshots/{arg}-desktop{-snapshotSuffix}{ext}'
		},
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } },
			grep: /@phone|@touch/
		}
	],
	webServer: {
		command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000,
		stdout: 'ignore',
		// vite preview logs every 404, and the fuzz test asks for hundreds on purpose.
		stderr: 'ignore'
	}
});
