import { error } from '@sveltejs/kit';
import { storyPictures } from '$lib/server/story';
import { makePicture } from '$lib/server/media';
import { parsePictureName, picturePath } from '$lib/media/picture';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every width of every picture the story shows, in WebP and in JPEG; none for a story without. */
export const entries: EntryGenerator = () =>
	[...storyPictures().values()].flatMap(({ picture }) =>
		picture.widths.flatMap((width) =>
			(['webp', 'jpg'] as const).map((format) => ({
				file: picturePath(picture.hash, width, format).slice('/media/'.length)
			}))
		)
	);

export const GET: RequestHandler = async ({ params }) => {
	const name = parsePictureName(params.file);
	const found = name && storyPictures().get(name.hash);
	if (!name || !found?.picture.widths.includes(name.width)) error(404, { message: 'No such picture' });
	const bytes = await makePicture(found.path, found.picture.widths, name.width, name.format);
	return new Response(bytes as BodyInit, {
		headers: {
			'content-type': name.format === 'webp' ? 'image/webp' : 'image/jpeg',
			// Named by their content: a changed photo gets a new address.
			'cache-control': 'public, max-age=31536000, immutable'
		}
	});
};
