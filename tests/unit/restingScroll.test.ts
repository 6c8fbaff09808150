import { describe, expect, it } from 'vitest';
import { restingScrollTop } from '$lib/app/restingScroll';

describe('restingScrollTop', () => {
	const pin = 300;

	it('stops where asked when no control crosses the pin’s edge', () => {
		expect(restingScrollTop(1000, pin, [{ top: 1200, bottom: 1240 }])).toBe(1000);
		expect(restingScrollTop(1000, pin, [{ top: 1260, bottom: 1300 }])).toBe(1000);
	});

	it('stops higher up so that a control cut by the edge shows whole below it', () => {
		// The edge would fall at 1300, through a field from 1280 to 1320.
		expect(restingScrollTop(1000, pin, [{ top: 1280, bottom: 1320 }])).toBe(1280 - pin - 8);
	});

	it('keeps going while each step up cuts another control', () => {
		const controls = [
			{ top: 1280, bottom: 1320 },
			{ top: 1250, bottom: 1290 }
		];
		expect(restingScrollTop(1000, pin, controls)).toBe(1250 - pin - 8);
	});

	it('never scrolls above the top of the page', () => {
		expect(restingScrollTop(-40, pin, [])).toBe(0);
		expect(restingScrollTop(10, pin, [{ top: 290, bottom: 330 }])).toBe(0);
	});
});
