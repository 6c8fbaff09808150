import { expect, test } from '@playwright/test';
import {
	cardOf,
	cards,
	collectErrors,
	currentCard,
	highlightedOnTimeline,
	inReadingArea,
	markOf,
	marks,
	MARKS_AND_BADGES,
	settled,
	startOf,
	story,
	timelineReady
} from './helpers';

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await timelineReady(page);
});

test('clicking a mark scrolls its card into view and makes it active @phone', async ({ page }) => {
	const errors = collectErrors(page);
	const event = story.events.find((candidate) => candidate.id === 'rouhani-kabul-occupation-remark')!;
	await markOf(page, event.id).click();
	const card = cardOf(page, event.id);
	await expect(card).toHaveAttribute('aria-current', 'true');
	await expect(card).toHaveAttribute('data-active');
	await expect.poll(() => inReadingArea(page, `#event-${event.id}`)).toBe(true);
	await expect(page).toHaveURL(new RegExp(`/events/${event.id}`));
	expect(errors).toEqual([]);
});

test('a card scrolled to by the page, or reached by its link, stops below the pinned timeline @phone', async ({
	page
}) => {
	const event = story.events.find((candidate) => candidate.id === 'qomi-named-ambassador')!;
	await page.locator(`#event-${event.id}`).evaluate((card) => card.scrollIntoView({ block: 'start' }));
	expect(await inReadingArea(page, `#event-${event.id}`)).toBe(true);

	// The same for a link to the card's anchor, followed in the page.
	const other = story.events.find((candidate) => candidate.id === 'afghan-embassy-tehran-handed-to-taliban')!;
	await page.evaluate((id) => {
		window.scrollTo(0, 0);
		location.hash = `event-${id}`;
	}, other.id);
	await expect.poll(() => inReadingArea(page, `#event-${other.id}`)).toBe(true);
});

test('scrolling to a card moves the timeline to its event, unless the reader just moved it', async ({
	page
}) => {
	await page.getByRole('button', { name: '2014', exact: true }).click();
	const zoomed = await settled(page);
	// The reader last moved the view before this instant, on the page's own clock.
	const movedBefore = await page.evaluate(() => performance.now());
	const target = story.events.find((event) => event.id === 'qomi-named-ambassador')!;
	const at = startOf(target.date);
	expect(at).toBeGreaterThan(zoomed.to);

	// Right after the reader zoomed, scrolling does not pull the timeline away: the page
	// has read the scroll (the card is active) and left the view where the reader put it.
	await page.locator(`#event-${target.id}`).evaluate((card) => card.scrollIntoView({ block: 'start' }));
	await page.mouse.wheel(0, 1);
	await expect(cardOf(page, target.id)).toHaveAttribute('data-active');
	expect(await settled(page)).toEqual(zoomed);

	// Once the reader's hold on the view has passed (2.5 s), it follows the cards again.
	await page.waitForFunction((since) => performance.now() - since > 2_600, movedBefore);
	const other = story.events.find((event) => event.id === 'afghan-embassy-tehran-handed-to-taliban')!;
	await page.locator(`#event-${other.id}`).evaluate((card) => card.scrollIntoView({ block: 'start' }));
	await page.mouse.wheel(0, 1);
	await expect(cardOf(page, other.id)).toHaveAttribute('data-active');
	const after = await settled(page);
	expect(startOf(other.date)).toBeGreaterThanOrEqual(after.from);
	expect(startOf(other.date)).toBeLessThanOrEqual(after.to);
	await expect(highlightedOnTimeline(page, other.id)).toHaveCount(1);
});

test('hovering a mark highlights its card, and hovering a card its mark', async ({ page }) => {
	const id = 'rouhani-kabul-occupation-remark';
	await markOf(page, id).hover();
	await expect(cardOf(page, id)).toHaveAttribute('data-highlighted');
	await cardOf(page, 'taliban-take-kabul').hover();
	await expect(highlightedOnTimeline(page, 'taliban-take-kabul')).toHaveCount(1);
	await expect(cardOf(page, id)).not.toHaveAttribute('data-highlighted');
});

