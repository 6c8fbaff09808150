import { getStory } from '$lib/server/story';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	// The source text is only needed by the source view, which loads it itself.
	const { sourceText, ...story } = getStory();
	return { story, hasSourceText: sourceText !== undefined };
};
