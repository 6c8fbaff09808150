import { describe, expect, it } from 'vitest';
import { storyParts } from '../../src/lib/client/storyParts';
import type { StoryEvent } from '../../src/lib/story/types';

const urls = Array.from({ length: 10 }, (_, part) => `/story/${part}.json`);
const eventsOf = (url: string) => [{ id: `from-${url}` } as StoryEvent];

/** A fetch whose responses arrive when the test says, recording what was asked for. */
function fakeNetwork(status: (url: string) => number = () => 200) {
	const asked: string[] = [];
	const answers = new Map<string, () => void>();
	const fetchPart = (url: string) => {
		asked.push(url);
		return new Promise<Response>((resolve) => {
			answers.set(url, () => resolve(new Response(JSON.stringify(eventsOf(url)), { status: status(url) })));
		});
	};
	const answer = (url: string) => answers.get(url)!();
	return { asked, answer, fetchPart };
}

describe('a large story in parts', () => {
	it('gives the parts in story order, whatever order they arrive in', async () => {
		const network = fakeNetwork();
		const received: string[] = [];
		const reading = (async () => {
			for await (const part of storyParts(urls, network.fetchPart)) received.push(part[0].id);
		})();
		// Answer every request as it is made, the later ones first.
		const answered = new Set<string>();
		while (answered.size < urls.length) {
			await new Promise((resolve) => setTimeout(resolve, 1));
			for (const url of [...network.asked].reverse()) {
				if (!answered.has(url)) {
					answered.add(url);
					network.answer(url);
				}
			}
		}
		await reading;
		expect(received).toEqual(urls.map((url) => `from-${url}`));
	});

	it('asks for nothing in the caller’s task, then for a few parts ahead, not all at once', async () => {
		const network = fakeNetwork();
		const parts = storyParts(urls, network.fetchPart);
		const first = parts.next();
		expect(network.asked).toEqual([]);
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(network.asked).toEqual(urls.slice(0, 4));
		network.answer(urls[0]);
		expect((await first).value).toEqual(eventsOf(urls[0]));
		const second = parts.next();
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(network.asked).toEqual(urls.slice(0, 5));
		network.answer(urls[1]);
		expect((await second).value).toEqual(eventsOf(urls[1]));
	});

	it('stops at a part that does not arrive, naming it', async () => {
		const network = fakeNetwork((url) => (url === urls[1] ? 404 : 200));
		const reading = (async () => {
			for await (const part of storyParts(urls.slice(0, 3), network.fetchPart)) void part;
		})();
		await new Promise((resolve) => setTimeout(resolve, 5));
		for (const url of network.asked) network.answer(url);
		await expect(reading).rejects.toThrow('/story/1.json: HTTP 404');
	});
});
