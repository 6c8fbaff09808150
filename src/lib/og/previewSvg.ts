import { escapeMarkup } from '../text/escapeMarkup.ts';
import { wrapText } from './wrapText.ts';

export interface PreviewContent {
	storyTitle: string;
	date: string;
	/** How sure the story is of the event ("Reported by the article, unconfirmed"), printed above its title. */
	label?: string;
	title: string;
	/** `note` says whose words they are where they are not the speaker's as recorded ("Translated"). */
	quote?: { text: string; speaker: string; note?: string };
	outlet?: string;
	/** The event's first picture, as a data URI (JPEG): the card's background, darkened under the text. */
	photo?: string;
}

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** A run of Arabic-script text (Persian, Dari, Pashto), with the spaces, digits and punctuation inside it. */
const ARABIC_RUN =
	/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff][\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c\s\d.،–-]*/g;

/**
 * A line's text as SVG, its Arabic-script runs set in Vazirmatn (bundled, see
 * previewImage.ts): DejaVu has the letters but not the joining and spacing a
 * Persian reader expects.
 */
function markupWithScripts(text: string): string {
	let markup = '';
	let last = 0;
	for (const run of text.matchAll(ARABIC_RUN)) {
		const words = run[0].trimEnd();
		markup += escapeMarkup(text.slice(last, run.index));
		// Isolated right to left (RLI … PDI), as `dir` does in a page: otherwise the day's digits, weak
		// in the bidirectional algorithm, stay with the Latin text on their left.
		markup += `<tspan font-family="Vazirmatn" font-weight="bold">\u2067${escapeMarkup(words)}\u2069</tspan>`;
		last = run.index + words.length;
	}
	return markup + escapeMarkup(text.slice(last));
}

function lines(x: number, y: number, lineHeight: number, texts: string[], attributes: string): string {
	return texts
		.map(
			(text, i) => `<text x="${x}" y="${y + i * lineHeight}" ${attributes}>${markupWithScripts(text)}</text>`
		)
		.join('');
}

/**
 * The link-preview card of an event as SVG: the story, the event's date, the
 * label of a claim that is not confirmed, the title and a quote with whose words
 * it is. Fonts are named so that the renderer's bundled DejaVu faces are used on
 * any machine. Heights are counted so that nothing reaches the footer: the quote
 * gives up lines to the label and to its note.
 */
export function previewSvg(content: PreviewContent): string {
	const { quote, label } = content;
	const storyLines = wrapText(content.storyTitle.toUpperCase(), 60, 1);
	const labelLines = label ? wrapText(label, 56, 1) : [];
	const titleTop = label ? 282 : 215;
	const titleLines = wrapText(content.title, 30, quote ? 2 : label ? 3 : 4);
	const quoteTop = titleTop + titleLines.length * 64 + 40;
	const quoteLines = quote ? wrapText(`“${quote.text}”`, 58, 3 - (label ? 1 : 0) - (quote.note ? 1 : 0)) : [];
	const speakerTop = quoteTop + quoteLines.length * 44 + 4;
	const noteLines = quote?.note ? wrapText(quote.note, 70, 1) : [];
	const quoteHeight = quoteLines.length * 44 + 50 + noteLines.length * 32;
	// A date in two calendars can run long ("15 August 2021 – September 2021 · 24 Mordad 1400 – …"): smaller, not cut.
	const [dateSize, dateChars] =
		content.date.length <= 54 ? [32, 54] : content.date.length <= 72 ? [24, 72] : [20, 90];
	const dateLines = wrapText(content.date, dateChars, 1);
	const footer = ['Timeline', content.outlet].filter(Boolean).join(' · ');
	// Over a photo the text turns light, on a darkening that keeps it at 7:1 over a white picture.
	const ink = content.photo
		? { story: '#ffb4a9', muted: '#e8e8e8', text: '#ffffff', rule: '#ffb4a9' }
		: { story: '#b3261e', muted: '#4a4f5a', text: '#16181d', rule: '#b3261e' };
	const backdrop = content.photo
		? `<image href="${content.photo}" x="0" y="0" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" preserveAspectRatio="xMidYMid slice"/>
<rect width="100%" height="100%" fill="#000000" fill-opacity="0.66"/>`
		: '<rect width="100%" height="100%" fill="#ffffff"/>';
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">
${backdrop}
<rect x="0" y="0" width="16" height="${PREVIEW_HEIGHT}" fill="#b3261e"/>
${lines(72, 90, 34, storyLines, `font-family="DejaVu Sans" font-weight="bold" font-size="24" letter-spacing="2" fill="${ink.story}"`)}
${lines(72, 150, 40, dateLines, `font-family="DejaVu Sans" font-weight="bold" font-size="${dateSize}" fill="${ink.muted}"`)}
${label ? `<rect x="72" y="176" width="${labelLines[0].length * 15 + 28}" height="42" rx="6" fill="#fdecea"/>` : ''}
${lines(86, 206, 34, labelLines, 'font-family="DejaVu Sans" font-weight="bold" font-size="26" fill="#8c1d18"')}
${lines(72, titleTop, 64, titleLines, `font-family="DejaVu Serif" font-weight="bold" font-size="54" fill="${ink.text}"`)}
${quote ? `<rect x="72" y="${quoteTop - 36}" width="6" height="${quoteHeight}" fill="${ink.rule}"/>` : ''}
${lines(100, quoteTop, 44, quoteLines, `font-family="DejaVu Serif" font-style="italic" font-size="32" fill="${ink.text}"`)}
${quote ? lines(100, speakerTop, 36, [`— ${quote.speaker}`], `font-family="DejaVu Sans" font-size="24" fill="${ink.muted}"`) : ''}
${lines(100, speakerTop + 32, 32, noteLines, `font-family="DejaVu Sans" font-style="italic" font-size="22" fill="${ink.muted}"`)}
${lines(72, PREVIEW_HEIGHT - 40, 30, [footer], `font-family="DejaVu Sans" font-size="22" fill="${ink.muted}"`)}
</svg>`;
}
