import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-static.js';
import { cards, collectErrors, marks, settled, story, timelineReady } from './helpers';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

test('every built page carries a strict Content-Security-Policy', () => {
	const pages = htmlFiles('build');
	expect(pages.length).toBeGreaterThan(story.events.length);
	for (const page of pages) {
		const html = readFileSync(page, 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(policy, page).toBeTruthy();
		const scriptSrc = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
		expect(scriptSrc, page).not.toContain('unsafe-inline');
		expect(scriptSrc, page).not.toContain('unsafe-eval');
		expect(policy, page).toContain("default-src 'self'");
		expect(policy, page).toContain("object-src 'none'");
		// Every inline script has its hash in the policy.
		for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
			expect(body.length, page).toBeGreaterThan(0);
		}
		expect(scriptSrc.match(/'sha256-/g)?.length ?? 0, page).toBeGreaterThanOrEqual(
			[...html.matchAll(/<script>/g)].length
		);
	}
});

test('an inline script that the policy does not list is blocked', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	const outcome = await page.evaluate(
		() =>
			new Promise<{ ran: boolean; violation: string | null }>((done) => {
				let violation: string | null = null;
				document.addEventListener(
					'securitypolicyviolation',
					(event) => (violation = event.violatedDirective)
				);
				const script = document.createElement('script');
				script.textContent = 'window.__injected = true';
				document.body.append(script);
				setTimeout(
					() => done({ ran: (window as { __injected?: boolean }).__injected === true, violation }),
					100
				);
			})
	);
	expect(outcome.ran).toBe(false);
	expect(outcome.violation).toMatch(/^script-src/);
});

test('source links are http(s) only and open without an opener', async ({ page }) => {
	await page.goto('/');
	const external = page.locator('a[target="_blank"]').or(cards(page).getByRole('list').getByRole('link'));
	expect(await external.count()).toBeGreaterThan(10);
	for (const link of await external.all()) {
		expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
		expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
	}
});

test('the site asks nothing of any other origin during a full walkthrough', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	const errors = collectErrors(page);
	await page.goto('/');
	await timelineReady(page);
	await page.getByRole('button', { name: '2022', exact: true }).click();
	await settled(page);
	await marks(page).first().click();
	await page.getByRole('button', { name: 'Next event' }).click();
	await page.getByLabel('Search').fill('Qomi');
	await page.getByLabel('Who').selectOption('qomi');
	await page.getByTestId('in-source').first().click();
	await expect(page.locator('mark:target')).toBeVisible();
	await page.goBack();
	await timelineReady(page);
	await page.goto('/events/no-such-event');
	await page.goto('/og/qomi-meets-baradar.png');
	expect(requests.length).toBeGreaterThan(10);
	const origin = new URL(baseURL!).origin;
	for (const url of requests) expect(new URL(url).origin).toBe(origin);
	expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
});

test.describe('a story full of markup', () => {
	let server: Server;
	test.beforeAll(async () => {
		test.setTimeout(180_000);
		execFileSync('npx', ['vite', 'build'], {
			env: {
				...process.env,
				TIMELINE_DATA: 'tests/fixtures/hostile-story.json',
				BUILD_DIR: '.build-hostile'
			},
			stdio: 'ignore'
		});
		server = await serveStatic('.build-hostile', 4182);
	});
	test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

	test('shows its markup as text and runs none of it', async ({ page }) => {
		const errors = collectErrors(page);
		for (const path of ['/', '/events/markup-in-fields', '/events/second']) {
			await page.goto(`http://127.0.0.1:4182${path}`);
			await timelineReady(page);
			await cards(page).first().hover();
			await page.getByRole('button', { name: '2022', exact: true }).click();
			await settled(page);
			await marks(page).first().hover();
		}
		expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
		await expect(page.locator('img[src="x"], svg[onload], b[onmouseover]')).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=');
		await expect(page.locator('#event-markup-in-fields blockquote')).toHaveText(
			"<script>window.__pwned='quote'</script>"
		);
		await expect(page.locator('#event-second').getByRole('heading')).toHaveText(
			"{@html '<i>not html</i>'} ${'template'}"
		);
		expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
	});
});
