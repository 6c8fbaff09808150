/**
 * Breaks text into at most `maxLines` lines of about `maxChars` characters, at
 * spaces, ending with an ellipsis where the text had to be cut. Preview images are
 * drawn without a layout engine, so lines are measured in characters.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	let index = 0;
	for (; index < words.length; index++) {
		const word = words[index].length > maxChars ? `${words[index].slice(0, maxChars - 1)}…` : words[index];
		const candidate = line ? `${line} ${word}` : word;
		if (candidate.length <= maxChars) {
			line = candidate;
			continue;
		}
		lines.push(line);
		line = word;
		if (lines.length === maxLines) break;
	}
	if (lines.length < maxLines && line) {
		lines.push(line);
		line = '';
	}
	if (index < words.length || line) {
		const last = lines[lines.length - 1] ?? '';
		lines[lines.length - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
	}
	return lines;
}
