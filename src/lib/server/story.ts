import { error } from '@sveltejs/kit';
import { readStoryFile, storyPath } from './loadStoryFile.ts';
import type { Story } from '../story/types.ts';

/**
 * The validated story for the pages' load functions. The Vite plugin has already
 * stopped a build on a bad file; in dev the error page lists the problems.
 */
export function getStory(): Story {
	const result = readStoryFile(storyPath());
	if (!result.ok) {
		error(500, {
			message: `The story file ${result.file} is not valid.`,
			problems: result.problems
		});
	}
	return result.story;
}
