import { escapeMarkup } from '../text/escapeMarkup.ts';
import type { Media, MediaKind, Picture } from '../story/types.ts';
import { PICTURE_SIZES, picturePath, pictureSrcset } from './picture.ts';

const ICONS: Record<MediaKind, string> = { image: '', video: '▶', audio: '♪', post: '✎', document: '▤' };

/**
 * An event's media as the card shows them, written by the build for the page to
 * carry as markup (see EventCard's `{@html}`), as the timeline's sketch is: it is
 * static, and as a component its code would be the first view's for every story,
 * with pictures or without. A photo is a `<picture>` of the widths the build made
 * (WebP, then JPEG), its box reserved by its width and height, every one lazy
 * (the card of the page's own event makes its first eager, see eagerFirstPicture);
 * another kind is a link out with its local poster or an icon. Nothing here loads
 * from another site. Every text is escaped; `base` is the site's base path.
 */
export function mediaMarkup(media: readonly Media[], base: string): string {
	return media.map((item) => figure(item, base)).join('');
}

function picture(made: Picture, alt: string, base: string): string {
	const fallback = base + picturePath(made.hash, made.widths[Math.min(1, made.widths.length - 1)], 'jpg');
	// A tall picture is narrowed so that it stays 32rem tall at most, its box still from its shape.
	const maxWidth = ((32 * made.width) / made.height).toFixed(2);
	return (
		`<picture><source type="image/webp" srcset="${pictureSrcset(base, made, 'webp')}" sizes="${PICTURE_SIZES}">` +
		`<img src="${fallback}" srcset="${pictureSrcset(base, made, 'jpg')}" sizes="${PICTURE_SIZES}" width="${made.width}" height="${made.height}" alt="${escapeMarkup(alt)}" loading="lazy" decoding="async" style="max-width: min(100%, ${maxWidth}rem)"></picture>`
	);
}

function figure(media: Media, base: string): string {
	let html = '<figure class="media" data-testid="media">';
	if (media.kind === 'image') {
		if (media.picture) html += picture(media.picture, media.alt, base);
	} else if (media.link) {
		html += `<a class="link-out" href="${escapeMarkup(media.link)}" target="_blank" rel="noopener noreferrer">`;
		html += media.picture
			? picture(media.picture, '', base)
			: `<span class="icon" aria-hidden="true">${ICONS[media.kind]}</span>`;
		html += `<span class="what">${escapeMarkup(media.label ?? '')} <span aria-hidden="true">↗</span></span></a>`;
	}
	if (media.caption || media.credit) {
		html += '<figcaption>';
		if (media.caption) html += `<span class="caption">${escapeMarkup(media.caption)}</span>`;
		if (media.credit) html += `<span class="credit">${escapeMarkup(media.credit)}</span>`;
		if (media.kind === 'image' && media.link)
			html += `<a href="${escapeMarkup(media.link)}" rel="noopener noreferrer" target="_blank">The original</a>`;
		html += '</figcaption>';
	}
	return `${html}</figure>`;
}

/** The same markup with its first picture loading at once: the card of the page's own event. */
export function eagerFirstPicture(html: string): string {
	return html.replace('loading="lazy"', 'loading="eager"');
}
