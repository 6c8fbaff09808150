import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { previewSvg, type PreviewContent } from '../og/previewSvg.ts';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
// The fonts ship with the project, so images look the same on every machine.
export const fontFiles = [
	'DejaVuSans.ttf',
	'DejaVuSans-Bold.ttf',
	'DejaVuSerif-Bold.ttf',
	'DejaVuSerif-Italic.ttf'
]
	.map((file) => join(fontDir, file))
	// Persian and Dari words (a second calendar's month names, a title in Persian): see previewSvg.ts.
	.concat(join(dirname(require.resolve('vazirmatn/package.json')), 'fonts/ttf/Vazirmatn-Bold.ttf'));

/**
 * Preview images are drawn for stories up to this size; a larger story's event
 * pages share the story's own image, so that building stays quick.
 */
export const PREVIEW_IMAGE_LIMIT = 2_000;

export function renderPreviewPng(content: PreviewContent): Uint8Array {
	const resvg = new Resvg(previewSvg(content), {
		font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
	});
	return resvg.render().asPng();
}

/** Where an event's preview image is: its own, or the story's for a very large story. */
export function previewImagePath(eventId: string | null, eventCount: number): string {
	return eventId && eventCount <= PREVIEW_IMAGE_LIMIT ? `/og/${eventId}.png` : '/og/_story.png';
}