test('next, previous, j and k walk every event in chronological order', async ({ page }) => {
	const visited: string[] = [];
	const dates: number[] = [];
	for (let i = 0; i < story.events.length; i++) {
		const previous = visited.at(-1);
		// Pressed once the page has come to rest: a press made right after a navigation
		// lands was lost in 1 of 5 clean-clone runs of session 8 (as in the links tests
		// before; the cause is not found, see the closing notes of #23).
		await settled(page);
		if (i % 2 === 0) await page.getByRole('button', { name: 'Next event' }).click();
		else await page.keyboard.press('j');
		const current = currentCard(page);
		await expect(current).toHaveCount(1);
		if (previous) await expect(current).not.toHaveAttribute('data-id', previous);
		const id = (await current.getAttribute('data-id'))!;
		await expect(page).toHaveURL(new RegExp(`/events/${id}(\\?|$)`));
		visited.push(id);
		dates.push(startOf((await current.locator('time').getAttribute('datetime'))!));
	}
	expect(new Set(visited).size).toBe(story.events.length);
	expect([...visited].sort()).toEqual(story.events.map((event) => event.id).sort());
	for (let i = 1; i < dates.length; i++) expect(dates[i]).toBeGreaterThanOrEqual(dates[i - 1]);
	await expect(page.getByRole('button', { name: 'Next event' })).toBeDisabled();

	await page.keyboard.press('k');
	await expect(currentCard(page)).toHaveAttribute('data-id', visited.at(-2)!);
	await page.getByRole('button', { name: 'Previous event' }).click();
	await expect(currentCard(page)).toHaveAttribute('data-id', visited.at(-3)!);
});

test('a quote links to its passage in the source view, highlighted, and back', async ({ page }) => {
	const event = story.events.find((candidate) => candidate.id === 'muttaqi-executions-jibe')!;
	const card = page.locator(`#event-${event.id}`);
	for (const [index, quote] of event.quotes!.entries()) {
		await card.getByRole('link', { name: new RegExp(`quote ${index + 1} of`) }).click();
		await expect(page).toHaveURL(new RegExp(`/source#q-${event.id}-${index}$`));
		const passage = page.locator('mark:target');
		await expect(passage).toHaveText(quote.text);
		await expect(passage).toBeInViewport();
		expect(await passage.evaluate((mark) => getComputedStyle(mark).backgroundColor)).toBe(
			'rgb(255, 213, 74)'
		);
		await page.goBack();
		await expect(page).not.toHaveURL(/source/);
		await timelineReady(page);
	}
	await page.goto(`/source#q-${event.id}-0`);
	await page
		.getByRole('link', { name: `Back to the card: ${event.title}` })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
	await expect(page.locator(`#event-${event.id}`)).toHaveAttribute('aria-current', 'true');
});

test('an actor filter and a search narrow the events, survive a reload, and an impossible search says so', async ({
	page
}) => {
	const cardIds = () => cards(page).evaluateAll((elements) => elements.map((card) => card.dataset.id));
	const periods = page.getByRole('group', { name: 'Jump to a period' }).getByRole('button');
	const storyPeriods = await periods.allTextContents();

	await page.getByLabel('Who').selectOption('al-qaeda');
	const involving = story.events
		.filter(
			(event) => event.actors?.includes('al-qaeda') || event.quotes?.some((q) => q.speaker === 'al-qaeda')
		)
		.map((event) => event.id);
	await expect.poll(cardIds).toEqual(expect.arrayContaining(involving));
	expect((await cardIds()).length).toBe(involving.length);
	await expect(page.getByText(`${involving.length} of ${story.events.length} events match`)).toBeVisible();
	expect(await page.locator(MARKS_AND_BADGES).count()).toBeGreaterThan(0);
	const markIds = await marks(page).evaluateAll((elements) => elements.map((mark) => mark.dataset.id));
	for (const id of markIds) expect(involving).toContain(id);
	await expect(page).toHaveURL(/actor=al-qaeda/);
	// The period buttons are the years of the events the filter keeps (both al-Qaeda's are in 2022).
	const years = involving.map((id) => story.events.find((event) => event.id === id)!.date.slice(0, 4));
	expect(new Set(years)).toEqual(new Set(['2022']));
	await expect.poll(() => periods.allTextContents()).toEqual(['2022', 'All']);
	expect(storyPeriods.length).toBeGreaterThan(2);
	await page.reload();
	await timelineReady(page);
	await expect(page.getByLabel('Who')).toHaveValue('al-qaeda');
	expect((await cardIds()).sort()).toEqual([...involving].sort());

	await page.getByLabel('Who').selectOption('');
	await page.getByLabel('Search').fill('executions');
	const matching = story.events
		.filter((event) =>
			[event.title, (event as { summary?: string }).summary ?? '', ...(event.quotes ?? []).map((q) => q.text)]
				.join(' ')
				.toLowerCase()
				.includes('executions')
		)
		.map((event) => event.id);
	expect(matching.length).toBeGreaterThan(0);
	await expect.poll(async () => (await cardIds()).sort()).toEqual([...matching].sort());
	await expect(page).toHaveURL(/q=executions/);
	await page.reload();
	await timelineReady(page);
	await expect(page.getByLabel('Search')).toHaveValue('executions');
	expect((await cardIds()).sort()).toEqual([...matching].sort());

	await page.getByLabel('Search').fill('zebra crossing in Lisbon');
	await expect(page.getByText('No events match “zebra crossing in Lisbon”.')).toBeVisible();
	await expect(cards(page)).toHaveCount(0);
	await page.getByLabel('Who').selectOption('qomi');
	await page.getByRole('button', { name: 'Clear the filters' }).click();
	await expect(cards(page)).toHaveCount(story.events.length);
	// The controls say so too: they follow the filters, not only set them.
	await expect(page.getByLabel('Search')).toHaveValue('');
	await expect(page.getByLabel('Who')).toHaveValue('');
	await expect(periods).toHaveText(storyPeriods);
	// The cards the filters bring back are made anew, in the browser, with all their words.
	for (const event of story.events as { id: string; summary?: string; quotes?: { text: string }[] }[]) {
		const words = [event.summary ?? '', ...(event.quotes ?? []).map((quote) => quote.text)];
		for (const text of words.filter(Boolean))
			await expect(page.locator(`#event-${event.id}`)).toContainText(text);
	}
});

