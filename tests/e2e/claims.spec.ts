import { expect, test } from '@playwright/test';
import { marks, settled, timelineReady } from './helpers';

const REPORTED = 'Reported by the article, unconfirmed';

for (const id of ['khamenei-new-reality', 'qomi-meets-muttaqi']) {
	test(`a reported event says so on its card, its page title and its link preview: ${id} @phone`, async ({
		page
	}) => {
		await page.goto(`/events/${id}`);
		await timelineReady(page);
		const card = page.locator(`#event-${id}`);
		await expect(card.getByText(REPORTED, { exact: true })).toBeVisible();
		await expect(page).toHaveTitle(new RegExp(`^${REPORTED}: `));
		for (const property of ['og:title', 'og:description', 'og:image:alt']) {
			await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute(
				'content',
				new RegExp(REPORTED)
			);
		}
		await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute(
			'content',
			new RegExp(`^${REPORTED}: `)
		);
	});
}

test('a quote the article renders in its own words says so under it, and a confirmed event carries no label', async ({
	page
}) => {
	await page.goto('/events/muttaqi-executions-jibe');
	await timelineReady(page);
	const card = page.locator('#event-muttaqi-executions-jibe');
	await expect(card.getByText('As the article reports it; not found in another source')).toHaveCount(2);
	await expect(card.getByText(REPORTED)).toHaveCount(0);
	await expect(page).toHaveTitle(/^Muttaqi: your executions/);
	const translated = page.locator('#event-qomi-calls-resistance-front-us-project');
	await expect(translated.getByText('Translated', { exact: true })).toBeVisible();
	// Captioned with his role when he said it, not the later one.
	await expect(translated.locator('figcaption')).toContainText(
		'Hassan Kazemi Qomi, then the Iranian president’s special envoy for Afghanistan'
	);
});

test('the marks of reported events are named with their label', async ({ page }) => {
	// August 2021 holds the takeover and, reported only by the article, Khamenei's welcome.
	await page.goto('/?from=2021-08-01&to=2021-09-30');
	await timelineReady(page);
	await settled(page);
	const names = await marks(page).evaluateAll((elements) =>
		elements.map((mark) => mark.getAttribute('aria-label') ?? '')
	);
	const reported = names.filter((name) => name.includes(`(${REPORTED})`));
	expect(reported.length).toBeGreaterThan(0);
	const takeover = names.find((name) => name.startsWith('The Taliban take Kabul'));
	expect(takeover).toBe('The Taliban take Kabul; the republic collapses, 15 August 2021 · 24 Mordad 1400');
});

test('the “Who” filter offers the people the story is about, not the article’s author', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	const options = await page.getByRole('combobox', { name: 'Who' }).locator('option').allTextContents();
	expect(options.some((option) => option.startsWith('Ali Khamenei'))).toBe(true);
	expect(options.some((option) => option.startsWith('The author'))).toBe(false);
});

test('the source view shows the article’s section headings as headings, without the scraped page’s clutter', async ({
	page
}) => {
	await page.goto('/source');
	const article = page.locator('article');
	await expect(article.getByRole('heading', { level: 2 })).toHaveText([
		'Iran put weight behind the Taliban',
		'Iran’s supreme called Taliban “reality” in Afghanistan',
		'The enemy of my enemy is my friend',
		'Islamic State is a serious threat in region'
	]);
	for (const clutter of ['ASIA', 'Published', 'on', 'MOST READ', 'Exit mobile version']) {
		await expect(article.getByText(clutter, { exact: true })).toHaveCount(0);
	}
});
