export interface Preset {
	label: string;
	from: number;
	to: number;
}

/**
 * Buttons that jump to a period: one per year the story's events cover, or one
 * per decade when there are too many years for a row of buttons, then "All".
 */
export function yearPresets(
	domain: [Date, Date],
	items: readonly { start: number; end: number }[]
): Preset[] {
	const all = { label: 'All', from: domain[0].getTime(), to: domain[1].getTime() };
	if (items.length === 0) return [all];
	let first = Infinity;
	let last = -Infinity;
	for (const item of items) {
		first = Math.min(first, item.start);
		last = Math.max(last, item.end - 1);
	}
	const firstYear = new Date(first).getUTCFullYear();
	const lastYear = new Date(last).getUTCFullYear();
	const step = lastYear - firstYear + 1 > 12 ? 10 : 1;
	const presets: Preset[] = [];
	for (let year = Math.floor(firstYear / step) * step; year <= lastYear; year += step) {
		const from = Date.UTC(year, 0, 1);
		const to = Date.UTC(year + step, 0, 1);
		presets.push({ label: step === 1 ? String(year) : `${year}s`, from, to });
	}
	return [...presets, all];
}
