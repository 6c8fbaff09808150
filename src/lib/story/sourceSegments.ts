import type { StoryEvent } from './types.ts';

export interface QuoteAnchor {
	/** The element id a quote link points to: `q-<event id>-<quote index>`. */
	anchor: string;
	eventId: string;
	quoteIndex: number;
}

export type Segment = { text: string } | { text: string; quote: QuoteAnchor };

export function quoteAnchor(eventId: string, quoteIndex: number): string {
	return `q-${eventId}-${quoteIndex}`;
}

/**
 * The source text split into paragraphs, each a run of plain and quoted segments,
 * so that the reading view can mark every quoted passage where it stands. A quote
 * is found by its exact text (validation guarantees it is there); a passage quoted
 * by two events is marked once, for the first.
 */
export function sourceSegments(
	text: string,
	events: readonly Pick<StoryEvent, 'id' | 'quotes'>[]
): Segment[][] {
	const found: { start: number; end: number; quote: QuoteAnchor }[] = [];
	for (const event of events) {
		event.quotes.forEach((quote, quoteIndex) => {
			const start = text.indexOf(quote.text);
			if (start === -1) return;
			found.push({
				start,
				end: start + quote.text.length,
				quote: { anchor: quoteAnchor(event.id, quoteIndex), eventId: event.id, quoteIndex }
			});
		});
	}
	found.sort((a, b) => a.start - b.start);

	const paragraphs: Segment[][] = [];
	let offset = 0;
	for (const block of text.split(/\n\s*\n/)) {
		const blockStart = text.indexOf(block, offset);
		const blockEnd = blockStart + block.length;
		offset = blockEnd;
		if (!block.trim()) continue;
		const segments: Segment[] = [];
		let cursor = blockStart;
		for (const match of found) {
			if (match.start < cursor || match.end > blockEnd) continue;
			if (match.start > cursor) segments.push({ text: text.slice(cursor, match.start) });
			segments.push({ text: text.slice(match.start, match.end), quote: match.quote });
			cursor = match.end;
		}
		if (cursor < blockEnd) segments.push({ text: text.slice(cursor, blockEnd) });
		paragraphs.push(segments);
	}
	return paragraphs;
}
