import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CURRENT_CARD, currentCard, inReadingArea, marks, settled, story, timelineReady } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	return results.violations.map((violation) => ({
		id: violation.id,
		nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5)
	}));
}

const PAGES: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
	{ name: 'home', path: '/', ready: timelineReady },
	{
		name: 'event page',
		path: '/events/muttaqi-executions-jibe',
		ready: async (page) => {
			await timelineReady(page);
			// The scroll to the card has landed: text half under the pinned timeline is not what a reader sees.
			await settled(page);
			expect(await inReadingArea(page, '#event-muttaqi-executions-jibe')).toBe(true);
		}
	},
	{
		name: 'source view',
		path: '/source#q-muttaqi-executions-jibe-0',
		ready: async (page) => {
			await expect(page.locator('mark:target')).toBeVisible();
		}
	},
	{
		name: '404 page',
		path: '/events/no-such-event',
		ready: async (page) => {
			await expect(page.getByRole('link', { name: 'Go to the timeline' })).toBeVisible();
		}
	},
	{
		name: 'filtered view with no results',
		path: '/?q=nothing-matches-this',
		ready: async (page) => {
			await expect(page.getByText(/^No events match/)).toBeVisible();
		}
	}
];

for (const scheme of ['light', 'dark'] as const) {
	for (const { name, path, ready } of PAGES) {
		test(`${name} has no WCAG 2.2 AA violations in the ${scheme} scheme @phone`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			await ready(page);
			expect(await violations(page)).toEqual([]);
			if (path === '/') {
				// Marks and labels too, zoomed in where they are dense, with one selected.
				await page.getByRole('button', { name: '2023', exact: true }).click();
				await settled(page);
				const mark = marks(page).first();
				const id = await mark.getAttribute('data-id');
				await mark.click();
				await expect(page).toHaveURL(new RegExp(`/events/${id}`));
				// Checked once the page has scrolled to the card: while it scrolls, controls pass
				// under the pinned timeline, half covered, as under any sticky header.
				await settled(page);
				expect(await inReadingArea(page, `#event-${id}`)).toBe(true);
				expect(await violations(page)).toEqual([]);
			}
		});
	}
}

test('the accessibility check catches a violation when one is introduced', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	// A deliberately broken page: a button without a name, and text without contrast.
	await page
		.getByRole('button', { name: 'Zoom in', exact: true })
		.evaluate((button) => button.replaceChildren());
	await page.evaluate(() => {
		const faint = document.createElement('p');
		faint.textContent = 'Faint text';
		faint.style.color = '#f4f4f4';
		document.querySelector('main')!.prepend(faint);
	});
	const found = (await violations(page)).map((violation) => violation.id);
	expect(found).toContain('button-name');
	expect(found).toContain('color-contrast');
});

test('landmarks and headings make an outline', async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(1);
	await expect(page.getByRole('navigation', { name: 'Events in order' })).toHaveCount(1);
	await expect(page.getByRole('search', { name: 'Filter events' })).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	// One per card, and the story's embed code after them.
	await expect(page.getByRole('heading', { level: 2 })).toHaveCount(story.events.length + 1);
	await expect(page.getByRole('heading', { level: 2 }).last()).toHaveText('Embed this story');
});

/** The focused element shows a visible outline: checked from its computed style, not assumed. */
async function expectVisibleFocus(page: Page) {
	const focus = await page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return null;
		const style = getComputedStyle(element);
		const rect = element.getBoundingClientRect();
		return {
			outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
			onScreen: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
			label: element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40)
		};
	});
	expect(focus, 'something has focus').not.toBeNull();
	expect(focus!.outline, `focus ring on ${focus!.label}`).toBe(true);
	expect(focus!.onScreen, `focused ${focus!.label} is on screen`).toBe(true);
}

async function tabTo(page: Page, matches: (page: Page) => Promise<boolean>, limit = 60) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		await expectVisibleFocus(page);
		if (await matches(page)) return;
	}
	throw new Error('never reached by Tab');
}

