import { z } from 'zod';
import { isCalendarDate } from '$lib/dates';
import { CONSENT_FORMS, CONSENT_GIVERS, CONSENT_REQUIREMENTS, LEGAL_FRAMES } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';
import type { Message } from '$lib/fields';

const isDate = isCalendarDate;

/** Whether one of these fields already has a problem (a cross-field check then waits for them). */
const hasIssueIn = (payload: { issues: { path?: PropertyKey[] }[] }, fields: string[]) =>
	payload.issues.some((i) => fields.includes(String(i.path?.[0])));

const requiredDate = (message: Message) => z.string().trim().refine(isDate, { error: message });
const optionalDate = (message: Message) =>
	z
		.string()
		.trim()
		.refine((v) => v === '' || isDate(v), { error: message })
		.transform((v) => (v === '' ? null : v));

export const sharingAgreementSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(3, { error: () => m.err_sharing_title() })
			.max(140, { error: () => m.err_field_max({ max: 140 }) }),
		parties: z
			.array(z.uuid({ error: () => m.err_organisations_from_list() }))
			.transform((ids) => [...new Set(ids)])
			.refine((ids) => ids.length >= 2, { error: () => m.err_sharing_two_parties() }),
		mayShare: z
			.string()
			.trim()
			.min(3, { error: () => m.err_sharing_may_share() })
			.max(2000, { error: () => m.err_field_max({ max: 2000 }) }),
		mayNotShare: z
			.string()
			.trim()
			.min(3, { error: () => m.err_sharing_may_not_share() })
			.max(2000, { error: () => m.err_field_max({ max: 2000 }) }),
		legalFrame: z.enum(LEGAL_FRAMES, { error: () => m.err_sharing_legal_frame() }),
		consent: z.enum(CONSENT_REQUIREMENTS, { error: () => m.err_sharing_consent() }),
		consentHow: z
			.string()
			.trim()
			.max(1000, { error: () => m.err_field_max({ max: 1000 }) })
			.default(''),
		channel: z
			.string()
			.trim()
			.min(3, { error: () => m.err_sharing_channel() })
			.max(500, { error: () => m.err_field_max({ max: 500 }) }),
		feedbackToSchool: z
			.string()
			.trim()
			.max(300, { error: () => m.err_sharing_feedback_long() })
			.default('')
	})
	.refine((v) => v.consent === 'none' || v.consentHow !== '', {
		path: ['consentHow'],
		error: () => m.err_sharing_consent_how(),
		// Also when other fields have problems, so that every message shows at once. Runs only
		// when the two fields it reads are valid themselves.
		when: (payload) => !hasIssueIn(payload, ['consent', 'consentHow'])
	});
export type SharingAgreementInput = z.infer<typeof sharingAgreementSchema>;

const scope = (message: Message) =>
	z
		.string()
		.trim()
		.min(3, { error: message })
		.max(1000, { error: () => m.err_field_max({ max: 1000 }) });

export const consentRecordSchema = z
	.object({
		sharingAgreementId: z
			.union([z.uuid(), z.literal('')], { error: () => m.err_sharing_from_list() })
			.transform((v) => (v === '' ? null : v)),
		givenOn: requiredDate(() => m.err_consent_given_on()),
		givenBy: z.enum(CONSENT_GIVERS, { error: () => m.err_consent_given_by() }),
		// Not named `form`: that key is the form-wide message of every page.
		consentForm: z.enum(CONSENT_FORMS, { error: () => m.err_consent_form() }),
		scopeWhat: scope(() => m.err_consent_scope_what()),
		scopeTo: scope(() => m.err_consent_scope_to()),
		scopePurpose: scope(() => m.err_consent_scope_purpose()),
		expiresOn: optionalDate(() => m.err_consent_expires_on())
	})
	.refine((v) => !v.expiresOn || v.expiresOn >= v.givenOn, {
		path: ['expiresOn'],
		error: () => m.err_consent_expires_before_given(),
		when: (payload) => !hasIssueIn(payload, ['givenOn', 'expiresOn'])
	});
export type ConsentRecordInput = z.infer<typeof consentRecordSchema>;

export const withdrawSchema = z.object({
	recordId: z.uuid({ error: () => m.err_consent_unknown() }),
	withdrawnOn: requiredDate(() => m.err_consent_withdrawn_on()),
	withdrawnNote: z
		.string()
		.trim()
		.max(500, { error: () => m.err_field_max({ max: 500 }) })
		.default('')
});
export type WithdrawInput = z.infer<typeof withdrawSchema>;

export const caseLinkSchema = z.object({
	sharingAgreementId: z.uuid({ error: () => m.err_sharing_from_list() })
});

export const recordLinkSchema = z.object({
	recordId: z.uuid({ error: () => m.err_consent_unknown() }),
	sharingAgreementId: z.uuid({ error: () => m.err_sharing_from_list() })
});

/** Free text of a consent record that the personal-data guard reads before saving. */
export const CONSENT_TEXT_FIELDS = ['scopeWhat', 'scopeTo', 'scopePurpose'] as const;
