import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

// `TIMELINE_DATA=story.csv npm run dev`: a producer edits the sheet and sees the page
// follow; a broken edit shows its problem with its row, not a blank page.
const PORT = 4184;
const DIR = '.build-dev-import-story';
const SHEET = `${DIR}/story.csv`;

let server: ChildProcess | undefined;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	mkdirSync(DIR, { recursive: true });
	copyFileSync('tests/fixtures/import/sheet.csv', SHEET);
	server = spawn('npx', ['vite', 'dev', '--port', String(PORT), '--strictPort'], {
		env: { ...process.env, TIMELINE_DATA: SHEET, BUILD_DIR: '.build-dev-import' },
		stdio: 'ignore',
		detached: true
	});
	await expect
		.poll(
			async () => {
				try {
					return (await fetch(`http://127.0.0.1:${PORT}/`)).status;
				} catch {
					return 0;
				}
			},
			{ timeout: 100_000, intervals: [500] }
		)
		.toBe(200);
});

test.afterAll(() => {
	if (server?.pid) process.kill(-server.pid);
});

test('in development a sheet is the story: an edited cell shows at once, a broken one says its row', async ({
	page
}) => {
	test.setTimeout(90_000);
	// Vite tells a page to reload over its websocket: a change made before the page
	// just reloaded has connected again is never heard of (this failed once in CI).
	// Each page says "[vite] connected." once it listens.
	let connections = 0;
	page.on('console', (message) => {
		if (message.text().includes('[vite] connected')) connections++;
	});
	const listening = (count: number) =>
		expect.poll(() => connections, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
	await page.goto(`http://127.0.0.1:${PORT}/`);
	await listening(1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Water on the Helmand');
	const cards = page.getByRole('region', { name: 'Events' });
	await expect(cards.getByRole('heading', { name: 'The Taliban take Kabul' })).toBeVisible();

	const original = readFileSync(SHEET, 'utf8');
	writeFileSync(SHEET, original.replace('The Taliban take Kabul', 'Kabul falls to the Taliban'));
	await expect(cards.getByRole('heading', { name: 'Kabul falls to the Taliban' })).toBeVisible({
		timeout: 30_000
	});
	await listening(2);

	writeFileSync(SHEET, original.replace('2021,8,15', '2021,13,15'));
	await expect(page.getByText('row 4, Month: "13" is not a month (1 to 12)')).toBeVisible({
		timeout: 30_000
	});
	await listening(3);

	writeFileSync(SHEET, original);
	await expect(cards.getByRole('heading', { name: 'The Taliban take Kabul' })).toBeVisible({
		timeout: 30_000
	});
});
