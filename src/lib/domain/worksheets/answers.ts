// How a stored worksheet answer reads as text: the same words on the page and on paper.
import type { WorksheetField } from '$lib/content/types';
import { m } from '$lib/paraglide/messages.js';

/** The answer to `f` as text, '' when it is empty. */
export function answerText(f: WorksheetField, answers: Record<string, unknown>): string {
	const v = answers[f.name];
	if (f.kind === 'choice') return f.options.find((o) => o.value === v)?.label ?? '';
	if (f.kind !== 'choices') return typeof v === 'string' ? v.trim() : '';
	const values = Array.isArray(v) ? (v as string[]) : [];
	const labels = values.map((x) =>
		x === 'other'
			? String(answers[`${f.name}Other`] ?? '').trim() || m.worksheet_other()
			: (f.options.find((o) => o.value === x)?.label ?? x)
	);
	return labels.join(', ');
}
