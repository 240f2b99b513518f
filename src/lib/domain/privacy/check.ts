import { findPersonalData, type Finding } from '$lib/domain/privacy/personal-data';

/** Field name → its text and what the guard found in it. */
export type GuardHits = Record<string, { text: string; findings: Finding[] }>;

/** Runs the personal-data guard over every free-text value; null when nothing was found. */
export function checkPersonalData(values: Record<string, unknown>): GuardHits | null {
	const hits: GuardHits = {};
	for (const [name, value] of Object.entries(values)) {
		if (typeof value !== 'string' || value.trim() === '') continue;
		const findings = findPersonalData(value);
		if (findings.length) hits[name] = { text: value, findings };
	}
	return Object.keys(hits).length ? hits : null;
}

/** The user saw the warning and chose "save anyway" (recorded in the audit log). */
export function savesAnyway(form: FormData): boolean {
	return form.get('saveAnyway') === '1';
}
