/**
 * Mark labels are 13px system sans; 7px a character over-estimates most text, so
 * a label laid out with this width is never wider on screen. Labels are also
 * clipped to it with an ellipsis, so an unusually wide font cannot overlap.
 */
export const LABEL_CHAR_PX = 7;
/** Room for the dot or bracket before the text, and padding after it. */
export const LABEL_PADDING_PX = 22;
/** Long titles are cut with an ellipsis at this width; the full title is in the card and the accessible name. */
export const LABEL_MAX_PX = 200;

export function estimateLabelWidth(text: string): number {
	return Math.min(LABEL_MAX_PX, Math.ceil(text.length * LABEL_CHAR_PX) + LABEL_PADDING_PX);
}
