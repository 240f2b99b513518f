import { z } from 'zod';
import type { MethodStep, WorksheetField } from '$lib/content/types';

export type WorksheetAnswers = Record<string, string | string[]>;

export function worksheetFields(step: MethodStep): WorksheetField[] {
	return step.subSteps.flatMap((s) => s.fields ?? []);
}

/** Form names that carry several values (checkbox groups). */
export function arrayFieldNames(fields: WorksheetField[]): string[] {
	return fields.filter((f) => f.kind === 'choices').map((f) => f.name);
}

/**
 * One zod schema for any worksheet, built from its field definitions.
 * `required` names fields that must be filled before the worksheet counts as saved.
 */
export function worksheetSchema(
	fields: WorksheetField[],
	required: readonly string[] = []
): z.ZodType<WorksheetAnswers> {
	const shape: Record<string, z.ZodType> = {};
	for (const f of fields) {
		if (f.kind === 'choices') {
			const values = [...f.options.map((o) => o.value), ...(f.other ? ['other'] : [])] as [string, ...string[]];
			const list = z.array(z.enum(values, `Kies uit de lijst bij '${f.label}'.`));
			shape[f.name] = required.includes(f.name)
				? list.min(1, `Kies minstens één antwoord bij '${f.label}'.`)
				: list.default([]);
			if (f.other) shape[`${f.name}Other`] = z.string().trim().max(200, 'Hoogstens 200 tekens.').default('');
		} else if (f.kind === 'choice') {
			const values = f.options.map((o) => o.value) as [string, ...string[]];
			const one = z.enum(values, `Kies een antwoord bij '${f.label}'.`);
			// An unanswered radio group sends nothing, or '' from a reset form.
			shape[f.name] = required.includes(f.name) ? one : z.union([one, z.literal('')]).default('');
		} else {
			const max = f.maxLength ?? (f.kind === 'text' ? 200 : 2000);
			const missing = `Vul '${f.label}' in.`;
			const text = z.string(missing).trim().max(max, `Hoogstens ${max} tekens. Je tekst is nu te lang.`);
			// A default would skip validation of a missing value, so required fields get none.
			shape[f.name] = required.includes(f.name) ? text.min(1, missing) : text.default('');
		}
	}
	const object = z.object(shape) as unknown as z.ZodType<WorksheetAnswers>;
	return object.superRefine((v, ctx) => {
		for (const f of fields) {
			if (f.kind !== 'choices' || !f.other) continue;
			const chosen = v[f.name] as string[];
			const other = v[`${f.name}Other`] as string;
			// "Andere" is its own checkbox; its text is needed only when it is ticked.
			if (chosen.includes('other') && !other)
				ctx.addIssue({
					code: 'custom',
					path: [`${f.name}Other`],
					message: 'Je koos "andere": beschrijf kort wat je bedoelt.'
				});
		}
	});
}

/** True when nothing meaningful is filled in. */
export function isEmptyWorksheet(answers: WorksheetAnswers | null | undefined): boolean {
	if (!answers) return true;
	return Object.values(answers).every((v) => (Array.isArray(v) ? v.length === 0 : String(v).trim() === ''));
}
