import { expect, test } from '@playwright/test';
import { openAt, SCREENSHOT_OPTIONS as options, settled } from './helpers';

/**
 * The page as a reader sees it, golden, at 1280x800 and 390x844: every baseline was
 * looked at by a person before it was accepted (`npx playwright test screenshots
 * --update-snapshots`, then look at each file under screenshots.spec.ts-snapshots).
 * The clock is fixed, so that nothing drawn from today's date moves.
 */

test.describe('without script', () => {
	test.use({ javaScriptEnabled: false });
	test('the home page @phone', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveScreenshot('home-no-script.png', options);
	});
});

test('the home page, live @phone', async ({ page }) => {
	await openAt(page, '/');
	await expect(page).toHaveScreenshot('home-live.png', options);
});

test('a year @phone', async ({ page }) => {
	await openAt(page, '/');
	await page.getByRole('group', { name: 'Jump to a period' }).getByRole('button', { name: '2022' }).click();
	await settled(page);
	await expect(page).toHaveScreenshot('year-2022.png', options);
});

test('an event page @phone', async ({ page }) => {
	await openAt(page, '/events/muttaqi-executions-jibe');
	await expect(page).toHaveScreenshot('event-page.png', options);
});

test('a filter that matches nothing @phone', async ({ page }) => {
	await openAt(page, '/?q=nothing-matches-this');
	await expect(page.getByText(/^No events match/)).toBeVisible();
	await expect(page).toHaveScreenshot('empty-filter.png', options);
});
