import type { SubmitFunction } from '@sveltejs/kit';
import type { z } from 'zod';
import { cleanText } from './fields';

/** Field name → first error message (Dutch), ready to show next to the field. */
export type FieldErrors = Record<string, string>;

export type ParseResult<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string | string[]> };

/**
 * Reads a form into plain values (repeated names become arrays) and validates it with a zod schema.
 * On failure the typed values come back so the page can show them again.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	form: FormData,
	arrays: readonly string[] = []
): ParseResult<z.infer<S>> {
	const values: Record<string, string | string[]> = {};
	for (const key of new Set(form.keys())) {
		// Text is cleaned once here (line breaks, control characters), for every form.
		const all = form
			.getAll(key)
			.filter((v): v is string => typeof v === 'string')
			.map(cleanText);
		values[key] = arrays.includes(key) ? all : (all[0] ?? '');
	}
	for (const key of arrays) values[key] ??= [];
	const result = schema.safeParse(values);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message;
	}
	// Never send passwords back to the browser.
	for (const key of Object.keys(values)) if (key.toLowerCase().includes('password')) delete values[key];
	return { ok: false, errors, values };
}

/** `use:enhance` for login and registration: like a page without JavaScript, a refused password is not shown again. */
export const clearPasswordOnFailure: SubmitFunction =
	() =>
	async ({ update, result, formElement }) => {
		// Cleared before the result shows, so nothing typed after the message appears is wiped.
		const password = formElement.elements.namedItem('password');
		if (result.type === 'failure' && password instanceof HTMLInputElement) password.value = '';
		await update();
	};

/** `use:enhance` for forms with a one-time code or a password: like without JavaScript, a refused one is not shown again. */
export const clearOnFailure =
	(...names: string[]): SubmitFunction =>
	() =>
	async ({ update, result, formElement }) => {
		if (result.type === 'failure')
			for (const name of names) {
				const input = formElement.elements.namedItem(name);
				if (input instanceof HTMLInputElement) input.value = '';
			}
		await update();
	};
