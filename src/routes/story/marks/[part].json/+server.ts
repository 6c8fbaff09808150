import { error, json } from '@sveltejs/kit';
import { getTimelineIndexPart, timelineIndexPartCount } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** A large story's timeline index in parts, /story/marks/0.json onwards: what the marks need, before the events' words. */
export const entries: EntryGenerator = () =>
	Array.from({ length: timelineIndexPartCount() }, (_, part) => ({ part: String(part) }));

export const GET: RequestHandler = ({ params }) => {
	const rows = /^\d+$/.test(params.part) ? getTimelineIndexPart(Number(params.part)) : undefined;
	if (!rows) error(404, { message: `This story's timeline has no part ${params.part}.` });
	return json(rows);
};
