import { storyPageData } from '$lib/server/pageData';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => storyPageData(params.id);
