import { z } from 'zod';
import { caseSections, perspectiveFields, type CaseSectionKind } from '$lib/content/cases';
import { worksheetSchema } from '$lib/domain/worksheets/worksheet';
import { RASCI_LETTERS } from './rasci';

import { CASE_STATUSES, type CaseStatus } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';
export { CASE_STATUSES, type CaseStatus };

const code = z
	.string()
	.trim()
	.min(2, { error: () => m.err_case_code() })
	.max(40, { error: () => m.err_field_max({ max: 40 }) });

export const newCaseSchema = z.object({
	code,
	situation: z
		.string()
		.trim()
		.min(1, { error: () => m.err_case_situation() })
		.max(4000, { error: () => m.err_field_max({ max: 4000 }) }),
	partners: z.array(z.uuid()).default([])
});
export type NewCaseInput = z.infer<typeof newCaseSchema>;

export const caseMetaSchema = z.object({
	code,
	status: z.enum(CASE_STATUSES, { error: () => m.err_status_choose() }),
	partners: z.array(z.uuid()).default([])
});

export const sectionSchemas = Object.fromEntries(
	Object.values(caseSections).map((s) => [s.kind, worksheetSchema(s.fields)])
) as Record<CaseSectionKind, ReturnType<typeof worksheetSchema>>;

export const perspectiveSchema = worksheetSchema(perspectiveFields);

const level = z.enum(['1', '2', '3'], { error: () => m.err_level_low_high() }).transform(Number);

export const actionSchema = z.object({
	description: z
		.string()
		.trim()
		.min(3, { error: () => m.err_action_description() })
		.max(500, { error: () => m.err_field_max({ max: 500 }) }),
	feasibility: level,
	impact: level
});

/** The RASCI form posts `rasci_<membershipId>` = R|A|S|C|I|'' for every member. */
export function parseRasciForm(form: FormData) {
	const assignments: { membershipId: string; letter: (typeof RASCI_LETTERS)[number] }[] = [];
	for (const [key, value] of form.entries()) {
		if (!key.startsWith('rasci_') || typeof value !== 'string' || value === '') continue;
		const membershipId = key.slice('rasci_'.length);
		if (!z.uuid().safeParse(membershipId).success || !(RASCI_LETTERS as readonly string[]).includes(value)) return null;
		assignments.push({ membershipId, letter: value as (typeof RASCI_LETTERS)[number] });
	}
	return assignments;
}

/** The case list's filters and sort order, from the query string; anything unknown means the default. */
export const caseFilterSchema = z.object({
	status: z.enum(CASE_STATUSES).or(z.literal('')).catch(''),
	/** Part of a code or pseudonym. */
	zoek: z.string().trim().max(40).catch(''),
	/** '' is the working order: open first, then in follow-up, then closed, each most recently changed first. */
	sorteer: z.enum(['code']).or(z.literal('')).catch('')
});
export type CaseFilter = z.infer<typeof caseFilterSchema>;
