import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { generateStory } from '../../bench/generate.js';
import { serveStatic } from '../../scripts/serve-static.js';
import { openAt, openClusterList, SCREENSHOT_OPTIONS, settled, timelineReady } from './helpers';

/**
 * Where the live timeline puts every mark, bar and badge, golden: taken from the
 * timeline as it was before its placement was shared with the build's sketch, so
 * that any change in what a reader sees after "All", each period button or an
 * event page's first view shows here. A changed golden is a changed page: look
 * at it before accepting it (`npx playwright test goldens --update-snapshots`).
 */
async function placements(page: Page): Promise<string> {
	await settled(page);
	return page.getByRole('group', { name: /^Timeline view/ }).evaluate((view) => {
		const px = (value: string) =>
			value.replace(/-?\d+(\.\d+)?(?=px)/g, (n) => String(Math.round(+n * 100) / 100));
		const lines = [`window ${view.getAttribute('data-from')} ${view.getAttribute('data-to')}`];
		for (const mark of view.querySelectorAll<HTMLElement>('[data-testid="mark"]')) {
			const flipped = 'flipped' in mark.dataset ? ' flipped' : '';
			lines.push(
				`mark ${mark.dataset.id} ${px(mark.style.transform)} max ${px(mark.style.maxWidth)}${flipped}`
			);
		}
		for (const badge of view.querySelectorAll<HTMLElement>('[data-testid="badge"]')) {
			lines.push(
				`badge ${px(badge.style.transform)} ${badge.textContent} "${badge.getAttribute('aria-label')}"`
			);
		}
		return lines.join('\n');
	});
}

async function presetLabels(page: Page) {
	return page.getByRole('group', { name: 'Jump to a period' }).getByRole('button').allTextContents();
}

async function everyView(page: Page, home: string, eventPath: string) {
	await page.goto(home);
	await timelineReady(page);
	const views = [`All\n${await placements(page)}`];
	for (const label of await presetLabels(page)) {
		await page.getByRole('group', { name: 'Jump to a period' }).getByRole('button', { name: label }).click();
		views.push(`${label}\n${await placements(page)}`);
	}
	await page.goto(eventPath);
	await timelineReady(page);
	views.push(`${new URL(eventPath, page.url()).pathname}\n${await placements(page)}`);
	return views.join('\n\n');
}

test('the default story’s marks and badges land where they always have @phone @zone', async ({ page }) => {
	expect(await everyView(page, '/', '/events/muttaqi-executions-jibe')).toMatchSnapshot('default-story.txt');
});

test.describe('a generated story of 1,000 events', () => {
	// One worker for both tests, in order: its beforeAll builds the story into one
	// directory per project, and two workers building into it at once broke the build.
	test.describe.configure({ mode: 'default' });
	let server: Server;
	let origin = '';
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook asks for from this pattern.
	test.beforeAll(async ({}, testInfo) => {
		test.setTimeout(180_000);
		// One build per project: the desktop and phone runs may build at the same time.
		const project = testInfo.project.name;
		const dir = `.build-golden-1k-${project}`;
		mkdirSync(`${dir}-story`, { recursive: true });
		writeFileSync(`${dir}-story/story.json`, JSON.stringify(generateStory(1_000, 1)));
		execFileSync('npx', ['vite', 'build'], {
			env: { ...process.env, TIMELINE_DATA: `${dir}-story/story.json`, BUILD_DIR: dir },
			stdio: 'ignore'
		});
		expect(existsSync(`${dir}/index.html`)).toBe(true);
		// Beside the preview server's port, one a project, so that two suites can run side by side.
		const projects = ['desktop', 'phone', 'far-zone'];
		const port = Number(process.env.PREVIEW_PORT ?? 4173) + 20 + projects.indexOf(project);
		server = await serveStatic(dir, port);
		origin = `http://127.0.0.1:${port}`;
	});
	test.afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

	test('its marks and badges land where they always have @phone @zone', async ({ page }) => {
		test.setTimeout(120_000);
		expect(await everyView(page, `${origin}/`, `${origin}/events/event-500`)).toMatchSnapshot(
			'1000-events.txt'
		);
	});

	// The default story's events never outnumber the lanes where zooming cannot part
	// them (see lanesFor): a list of merged events is a large story's, so it is here,
	// in December 2008, when nine events are known only to the month.
	test('an open list of merged events reads as a group of its events, and looks as it did @phone', async ({
		page
	}) => {
		await openAt(page, `${origin}/?from=2008-12-01&to=2008-12-31`);
		const list = await openClusterList(page);
		expect(await list.ariaSnapshot()).toMatchSnapshot('cluster-list.aria.yml');
		await expect(page).toHaveScreenshot('cluster-list.png', SCREENSHOT_OPTIONS);
	});
});
