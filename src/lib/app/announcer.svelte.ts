/**
 * What the page says politely to a screen reader (the selection, a share): one
 * message at a time, in the page's live region (see StoryApp). The timeline says
 * what its view shows in a region of its own, inside the timeline (see view.svelte.ts).
 */
export class Announcer {
	message = $state('');

	say(text: string) {
		this.message = text;
	}
}
