// A pilot: the modest shared step of the trust building loop (method "respect en vertrouwen",
// step 4). One schema per form: planning or changing the pilot, and looking back on it.
import { z } from 'zod';
import * as fields from '$lib/fields';
import { LEARNING_KINDS } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';

export const PILOT_TITLE_MAX = 200;
export const PILOT_TEXT_MAX = 2000;

export const pilotSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(1, { error: () => m.pil_err_title() })
			.max(PILOT_TITLE_MAX, { error: () => m.err_field_max({ max: PILOT_TITLE_MAX }) })
			.refine((v) => !/[\n\t]/.test(v), { error: () => m.err_field_one_line() }),
		aim: z
			.string()
			.trim()
			.max(PILOT_TEXT_MAX, { error: () => m.err_field_max({ max: PILOT_TEXT_MAX }) })
			.default(''),
		ownerId: fields.id(() => m.pil_err_owner()),
		startsOn: fields.optionalDate(() => m.err_date_in_field({ label: m.pil_field_starts_on() })),
		lookBackOn: fields.date(() => m.pil_err_look_back_on())
	})
	.superRefine((v, ctx) => {
		if (v.startsOn && v.lookBackOn < v.startsOn)
			ctx.addIssue({ code: 'custom', path: ['lookBackOn'], message: m.pil_err_look_back_before_start() });
	});
export type PilotInput = z.infer<typeof pilotSchema>;

/** The look back: what went well and what the partners learned; it becomes a learning-log entry. */
export const lookBackSchema = z.object({
	kind: z.enum(LEARNING_KINDS, { error: () => m.pil_err_kind() }),
	wentWell: z
		.string()
		.trim()
		.min(10, { error: () => m.pil_err_went_well() })
		.max(PILOT_TEXT_MAX, { error: () => m.err_field_max({ max: PILOT_TEXT_MAX }) }),
	learned: z
		.string()
		.trim()
		.min(3, { error: () => m.pil_err_learned() })
		.max(PILOT_TEXT_MAX, { error: () => m.err_field_max({ max: PILOT_TEXT_MAX }) })
});
export type LookBackInput = z.infer<typeof lookBackSchema>;

/** The free-text fields of a look back; the personal-data guard reads them before they reach the learning log. */
export const LOOK_BACK_TEXT_FIELDS = ['wentWell', 'learned'] as const;

/**
 * Where a pilot stands: running (the look back lies ahead), due (the day has come and nobody looked
 * back yet) or looked back. In the URL as `?stand=`.
 */
export const PILOT_STATES = ['lopend', 'terugblikken', 'afgerond'] as const;
export type PilotState = (typeof PILOT_STATES)[number];

export const pilotFilterSchema = z.object({
	stand: z.enum(PILOT_STATES).or(z.literal('')).catch('')
});
export type PilotFilter = z.infer<typeof pilotFilterSchema>;

/** The state of one pilot on `today` (YYYY-MM-DD): the pure twin of the list's SQL filter. */
export function pilotState(
	pilot: { lookBackOn: string; lookedBackAt: Date | string | null },
	today: string
): PilotState {
	if (pilot.lookedBackAt) return 'afgerond';
	return pilot.lookBackOn <= today ? 'terugblikken' : 'lopend';
}
