import { eventPageData, eventPageEntries } from '$lib/server/pageData';
import type { EntryGenerator, PageServerLoad } from './$types';

/** An embed per event page (see the event's own page). */
export const entries: EntryGenerator = eventPageEntries;

export const load: PageServerLoad = ({ params }) => eventPageData(params.id);
