import type { StoryEvent } from './types.ts';

export interface QuoteAnchor {
	/** The element id a quote link points to: `q-<event id>-<quote index>`. */
	anchor: string;
	eventId: string;
	quoteIndex: number;
}

export type Segment = { text: string } | { text: string; quote: QuoteAnchor };

/** A paragraph of the source text, or a section heading (a paragraph written `## Heading`). */
export interface SourceBlock {
	kind: 'paragraph' | 'heading';
	segments: Segment[];
}

/** How a source text marks a section heading: a paragraph that starts with this. */
export const HEADING_PREFIX = '## ';

const PARAGRAPH_BREAK = /\n\s*\n/;

export function quoteAnchor(eventId: string, quoteIndex: number): string {
	return `q-${eventId}-${quoteIndex}`;
}

/**
 * Where a quote stands in the source text, or why it cannot be marked there: a
 * quote's link must land on exactly one passage, within one paragraph.
 */
export function placeQuote(
	text: string,
	quote: string
): { start: number; end: number } | { problem: string } {
	const start = text.indexOf(quote);
	if (start === -1) return { problem: 'is not found word for word in the source text' };
	let times = 1;
	for (let at = text.indexOf(quote, start + 1); at !== -1; at = text.indexOf(quote, at + 1)) times++;
	if (times > 1) {
		return {
			problem: `is found ${times} times in the source text: quote enough of the passage to mark one place`
		};
	}
	if (PARAGRAPH_BREAK.test(quote)) {
		return { problem: 'spans a paragraph break in the source text: quote one paragraph at a time' };
	}
	return { start, end: start + quote.length };
}

/**
 * The source text split into paragraphs and headings, each a run of plain and
 * quoted segments, so that the reading view can mark every quoted passage where it
 * stands. Validation guarantees each quote is found once, within a paragraph, and
 * overlaps no other; one that is not is left unmarked rather than guessed at.
 */
export function sourceSegments(
	text: string,
	events: readonly Pick<StoryEvent, 'id' | 'quotes'>[]
): SourceBlock[] {
	const found: { start: number; end: number; quote: QuoteAnchor }[] = [];
	for (const event of events) {
		event.quotes.forEach((quote, quoteIndex) => {
			const place = placeQuote(text, quote.text);
			if ('problem' in place) return;
			found.push({
				...place,
				quote: { anchor: quoteAnchor(event.id, quoteIndex), eventId: event.id, quoteIndex }
			});
		});
	}
	found.sort((a, b) => a.start - b.start);

	const blocks: SourceBlock[] = [];
	let offset = 0;
	for (const block of text.split(PARAGRAPH_BREAK)) {
		let blockStart = text.indexOf(block, offset);
		const blockEnd = blockStart + block.length;
		offset = blockEnd;
		if (!block.trim()) continue;
		const heading = block.startsWith(HEADING_PREFIX);
		if (heading) blockStart += HEADING_PREFIX.length;
		const segments: Segment[] = [];
		let cursor = blockStart;
		for (const match of found) {
			if (match.start < cursor || match.end > blockEnd) continue;
			if (match.start > cursor) segments.push({ text: text.slice(cursor, match.start) });
			segments.push({ text: text.slice(match.start, match.end), quote: match.quote });
			cursor = match.end;
		}
		if (cursor < blockEnd) segments.push({ text: text.slice(cursor, blockEnd) });
		blocks.push({ kind: heading ? 'heading' : 'paragraph', segments });
	}
	return blocks;
}
