import { error } from '@sveltejs/kit';
import { getStory, pictureFile } from '$lib/server/story';
import { makePicture } from '$lib/server/media';
import { parsePictureName, picturePath } from '$lib/media/picture';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every width of every picture the story shows, in WebP and in JPEG; none for a story without. */
export const entries: EntryGenerator = () => {
	const names = new Set<string>();
	for (const event of getStory().events) {
		for (const { picture } of event.media) {
			if (!picture) continue;
			for (const width of picture.widths) {
				for (const format of ['webp', 'jpg'] as const) {
					names.add(picturePath(picture.hash, width, format).slice('/media/'.length));
				}
			}
		}
	}
	return [...names].map((file) => ({ file }));
};

/** The picture a made file's hash names, and its original's path. */
function findPicture(hash: string) {
	for (const event of getStory().events) {
		for (const { picture } of event.media) {
			if (picture?.hash === hash) return { picture, path: pictureFile(hash) };
		}
	}
	return undefined;
}

export const GET: RequestHandler = async ({ params }) => {
	const name = parsePictureName(params.file);
	const found = name && findPicture(name.hash);
	if (!name || !found?.path || !found.picture.widths.includes(name.width))
		error(404, { message: 'No such picture' });
	const bytes = await makePicture(found.path, found.picture.widths, name.width, name.format);
	return new Response(bytes as BodyInit, {
		headers: {
			'content-type': name.format === 'webp' ? 'image/webp' : 'image/jpeg',
			// Named by their content: a changed photo gets a new address.
			'cache-control': 'public, max-age=31536000, immutable'
		}
	});
};
