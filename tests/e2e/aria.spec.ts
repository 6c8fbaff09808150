import { expect, test } from '@playwright/test';
import { settled, timelineReady } from './helpers';

/**
 * What a screen reader is given, golden: the timeline, an open list of merged
 * events, the stepper, the filters and a card. Names, roles and states, not markup,
 * so that moving markup between components changes none of these. Exact text,
 * dates and counts included (ariaSnapshot(), not toMatchAriaSnapshot, which would
 * write numbers as patterns). A changed snapshot is a changed experience
 * (`npx playwright test aria --update-snapshots`).
 */

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
});

test('the timeline at 2022 reads as its toolbar, view and marks', async ({ page }) => {
	await page.getByRole('group', { name: 'Jump to a period' }).getByRole('button', { name: '2022' }).click();
	await settled(page);
	// The live region says what is shown half a second after the view stops; until then
	// it may still say what the page opened on.
	await expect(page.getByTestId('timeline-live')).toContainText('Showing January 2022 to January 2023');
	expect(await page.getByRole('region', { name: 'Timeline' }).ariaSnapshot()).toMatchSnapshot(
		'timeline-2022.aria.yml'
	);
});

test('the stepper, the filters and the first card read as they did', async ({ page }) => {
	expect(await page.getByRole('navigation', { name: 'Events in order' }).ariaSnapshot()).toMatchSnapshot(
		'stepper.aria.yml'
	);
	expect(await page.getByRole('search', { name: 'Filter events' }).ariaSnapshot()).toMatchSnapshot(
		'filters.aria.yml'
	);
	expect(await page.getByRole('article').first().ariaSnapshot()).toMatchSnapshot('first-card.aria.yml');
});
