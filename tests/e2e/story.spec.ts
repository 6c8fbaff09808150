import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const story = JSON.parse(readFileSync('stories/iran-taliban.json', 'utf8')) as {
	title: string;
	events: { id: string; title: string }[];
};

test('the built site shows the story title and every event of the default story @phone @zone', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
	for (const event of story.events) {
		await expect(page.getByRole('heading', { name: event.title, exact: true })).toBeVisible();
	}
	expect(errors).toEqual([]);
});

test('an unknown path gets the 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('link', { name: 'Go to the timeline' })).toBeVisible();
});
