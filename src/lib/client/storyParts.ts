import type { StoryEvent } from '../story/types.ts';

/**
 * Hands the main thread back to the browser (input, rendering) before the next
 * part. A message rather than a timer: timers in a background tab are held to
 * one a second, and a story of twenty parts would take twenty seconds to load.
 */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** Parts on their way at once: enough to keep the network busy, few enough that each fetch starts cheaply. */
const PARTS_IN_FLIGHT = 4;

/**
 * A large story's events, part by part in story order (see getStoryPart on the
 * server), or its timeline index's rows (getTimelineIndexPart). A few parts are requested ahead of the one being read, so the network
 * is never idle; each part is parsed in a task of its own, and whatever the caller
 * does with a part runs in that task too: no task ever handles the whole story,
 * and none of it runs in the caller's own task (the page's hydration, say).
 * Throws on the first part that does not arrive.
 */
export async function* storyParts<Part = StoryEvent>(
	urls: readonly string[],
	fetchPart: (url: string) => Promise<Response> = (url) => fetch(url)
): AsyncGenerator<Part[]> {
	const requests: Promise<Response>[] = [];
	const request = (index: number) => {
		if (index >= urls.length) return;
		requests[index] = fetchPart(urls[index]);
		// A part that fails while an earlier one is being read is reported when its turn comes.
		requests[index].catch(() => {});
	};
	for (let index = 0; index < urls.length; index++) {
		await nextTask();
		if (index === 0) for (let ahead = 0; ahead < PARTS_IN_FLIGHT; ahead++) request(ahead);
		else request(index + PARTS_IN_FLIGHT - 1);
		const response = await requests[index];
		if (!response.ok) throw new Error(`${urls[index]}: HTTP ${response.status}`);
		const part: unknown = await response.json();
		if (!Array.isArray(part)) throw new Error(`${urls[index]}: not a list`);
		yield part as Part[];
	}
}
