import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { imageSize } from 'image-size';
import sharp from 'sharp';
import type { PictureCheck } from '../story/validateStory.ts';
import type { Picture } from '../story/types.ts';
import { MIN_PICTURE_WIDTH, pictureWidths, type PictureFormat } from '../media/picture.ts';

/** A picture the story shows, and the file beside the story it is made from. */
export interface PictureFile {
	path: string;
	picture: Picture;
}

/** Over this, a file slows the build and weighs on the repository: said, not refused. */
export const LARGE_PICTURE_BYTES = 5 * 1024 * 1024;

const FORMATS = new Set(['jpg', 'png', 'webp']);

/**
 * Looks at the pictures a story names, beside its file: that each is there, is a
 * JPEG, PNG or WebP image and is wide enough, and what size it is (read from its
 * header, without decoding it). `files` collects each picture with its original's
 * path by its hash, for the build to make its widths from (see routes/media).
 */
export function pictureInspector(storyDir: string, files: Map<string, PictureFile>) {
	return (src: string): PictureCheck => {
		const path = resolve(storyDir, src);
		let bytes: Buffer;
		try {
			if (!statSync(path).isFile()) throw new Error('not a file');
			bytes = readFileSync(path);
		} catch {
			return { ok: false, problem: `${JSON.stringify(src)} was not found next to the story file` };
		}
		let size: ReturnType<typeof imageSize> | undefined;
		try {
			size = imageSize(bytes);
		} catch {
			size = undefined;
		}
		if (!size?.type || !FORMATS.has(size.type)) {
			return { ok: false, problem: `${JSON.stringify(src)} is not a JPEG, PNG or WebP image` };
		}
		// A photo taken on its side says so in its EXIF orientation; the build turns it upright.
		const [width, height] =
			(size.orientation ?? 1) >= 5 ? [size.height, size.width] : [size.width, size.height];
		if (width < MIN_PICTURE_WIDTH) {
			return {
				ok: false,
				problem: `${JSON.stringify(src)} is ${width} px wide: an image must be at least ${MIN_PICTURE_WIDTH} px wide`
			};
		}
		const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
		const picture = { hash, width, height, widths: pictureWidths(width) };
		files.set(hash, { path, picture });
		const megabytes = bytes.length / (1024 * 1024);
		return {
			ok: true,
			picture,
			...(bytes.length > LARGE_PICTURE_BYTES
				? {
						warning: `${JSON.stringify(src)} is ${megabytes.toFixed(1)} MB: over 5 MB slows the build and weighs on the repository (readers get resized copies either way)`
					}
				: {})
		};
	};
}

const FORMATS_MADE: PictureFormat[] = ['webp', 'jpg'];
/** Every width and format of a picture, started together at its first request (see makePicture). */
const making = new Map<string, Map<string, Promise<Buffer>>>();

/**
 * One width of a picture in one format, upright, its metadata (camera, place) left
 * out. The build asks for them one at a time; the first request starts all of a
 * picture's widths and formats at once, so that sharp's threads work on them
 * together, and each is handed over once. WebP (what nearly every reader gets) at
 * sharp's default effort; the JPEG fallback without mozjpeg, which tripled its time.
 */
export function makePicture(
	path: string,
	widths: number[],
	width: number,
	format: PictureFormat
): Promise<Buffer> {
	let made = making.get(path);
	if (!made) {
		made = new Map();
		for (const each of widths) {
			for (const kind of FORMATS_MADE) {
				const resized = sharp(path).rotate().resize({ width: each, withoutEnlargement: true });
				made.set(
					`${each}.${kind}`,
					(kind === 'webp' ? resized.webp({ quality: 78 }) : resized.jpeg({ quality: 80 })).toBuffer()
				);
			}
		}
		making.set(path, made);
	}
	const key = `${width}.${format}`;
	const bytes = made.get(key) ?? Promise.reject(new Error(`No ${key} is made of ${path}`));
	made.delete(key);
	if (made.size === 0) making.delete(path);
	return bytes;
}

/** A picture cut to a preview image's size, as a data URI for the preview's SVG (see previewSvg.ts). */
export async function previewPhoto(path: string): Promise<string> {
	const bytes = await sharp(path)
		.rotate()
		.resize({ width: 1200, height: 630, fit: 'cover' })
		.jpeg({ quality: 78 })
		.toBuffer();
	return `data:image/jpeg;base64,${bytes.toString('base64')}`;
}
