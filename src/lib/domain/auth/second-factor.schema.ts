import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { partnershipSchema } from '$lib/domain/partnerships/partnership.schema';
import { PASSWORD_MAX } from './auth.schema';

/** Six digits from the app; spaces (as some apps show them: "123 456") are allowed. */
const appCode = z
	.string()
	.transform((v) => v.replace(/\s/g, ''))
	.pipe(z.string().regex(/^\d{6}$/, { error: () => m.second_factor_err_code_format() }));

/** A recovery code as typed: 8 letters and digits, with or without the dash. */
const recoveryCode = z
	.string()
	.transform((v) => v.toLowerCase().replace(/[\s-]/g, ''))
	.pipe(z.string().regex(/^[a-z0-9]{8}$/, { error: () => m.second_factor_err_recovery_format() }));

const next = z.string().max(2048).optional();

/** The second step of a login with a code from the app. */
export const secondStepCodeSchema = z.object({ code: appCode, next });

/** The second step of a login with a recovery code. */
export const secondStepRecoverySchema = z.object({ code: recoveryCode, next });

/** Confirming the app: the enrolment's secret and ticket (hidden fields) and a code. */
export const enableTotpSchema = z.object({
	secret: z.string().regex(/^[A-Z2-7]{16,64}$/, { error: () => m.totp_err_enrolment_expired() }),
	ticket: z.string().regex(/^\d{1,16}\.[0-9a-f]{64}$/, { error: () => m.totp_err_enrolment_expired() }),
	code: appCode,
	next
});

/** Turning the app off, or new recovery codes: the current password. */
export const passwordProofSchema = z.object({
	password: z
		.string()
		.min(1, { error: () => m.err_password_required() })
		.max(PASSWORD_MAX, { error: () => m.err_password_too_long() })
});

/** The partnership's settings with the second-factor rule (a checkbox: present when ticked). */
export const partnershipSettingsSchema = partnershipSchema.extend({
	requireSecondFactor: z
		.string()
		.optional()
		.transform((value) => value !== undefined)
});

export type PartnershipSettingsInput = z.infer<typeof partnershipSettingsSchema>;