test('a keyboard alone walks the story, with a visible focus at every step', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	await timelineReady(page);
	const all = await settled(page);

	// Into the timeline's view, then zoom with keys.
	await tabTo(page, (p) =>
		p.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Timeline view') ?? false)
	);
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	expect((await settled(page)).span).toBeLessThan(all.span / 2);
	await page.keyboard.press('ArrowLeft');
	await settled(page);
	// Pan on, by keys, to where the story's events are (the middle of the story is quiet years).
	const marksInView = () => marks(page).count();
	for (let presses = 0; presses < 12 && (await marksInView()) < 2; presses++) {
		await page.keyboard.press('ArrowRight');
		await settled(page);
	}
	expect(await marksInView()).toBeGreaterThanOrEqual(2);

	// Onto the marks (one tab stop), rove, select.
	await page.keyboard.press('Tab');
	await expectVisibleFocus(page);
	expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'mark')).toBe(
		true
	);
	const focusedId = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
	const first = await focusedId();
	await page.keyboard.press('ArrowRight');
	await expect.poll(focusedId).not.toBe(first);
	await expectVisibleFocus(page);
	const selected = await focusedId();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/events/${selected}`));
	await expect(page.locator(`#event-${selected}`)).toHaveAttribute('aria-current', 'true');
	// The selection is announced politely.
	const title = story.events.find((event) => event.id === selected)!.title;
	await expect(page.locator('[aria-live="polite"]', { hasText: 'Selected:' })).toContainText(title);

	// Step through events with the stepper.
	await tabTo(page, (p) => p.evaluate(() => document.activeElement?.textContent?.includes('Next') ?? false));
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(new RegExp(`/events/${selected}`));
	await page.keyboard.press('j');
	await page.keyboard.press('k');
	// Let the page finish bringing the card it stepped to into view: its scroll, still under
	// way, would otherwise carry the link focused next off the screen.
	await expect
		.poll(async () => page.url().includes(`/events/${await currentCard(page).getAttribute('data-id')}`))
		.toBe(true);
	await settled(page);
	expect(await inReadingArea(page, CURRENT_CARD)).toBe(true);

	// Show all with 0 from the timeline, then go to the muttaqi card's quote link and the source.
	const event = story.events.find((candidate) => candidate.id === 'muttaqi-executions-jibe')!;
	await page.locator(`#event-${event.id}`).getByRole('heading').getByRole('link').focus();
	await expectVisibleFocus(page);
	await tabTo(page, (p) =>
		p.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'in-source')
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/source#q-muttaqi-executions-jibe-0/);
	await expect(page.locator('mark:target')).toBeInViewport();
	await tabTo(page, (p) =>
		p.evaluate(() => document.activeElement?.textContent?.includes('Back to the card') ?? false)
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/events\/muttaqi-executions-jibe/);
	await timelineReady(page);
	// The page arrives by scrolling to its card: a Tab pressed while that scroll runs can
	// be carried off screen with it (failed twice in CI; see the closing note of #15).
	await settled(page);

	// Share from the card, by keyboard.
	await page.locator(`#event-${event.id}`).getByRole('heading').getByRole('link').focus();
	await tabTo(page, (p) =>
		p.evaluate(() => document.activeElement?.textContent?.startsWith('Share') ?? false)
	);
	await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
	await page.keyboard.press('Enter');
	await expect(page.locator(`#event-${event.id}`).getByRole('status')).toHaveText('Link copied');
});

test('with reduced motion the view jumps and cards scroll without animation', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await timelineReady(page);
	const before = await settled(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	// No transition: the next frame already shows the final window, and no animation is under way.
	await page.evaluate(() => new Promise(requestAnimationFrame));
	const view = page.getByRole('group', { name: /^Timeline view/ });
	expect(await view.evaluate((element) => element.hasAttribute('data-moving'))).toBe(false);
	const after = await view.getAttribute('data-from');
	expect(Date.parse(after!)).toBeGreaterThan(before.from);
	expect((await settled(page)).from).toBe(Date.parse(after!));
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});
