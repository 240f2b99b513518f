// How far a partnership is with each method: which steps hold answers, and the last change.
import type { Method } from '$lib/content/types';
import { isEmptyWorksheet, type WorksheetAnswers } from './worksheet';

export type AnswerSummary = {
	method: string;
	step: string;
	answers: Record<string, unknown>;
	updatedAt: Date;
	updatedByName: string | null;
};

export type MethodProgress = {
	method: string;
	/** Slugs of the steps with answers, in the order of the method. */
	filled: string[];
	total: number;
	lastChange: { at: Date; byName: string | null } | null;
};

/**
 * The progress of one method from its saved answers. A role-card step counts as filled once any
 * member saved a role card (`roleCardFilled`): its answers live per member, not per step.
 */
export function methodProgress(method: Method, rows: AnswerSummary[], roleCardFilled = false): MethodProgress {
	const own = rows.filter((r) => r.method === method.slug);
	const filled = method.steps
		.filter((s) =>
			s.worksheet === 'role-card'
				? roleCardFilled
				: own.some((r) => r.step === s.slug && !isEmptyWorksheet(r.answers as WorksheetAnswers))
		)
		.map((s) => s.slug);
	const last = own.reduce<AnswerSummary | null>((a, r) => (!a || r.updatedAt > a.updatedAt ? r : a), null);
	return {
		method: method.slug,
		filled,
		total: method.steps.length,
		lastChange: last ? { at: last.updatedAt, byName: last.updatedByName } : null
	};
}
