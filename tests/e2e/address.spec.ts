import { expect, test, type Page } from '@playwright/test';
import { DAY, settled, timelineReady } from './helpers';

/**
 * The address contract, as a table: what an address opens on (the window, the
 * selected event, the filters), and what each action does to the address and to
 * the history. Entry: the window, the filters and the selection are read from the
 * address once; after that, zooming, panning and filtering rewrite it in place
 * (no history entry), while selecting an event is a navigation (one entry each).
 */

interface Opened {
	window: 'whole story' | { from: string; to: string } | { contains: string };
	selected: string | null;
	actor: string;
	query: string;
}

const ENTRIES: [string, Opened][] = [
	['/', { window: 'whole story', selected: null, actor: '', query: '' }],
	[
		'/?from=2022-01-01&to=2022-06-30',
		{ window: { from: '2022-01-01', to: '2022-07-01' }, selected: null, actor: '', query: '' }
	],
	['/?actor=qomi', { window: 'whole story', selected: null, actor: 'qomi', query: '' }],
	['/?q=embassy', { window: 'whole story', selected: null, actor: '', query: 'embassy' }],
	[
		'/?actor=nobody-known&q=%3Cscript%3E',
		{ window: 'whole story', selected: null, actor: '', query: '<script>' }
	],
	['/?from=not-a-date&to=2022-06-30', { window: 'whole story', selected: null, actor: '', query: '' }],
	[
		'/events/muttaqi-executions-jibe',
		{ window: { contains: '2023-08-30' }, selected: 'muttaqi-executions-jibe', actor: '', query: '' }
	],
	[
		'/events/qomi-meets-baradar?from=2023-06-01&to=2023-12-31&actor=qomi',
		{
			window: { from: '2023-06-01', to: '2024-01-01' },
			selected: 'qomi-meets-baradar',
			actor: 'qomi',
			query: ''
		}
	],
	// A window that leaves the selected event out is moved to bring it into view.
	[
		'/events/qomi-meets-baradar?from=2021-01-01&to=2021-12-31',
		{ window: { contains: '2023-09-02' }, selected: 'qomi-meets-baradar', actor: '', query: '' }
	]
];

async function opened(page: Page) {
	const view = await settled(page);
	const selected = await page
		.locator('article[aria-current="true"]')
		.getAttribute('data-id', { timeout: 1_000 })
		.catch(() => null);
	return {
		view,
		selected,
		actor: await page.getByLabel('Who').inputValue(),
		query: await page.getByRole('searchbox').inputValue()
	};
}

let wholeStory: { from: number; to: number };

test.beforeAll(async ({ browser }) => {
	const page = await browser.newPage();
	await page.goto('/');
	await timelineReady(page);
	wholeStory = await settled(page);
	await page.close();
});

for (const [address, expected] of ENTRIES) {
	test(`entering at ${address} opens on its window, selection and filters @zone`, async ({ page }) => {
		await page.goto(address);
		await timelineReady(page);
		const found = await opened(page);
		expect(found.selected).toBe(expected.selected);
		expect(found.actor).toBe(expected.actor);
		expect(found.query).toBe(expected.query);
		const { window } = expected;
		if (window === 'whole story') {
			expect(found.view.from).toBe(wholeStory.from);
			expect(found.view.to).toBe(wholeStory.to);
		} else if ('contains' in window) {
			const at = Date.parse(window.contains);
			expect(found.view.from).toBeLessThan(at);
			expect(found.view.to).toBeGreaterThan(at);
		} else {
			expect(Math.abs(found.view.from - Date.parse(window.from))).toBeLessThan(DAY);
			expect(Math.abs(found.view.to - Date.parse(window.to))).toBeLessThan(DAY);
		}
	});
}

type Action = [name: string, act: (page: Page) => Promise<unknown>, address: RegExp, historyChange: number];

