// Signals to policy: the forms (shared by client and server) and the pure rules of the status path.
import { z } from 'zod';
import { isCalendarDate } from '$lib/dates';
import {
	SIGNAL_ADDRESSEES,
	SIGNAL_LEVELS,
	SIGNAL_SOURCE_KINDS,
	SIGNAL_STATUSES,
	SIGNAL_THEMES,
	type SignalSourceKind,
	type SignalStatus
} from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';

/** The free-text fields; the personal-data guard runs over each of them before saving. */
export const SIGNAL_TEXT_FIELDS = ['title', 'description', 'request', 'addresseeOther'] as const;

export const signalSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(3, { error: () => m.err_signal_title() })
			.max(140, { error: () => m.err_field_max({ max: 140 }) }),
		theme: z.enum(SIGNAL_THEMES, { error: () => m.err_signal_theme() }),
		description: z
			.string()
			.trim()
			.min(20, { error: () => m.err_signal_description() })
			.max(4000, { error: () => m.err_field_max({ max: 4000 }) }),
		request: z
			.string()
			.trim()
			.max(2000, { error: () => m.err_field_max({ max: 2000 }) })
			.default(''),
		level: z.enum(SIGNAL_LEVELS, { error: () => m.err_signal_level() }),
		addressee: z.enum(SIGNAL_ADDRESSEES, { error: () => m.err_signal_addressee() }),
		addresseeOther: z
			.string()
			.trim()
			.max(140, { error: () => m.err_field_max({ max: 140 }) })
			.default('')
	})
	.superRefine((v, ctx) => {
		if (v.addressee === 'other' && v.addresseeOther === '')
			ctx.addIssue({
				code: 'custom',
				path: ['addresseeOther'],
				message: m.err_signal_addressee_other()
			});
	})
	// The free name only counts with "other": a leftover text is not kept.
	.transform((v) => ({ ...v, addresseeOther: v.addressee === 'other' ? v.addresseeOther : '' }));
export type SignalInput = z.infer<typeof signalSchema>;

const isDate = isCalendarDate;

/** The date of the first step, "collected": today, or the day the partners first put it together. */
export const collectedOnSchema = z.object({
	collectedOn: z
		.string()
		.trim()
		.refine(isDate, { error: () => m.err_date_full() })
});

/** The answer received from the addressee. */
export const answerSchema = z.object({
	answer: z
		.string()
		.trim()
		.min(3, { error: () => m.err_signal_answer() })
		.max(4000, { error: () => m.err_field_max({ max: 4000 }) })
});

/**
 * One step on the status path. `to` is the status it moves to: the next one (forward) or the one
 * before (back, which needs a reason in the note). Moving to "answered" needs the answer received.
 */
export const statusStepSchema = z
	.object({
		to: z.enum(SIGNAL_STATUSES, { error: () => m.err_signal_step() }),
		direction: z.enum(['forward', 'back'], { error: () => m.err_signal_direction() }),
		on: z
			.string()
			.trim()
			.refine(isDate, { error: () => m.err_date_full() }),
		note: z
			.string()
			.trim()
			.max(1000, { error: () => m.err_field_max({ max: 1000 }) })
			.default(''),
		answer: z
			.string()
			.trim()
			.max(4000, { error: () => m.err_field_max({ max: 4000 }) })
			.default('')
	})
	.superRefine((v, ctx) => {
		if (v.direction === 'back' && v.note.length < 3)
			ctx.addIssue({ code: 'custom', path: ['note'], message: m.err_signal_back_note() });
		if (v.direction === 'forward' && v.to === 'answered' && v.answer.length < 3)
			ctx.addIssue({
				code: 'custom',
				path: ['answer'],
				message: m.err_signal_answer()
			});
	});
export type StatusStepInput = z.infer<typeof statusStepSchema>;

/** The list's filters, from the query string; anything unknown means "all". */
export const signalFilterSchema = z.object({
	status: z.enum(SIGNAL_STATUSES).or(z.literal('')).catch(''),
	thema: z.enum(SIGNAL_THEMES).or(z.literal('')).catch(''),
	niveau: z.enum(SIGNAL_LEVELS).or(z.literal('')).catch(''),
	aan: z.enum(SIGNAL_ADDRESSEES).or(z.literal('')).catch('')
});
export type SignalFilter = z.infer<typeof signalFilterSchema>;

/** Where a new signal or an extra link comes from. */
export const signalSourceSchema = z.object({
	sourceKind: z.enum(SIGNAL_SOURCE_KINDS),
	sourceId: z.uuid()
});
export type SignalSourceRef = { kind: SignalSourceKind; id: string };

/** The query parameter of the "new signal" page for each kind of source. */
export const SOURCE_PARAMS: Record<SignalSourceKind, string> = {
	case: 'casus',
	learning: 'leerlogboek',
	reflection: 'reflectie'
};

/** Reads ?casus=, ?leerlogboek= or ?reflectie= (the first one present). Undefined: none; null: not an id. */
export function sourceFromQuery(params: URLSearchParams): SignalSourceRef | null | undefined {
	for (const kind of SIGNAL_SOURCE_KINDS) {
		const value = params.get(SOURCE_PARAMS[kind]);
		if (value === null) continue;
		return z.uuid().safeParse(value).success ? { kind, id: value } : null;
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// The status path: collected → discussed → passed on → answered, one step at a time.

export function nextStatus(from: SignalStatus): SignalStatus | null {
	return SIGNAL_STATUSES[SIGNAL_STATUSES.indexOf(from) + 1] ?? null;
}

export function previousStatus(from: SignalStatus): SignalStatus | null {
	const i = SIGNAL_STATUSES.indexOf(from);
	return i > 0 ? SIGNAL_STATUSES[i - 1]! : null;
}

/** Is `from → to` one step on the path, in the given direction? */
export function isStep(from: SignalStatus, to: SignalStatus, direction: 'forward' | 'back'): boolean {
	return (direction === 'forward' ? nextStatus(from) : previousStatus(from)) === to;
}
