import { eventPageData, eventPageEntries } from '$lib/server/pageData';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every event gets its own prerendered page, its canonical, shareable address (up to EVENT_PAGES_LIMIT). */
export const entries: EntryGenerator = eventPageEntries;

export const load: PageServerLoad = ({ params }) => eventPageData(params.id);
