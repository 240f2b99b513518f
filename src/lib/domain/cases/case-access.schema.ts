import { z } from 'zod';
import { id } from '$lib/fields';
import { m } from '$lib/paraglide/messages.js';

/** Why a member asks to read a case, in a few words; the personal-data guard reads it first. */
export const accessRequestSchema = z.object({
	reason: z
		.string({ error: () => m.acc_err_reason() })
		.trim()
		.min(3, { error: () => m.acc_err_reason() })
		.max(500, { error: () => m.err_field_max({ max: 500 }) })
});

/** Granting or refusing one request. */
export const accessDecisionSchema = z.object({
	request: id(() => m.err_field_invalid())
});
