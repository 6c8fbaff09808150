/** Levenshtein distance: for "did you mean" on a mistyped link or field name. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length];
}

/**
 * The ids most like a requested one: those sharing its words first, then the
 * closest by edit distance. Ids too unlike the request are left out.
 */
export function nearestIds(requested: string, ids: readonly string[], limit = 3): string[] {
	const wanted = requested.toLowerCase().slice(0, 120);
	if (!wanted) return [];
	const words = wanted.split(/[^a-z0-9]+/).filter((word) => word.length > 2);
	return ids
		.map((id) => {
			const shared = words.filter((word) => id.includes(word)).length;
			return { id, shared, distance: editDistance(wanted, id) };
		})
		.filter((candidate) => candidate.shared > 0 || candidate.distance <= Math.max(3, candidate.id.length / 3))
		.sort((a, b) => b.shared - a.shared || a.distance - b.distance)
		.slice(0, limit)
		.map((candidate) => candidate.id);
}
