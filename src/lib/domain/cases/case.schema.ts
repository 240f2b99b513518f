import { z } from 'zod';
import { caseSections, perspectiveFields, type CaseSectionKind } from '$lib/content/cases';
import { worksheetSchema } from '$lib/domain/worksheets/worksheet';
import { RASCI_LETTERS } from './rasci';

import { CASE_STATUSES, type CaseStatus } from '$lib/domain/partnerships/enums';
export { CASE_STATUSES, type CaseStatus };

const code = z
	.string()
	.trim()
	.min(2, 'Geef de casus een code of schuilnaam (minstens 2 tekens).')
	.max(40, 'Hoogstens 40 tekens.');

/** Case partners and RASCI holders are coordinators or partners of the partnership; observers see no case content. */
export const PARTNERS_ERROR = 'Kies coördinatoren of partners uit de lijst: waarnemers werken niet mee aan casussen.';

export const newCaseSchema = z.object({
	code,
	situation: z.string().trim().min(1, 'Beschrijf kort de situatie, zonder namen.').max(4000, 'Hoogstens 4000 tekens.'),
	partners: z.array(z.uuid()).default([])
});
export type NewCaseInput = z.infer<typeof newCaseSchema>;

export const caseMetaSchema = z.object({
	code,
	status: z.enum(CASE_STATUSES, 'Kies een status.'),
	partners: z.array(z.uuid()).default([])
});

export const sectionSchemas = Object.fromEntries(
	Object.values(caseSections).map((s) => [s.kind, worksheetSchema(s.fields)])
) as Record<CaseSectionKind, ReturnType<typeof worksheetSchema>>;

export const perspectiveSchema = worksheetSchema(perspectiveFields);

const level = z.enum(['1', '2', '3'], 'Kies laag, middel of hoog.').transform(Number);

export const actionSchema = z.object({
	description: z.string().trim().min(3, 'Beschrijf de actie in een paar woorden.').max(500, 'Hoogstens 500 tekens.'),
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
