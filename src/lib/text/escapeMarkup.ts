/** Text for HTML or SVG markup, in content or a quoted attribute: markup in a story is shown, never interpreted. */
export function escapeMarkup(text: string): string {
	return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
