import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/lib/text/escapeMarkup';
import { wrapText } from '../../src/lib/og/wrapText';
import { previewSvg } from '../../src/lib/og/previewSvg';
import { renderPreviewPng } from '../../src/lib/server/previewImage';

describe('preview text', () => {
	it('wraps at spaces within the width', () => {
		expect(wrapText('Qomi meets Baradar: statements should not harm relations', 20, 4)).toEqual([
			'Qomi meets Baradar:',
			'statements should',
			'not harm relations'
		]);
	});

	it('ends with an ellipsis where it cuts', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', 10, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
	});

	it('escapes markup so a story cannot inject into the image', () => {
		expect(escapeMarkup('<img src=x onerror="alert(1)"> & co')).toBe(
			'&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; co'
		);
		const svg = previewSvg({ storyTitle: 'S', date: '2021', title: '<script>alert(1)</script>' });
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&#60;script&#62;');
	});

	it('renders a 1200×630 PNG with the bundled fonts', () => {
		const png = renderPreviewPng({
			storyTitle: 'Story',
			date: '15 August 2021',
			title: 'The Taliban take Kabul',
			quote: { text: 'A new reality', speaker: 'Ali Khamenei' }
		});
		expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
		const view = new DataView(png.buffer, png.byteOffset);
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
	});
});
