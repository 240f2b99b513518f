// Pure helpers for showing a record's history: which fields changed from one version to the next.

/** The keys whose value differs between two saved versions (all keys for the first version). */
export function changedKeys(previous: Record<string, unknown> | null, current: Record<string, unknown>): string[] {
	if (!previous) return Object.keys(current);
	const keys = new Set([...Object.keys(previous), ...Object.keys(current)]);
	return [...keys].filter((k) => JSON.stringify(previous[k] ?? null) !== JSON.stringify(current[k] ?? null));
}
