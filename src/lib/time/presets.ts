export interface Preset {
	label: string;
	from: number;
	to: number;
}

/**
 * Buttons that jump to a period: one per year that holds an event (a span holds
 * every year it runs through), or one per such decade when there are too many
 * for a row of buttons, then "All". A year with no event is left out: its button
 * would open on an empty stretch (on the compact axis, a fold).
 */
export function yearPresets(
	domain: [Date, Date],
	items: readonly { start: number; end: number }[]
): Preset[] {
	const all = { label: 'All', from: domain[0].getTime(), to: domain[1].getTime() };
	const years = new Set<number>();
	for (const item of items) {
		const last = new Date(Math.max(item.start, item.end - 1)).getUTCFullYear();
		for (let year = new Date(item.start).getUTCFullYear(); year <= last; year++) years.add(year);
	}
	const step = years.size > 12 ? 10 : 1;
	const periods = [...new Set([...years].map((year) => Math.floor(year / step) * step))].sort(
		(a, b) => a - b
	);
	return [
		...periods.map((year) => ({
			label: step === 1 ? String(year) : `${year}s`,
			from: Date.UTC(year, 0, 1),
			to: Date.UTC(year + step, 0, 1)
		})),
		all
	];
}
