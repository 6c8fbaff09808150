import { escapeMarkup } from '../text/escapeMarkup.ts';
import { wrapText } from './wrapText.ts';

export interface PreviewContent {
	storyTitle: string;
	date: string;
	title: string;
	quote?: { text: string; speaker: string };
	outlet?: string;
}

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

function lines(x: number, y: number, lineHeight: number, texts: string[], attributes: string): string {
	return texts
		.map((text, i) => `<text x="${x}" y="${y + i * lineHeight}" ${attributes}>${escapeMarkup(text)}</text>`)
		.join('');
}

/**
 * The link-preview card of an event as SVG: the story, the event's date and
 * title, and its first quote. Fonts are named so that the renderer's bundled
 * DejaVu faces are used on any machine.
 */
export function previewSvg(content: PreviewContent): string {
	const storyLines = wrapText(content.storyTitle.toUpperCase(), 60, 1);
	const titleLines = wrapText(content.title, 30, content.quote ? 2 : 4);
	const titleTop = 215;
	const quoteTop = titleTop + titleLines.length * 64 + 40;
	const quoteLines = content.quote ? wrapText(`“${content.quote.text}”`, 58, 3) : [];
	const footer = ['Timeline', content.outlet].filter(Boolean).join(' · ');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">
<rect width="100%" height="100%" fill="#ffffff"/>
<rect x="0" y="0" width="16" height="${PREVIEW_HEIGHT}" fill="#b3261e"/>
${lines(72, 90, 34, storyLines, 'font-family="DejaVu Sans" font-weight="bold" font-size="24" letter-spacing="2" fill="#b3261e"')}
${lines(72, 150, 40, [content.date], 'font-family="DejaVu Sans" font-weight="bold" font-size="32" fill="#4a4f5a"')}
${lines(72, titleTop, 64, titleLines, 'font-family="DejaVu Serif" font-weight="bold" font-size="54" fill="#16181d"')}
${content.quote ? `<rect x="72" y="${quoteTop - 36}" width="6" height="${quoteLines.length * 44 + 50}" fill="#b3261e"/>` : ''}
${lines(100, quoteTop, 44, quoteLines, 'font-family="DejaVu Serif" font-style="italic" font-size="32" fill="#16181d"')}
${content.quote ? lines(100, quoteTop + quoteLines.length * 44 + 4, 36, [`— ${content.quote.speaker}`], 'font-family="DejaVu Sans" font-size="24" fill="#4a4f5a"') : ''}
${lines(72, PREVIEW_HEIGHT - 40, 30, [footer], 'font-family="DejaVu Sans" font-size="22" fill="#4a4f5a"')}
</svg>`;
}
