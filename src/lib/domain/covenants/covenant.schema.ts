// A covenant or action plan of the method "betrokkenheid op verschillende niveaus": who commits to
// what, per level, until when, and when the partners look at it again. Client-safe.
import { z } from 'zod';
import * as fields from '$lib/fields';
import { COVENANT_KINDS, LEVELS } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';

export const COVENANT_TITLE_MAX = 200;
export const COVENANT_PURPOSE_MAX = 2000;
export const COMMITMENT_PARTY_MAX = 200;
export const COMMITMENT_WHAT_MAX = 1000;

/** The free-text fields the personal-data guard reads before a save. */
export const COVENANT_TEXT_FIELDS = ['title', 'purpose'] as const;
export const COMMITMENT_TEXT_FIELDS = ['party', 'what'] as const;

const optionalDate = (label: () => string) => fields.optionalDate(() => m.err_date_in_field({ label: label() }));

export const covenantSchema = z
	.object({
		kind: z.enum(COVENANT_KINDS, { error: () => m.cov_err_kind() }),
		title: fields.line(COVENANT_TITLE_MAX).refine((v) => v.length > 0, { error: () => m.cov_err_title() }),
		purpose: z
			.string()
			.trim()
			.max(COVENANT_PURPOSE_MAX, { error: () => m.err_field_max({ max: COVENANT_PURPOSE_MAX }) })
			.default(''),
		signedOn: optionalDate(m.cov_field_signed_on),
		validUntil: optionalDate(m.cov_field_valid_until),
		reviewOn: optionalDate(m.cov_field_review_on)
	})
	.superRefine((v, ctx) => {
		if (v.signedOn && v.validUntil && v.validUntil < v.signedOn)
			ctx.addIssue({ code: 'custom', path: ['validUntil'], message: m.cov_err_valid_before_signed() });
		if (v.signedOn && v.reviewOn && v.reviewOn < v.signedOn)
			ctx.addIssue({ code: 'custom', path: ['reviewOn'], message: m.cov_err_review_before_signed() });
	});
export type CovenantInput = z.infer<typeof covenantSchema>;

export const commitmentSchema = z.object({
	level: z.enum(LEVELS, { error: () => m.cov_err_level() }),
	party: fields.line(COMMITMENT_PARTY_MAX).refine((v) => v.length > 0, { error: () => m.cov_err_party() }),
	what: z
		.string()
		.trim()
		.min(1, { error: () => m.cov_err_what() })
		.max(COMMITMENT_WHAT_MAX, { error: () => m.err_field_max({ max: COMMITMENT_WHAT_MAX }) }),
	until: optionalDate(m.cov_field_until)
});
export type CommitmentInput = z.infer<typeof commitmentSchema>;

/** The id of the commitment a form changes or removes. */
export const commitmentRefSchema = z.object({ commitmentId: fields.id(() => m.err_not_found()) });

export const COVENANT_SORTS = ['recent', 'herbekijken', 'titel'] as const;
export type CovenantSort = (typeof COVENANT_SORTS)[number];

/** The list's filters and sort order, from the query string; anything unknown means the default. */
export const covenantFilterSchema = z.object({
	soort: z.enum(COVENANT_KINDS).or(z.literal('')).catch(''),
	/** `1`: only what is due for a review (its review date is today or past). */
	herbekijken: z.literal('1').or(z.literal('')).catch(''),
	sortering: z.enum(COVENANT_SORTS).catch('recent')
});
export type CovenantFilter = z.infer<typeof covenantFilterSchema>;