test('stepping through the events, the page never comes to rest with a control half under the pinned timeline @phone', async ({
	page
}) => {
	// The cards' order, which the stepper follows.
	const ids = await cards(page).evaluateAll((elements) => elements.map((card) => card.dataset.id!));
	expect(ids).toHaveLength(story.events.length);
	await page.goto(`/events/${ids[0]}`);
	await timelineReady(page);
	for (const id of ids) {
		await expect(page).toHaveURL(new RegExp(`/events/${id}`));
		await settled(page);
		// A control cut by the pin's edge is a target a reader cannot hit whole.
		const cut = await page.evaluate(() => {
			const edge = document.querySelector('[data-testid="pin"]')!.getBoundingClientRect().bottom;
			return [...document.querySelectorAll('main a, main button, main input, main select')]
				.filter((element) => element.getClientRects().length > 0)
				.filter((element) => {
					const rect = element.getBoundingClientRect();
					return rect.top < edge - 0.5 && rect.bottom > edge + 0.5;
				})
				.map((element) => `${element.closest('[id]')?.id}: ${element.textContent?.trim()}`);
		});
		expect(cut, `at ${id}`).toEqual([]);
		if (id !== ids.at(-1)) await page.getByRole('button', { name: 'Next event' }).click();
	}
});

test('a reader who moves on while a selection is on its way keeps what they reached @phone', async ({
	page
}) => {
	await settled(page);
	// Hold the navigation's data back, so that the reader's move comes before the page's scroll.
	await page.route('**/__data.json*', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 400));
		await route.continue();
	});
	// Nothing selected: Previous selects the last event, whose card is furthest away…
	await page.getByRole('button', { name: 'Previous event' }).click();
	// …and before it arrives, the reader moves focus to the first card.
	const firstLink = cards(page).first().getByRole('heading').getByRole('link');
	await firstLink.focus();
	const lastId = await cards(page).last().getAttribute('data-id');
	await expect(page).toHaveURL(new RegExp(`/events/${lastId}`));
	await settled(page);
	// The page did not scroll the focused link away.
	await expect(firstLink).toBeFocused();
	await expect(firstLink).toBeInViewport();
});

test('at the top of the page no card is being read, whatever scrolls: Previous stays ready @phone', async ({
	page
}) => {
	await settled(page);
	const previous = page.getByRole('button', { name: 'Previous event' });
	await expect(previous).toBeEnabled();
	// A scroll that leaves the reader above the cards (a layout settling, say) used to
	// make the first card "the one being read", and disabled Previous under their finger.
	await page.evaluate(
		() =>
			new Promise((done) => {
				window.dispatchEvent(new Event('scroll'));
				requestAnimationFrame(() => requestAnimationFrame(done));
			})
	);
	await expect(previous).toBeEnabled();
	await expect(page.getByRole('navigation', { name: 'Events in order' })).toContainText(
		`${story.events.length} events`
	);
});
