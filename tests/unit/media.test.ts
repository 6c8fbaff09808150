import { describe, expect, it } from 'vitest';
import { eagerFirstPicture, mediaMarkup } from '../../src/lib/media/mediaMarkup';
import { parsePictureName, pictureSrcset, pictureWidths } from '../../src/lib/media/picture';
import type { Media } from '../../src/lib/story/types';

const photo: Media = {
	kind: 'image',
	alt: 'A "valley" <at dawn>',
	caption: '<script>alert(1)</script>',
	credit: 'Photo: A & B',
	picture: { hash: '0123456789ab', width: 1600, height: 900, widths: [480, 960, 1600] }
};

describe('media markup', () => {
	it('reserves every picture’s box and offers every width in both formats', () => {
		const html = mediaMarkup([photo], '/sub');
		expect(html).toContain(
			'<source type="image/webp" srcset="/sub/media/0123456789ab-480.webp 480w, /sub/media/0123456789ab-960.webp 960w, /sub/media/0123456789ab-1600.webp 1600w"'
		);
		expect(html).toContain('src="/sub/media/0123456789ab-960.jpg"');
		expect(html).toMatch(/width="1600" height="900"/);
		expect(html).toContain('loading="lazy"');
		expect(eagerFirstPicture(html + html).match(/loading="eager"/g)).toHaveLength(1);
	});

	it('escapes every text of the story', () => {
		const html = mediaMarkup(
			[photo, { kind: 'post', alt: '', link: 'https://x.com/a?b=1&c="2"', label: 'Post, on <x.com>' }],
			''
		);
		expect(html).not.toContain('<script>');
		expect(html).toContain('alt="A &#34;valley&#34; &#60;at dawn&#62;"');
		expect(html).toContain('Photo: A &#38; B');
		expect(html).toContain('href="https://x.com/a?b=1&#38;c=&#34;2&#34;"');
		expect(html).toContain('Post, on &#60;x.com&#62;');
	});

	it('narrows a tall picture to 32rem tall, keeps a wide one to the column', () => {
		const tall = mediaMarkup(
			[{ ...photo, picture: { hash: '0123456789ab', width: 800, height: 1200, widths: [480, 800] } }],
			''
		);
		expect(tall).toContain('style="max-width: min(100%, 21.33rem)"');
		expect(mediaMarkup([photo], '')).toContain('style="max-width: min(100%, 56.89rem)"');
	});

	it('names made pictures so that they read back, and never makes one wider than its original', () => {
		expect(pictureWidths(700)).toEqual([480, 700]);
		expect(pictureWidths(480)).toEqual([480]);
		expect(pictureWidths(3000)).toEqual([480, 960, 1600]);
		expect(parsePictureName('0123456789ab-960.webp')).toEqual({
			hash: '0123456789ab',
			width: 960,
			format: 'webp'
		});
		expect(parsePictureName('../../etc/passwd')).toBeNull();
		expect(pictureSrcset('', photo.picture!, 'jpg').split(', ')).toHaveLength(3);
	});
});
