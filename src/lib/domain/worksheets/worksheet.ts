import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import type { Method, MethodStep, WorksheetField } from '$lib/content/types';
import { methods } from '$lib/content/methods';

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
			const list = z.array(z.enum(values, { error: () => m.err_worksheet_choose_from_list({ label: f.label }) }));
			shape[f.name] = required.includes(f.name)
				? list.min(1, { error: () => m.err_worksheet_choose_one_or_more({ label: f.label }) })
				: list.default([]);
			if (f.other)
				shape[`${f.name}Other`] = z
					.string()
					.trim()
					.max(200, { error: () => m.err_field_max({ max: 200 }) })
					.default('');
		} else if (f.kind === 'choice') {
			const values = f.options.map((o) => o.value) as [string, ...string[]];
			const one = z.enum(values, { error: () => m.err_worksheet_choose_one({ label: f.label }) });
			// An unanswered radio group sends nothing, or '' from a reset form.
			shape[f.name] = required.includes(f.name) ? one : z.union([one, z.literal('')]).default('');
		} else {
			const max = f.maxLength ?? (f.kind === 'text' ? 200 : 2000);
			const missing = { error: () => m.err_worksheet_fill_in({ label: f.label }) };
			const text = z
				.string(missing)
				.trim()
				.max(max, { error: () => m.err_worksheet_too_long({ max }) });
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
					message: m.err_worksheet_other()
				});
		}
	});
}

/** True when nothing meaningful is filled in. */
export function isEmptyWorksheet(answers: WorksheetAnswers | null | undefined): boolean {
	if (!answers) return true;
	return Object.values(answers).every((v) => (Array.isArray(v) ? v.length === 0 : String(v).trim() === ''));
}

/** The field of the notes a sub-step without fields gets: one per sub-step, named by its number. */
export function notesField(subStepNumber: number): WorksheetField {
	return {
		kind: 'textarea',
		name: `notes${subStepNumber}`,
		label: m.wks_notes_label(),
		hint: m.wks_notes_hint(),
		maxLength: 2000
	};
}

/**
 * The step as a partnership fills it in. A step whose content has no fields still gets one notes
 * field per sub-step, so every step of every method can be filled in and saved.
 */
export function fillableStep(step: MethodStep): MethodStep {
	if (worksheetFields(step).length > 0) return step;
	return { ...step, subSteps: step.subSteps.map((s) => ({ ...s, fields: [notesField(s.number)] })) };
}

/** A step's guiding questions, sub-step after sub-step: the questions of a live reflection on the step. */
export function stepQuestions(step: MethodStep): string[] {
	return step.subSteps.flatMap((s) => s.guidingQuestions);
}

/**
 * What a method is for, in a sentence: the introduction's sentence "Met deze methode …", else its
 * first two sentences.
 */
export function methodGoal(method: Method): string {
	const sentences =
		method.introduction
			.trim()
			.match(/[^.!?]+[.!?]+(\s|$)/g)
			?.map((x) => x.trim()) ?? [];
	if (sentences.length === 0) return method.introduction.trim();
	return sentences.find((x) => x.startsWith('Met deze methode')) ?? sentences.slice(0, 2).join(' ');
}

/** The worksheet step a reflection moment runs (`<method>/<step>`), or null when it runs none or an unknown one. */
export function worksheetStepOf(
	methodStep: string | null | undefined
): { method: string; step: string; number: number; methodTitle: string } | null {
	if (!methodStep) return null;
	const [method, step] = methodStep.split('/');
	const found = methods.find((x) => x.slug === method);
	const s = found?.steps.find((x) => x.slug === step);
	return found && s ? { method: found.slug, step: s.slug, number: s.number, methodTitle: found.title } : null;
}
