import type { Picture } from '../story/types.ts';

/** The widths the build makes of every picture, none wider than its original. */
export const PICTURE_WIDTHS = [480, 960, 1600];
/** Narrower than this, a picture would be blurred across a card on a phone. */
export const MIN_PICTURE_WIDTH = 480;
/** The formats made: WebP for browsers that take it, JPEG for the rest. */
export type PictureFormat = 'webp' | 'jpg';

/** How wide a card's picture is drawn: the card's column, or the screen less its margins. */
export const PICTURE_SIZES = '(min-width: 720px) 672px, calc(100vw - 2rem)';

/** The widths to make of an original this wide, ascending. */
export function pictureWidths(width: number): number[] {
	return [...new Set(PICTURE_WIDTHS.map((each) => Math.min(each, width)))];
}

/** A made picture's path: its file's hash names it, so a changed photo gets a new address. */
export function picturePath(hash: string, width: number, format: PictureFormat): string {
	return `/media/${hash}-${width}.${format}`;
}

/** `srcset` for one format, every width, under the site's base path. */
export function pictureSrcset(base: string, picture: Picture, format: PictureFormat): string {
	return picture.widths
		.map((width) => `${base}${picturePath(picture.hash, width, format)} ${width}w`)
		.join(', ');
}

/** A made picture's file name, read back: the hash, the width and the format. */
export function parsePictureName(
	name: string
): { hash: string; width: number; format: PictureFormat } | null {
	const match = /^([0-9a-f]{12})-(\d{1,5})\.(webp|jpg)$/.exec(name);
	return match ? { hash: match[1], width: Number(match[2]), format: match[3] as PictureFormat } : null;
}