const ACTIONS: Action[] = [
	[
		'zooming in rewrites the window in place',
		(page) => page.getByRole('button', { name: 'Zoom in', exact: true }).click(),
		/^\/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/,
		0
	],
	[
		'choosing who rewrites the filter in place',
		(page) => page.getByLabel('Who').selectOption('qomi'),
		/^\/\?actor=qomi$/,
		0
	],
	[
		'searching rewrites the filter in place',
		(page) => page.getByRole('searchbox').fill('embassy'),
		/^\/\?q=embassy$/,
		0
	],
	[
		// The address once written is written back: page.url did not follow replaceState.
		'searching, then clearing the search, leaves the address as it was',
		async (page) => {
			await page.getByRole('searchbox').fill('embassy');
			await expect(page).toHaveURL(/\?q=embassy$/);
			await page.getByRole('searchbox').fill('');
		},
		/^\/$/,
		0
	],
	[
		'choosing the spacing true to scale rewrites the address in place',
		(page) => page.getByRole('button', { name: 'True to scale' }).click(),
		/^\/\?scale=true-to-time$/,
		0
	],
	[
		'selecting an event is a navigation to its page',
		(page) => page.getByRole('button', { name: /^The Taliban take Kabul/ }).click(),
		/^\/events\/taliban-take-kabul$/,
		1
	],
	[
		'the next event is a navigation to its page',
		(page) => page.getByRole('button', { name: 'Next event' }).click(),
		/^\/events\/[a-z0-9-]+$/,
		1
	]
];

for (const [name, act, address, historyChange] of ACTIONS) {
	test(`from the home page, ${name}`, async ({ page }) => {
		await page.goto('/');
		await timelineReady(page);
		const before = await page.evaluate(() => history.length);
		await act(page);
		await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toMatch(address);
		await settled(page);
		expect(await page.evaluate(() => history.length)).toBe(before + historyChange);
	});
}

test('Back and Forward move between selections; Escape goes back to the whole story, keeping the view', async ({
	page
}) => {
	await page.goto('/?from=2021-06-01&to=2022-06-01');
	await timelineReady(page);
	await page.getByRole('button', { name: /^The Taliban take Kabul/ }).click();
	await expect(page).toHaveURL(/\/events\/taliban-take-kabul\?from=2021-06-01&to=2022-06-01$/);
	await settled(page);
	await page.goBack();
	await expect(page).toHaveURL(/\/\?from=2021-06-01&to=2022-06-01$/);
	await expect(page.locator('article[aria-current="true"]')).toHaveCount(0);
	await page.goForward();
	await expect(page.locator('article[aria-current="true"]')).toHaveAttribute('data-id', 'taliban-take-kabul');
	const length = await page.evaluate(() => history.length);
	await settled(page);
	await page.keyboard.press('Escape');
	await expect.poll(() => new URL(page.url()).pathname).toBe('/');
	expect(await page.evaluate(() => history.length)).toBe(length + 1);
	await expect(page.locator('article[aria-current="true"]')).toHaveCount(0);
});

test('a shared window stays in the address while the timeline’s code is still on its way', async ({
	page
}) => {
	// Hold back every script asked for after the page has loaded (the live timeline's
	// code among them) until the address has had time to be rewritten (350 ms).
	let loaded = false;
	page.on('load', () => (loaded = true));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		if (loaded) await new Promise((resolve) => setTimeout(resolve, 1_000));
		await route.continue();
	});
	await page.goto('/?from=2021-06-01&to=2022-06-01');
	await expect(page.getByRole('search', { name: 'Filter events' })).toBeVisible();
	// Before the timeline is live, and after: the window the link named is kept.
	await expect.poll(() => page.evaluate(() => document.querySelector('[data-from]') === null)).toBe(true);
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
	expect(new URL(page.url()).search).toBe('?from=2021-06-01&to=2022-06-01');
	await timelineReady(page);
	await settled(page);
	expect(new URL(page.url()).search).toBe('?from=2021-06-01&to=2022-06-01');
});
