import { z } from 'zod';
import { isCalendarDate } from '$lib/dates';
import { CONSENT_FORMS, CONSENT_GIVERS, CONSENT_REQUIREMENTS, LEGAL_FRAMES } from '$lib/domain/partnerships/enums';

const isDate = isCalendarDate;

/** Whether one of these fields already has a problem (a cross-field check then waits for them). */
const hasIssueIn = (payload: { issues: { path?: PropertyKey[] }[] }, fields: string[]) =>
	payload.issues.some((i) => fields.includes(String(i.path?.[0])));

const requiredDate = (message: string) => z.string().trim().refine(isDate, message);
const optionalDate = (message: string) =>
	z
		.string()
		.trim()
		.refine((v) => v === '' || isDate(v), message)
		.transform((v) => (v === '' ? null : v));

export const sharingAgreementSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(3, 'Geef de afspraak een korte titel (minstens 3 tekens).')
			.max(140, 'Hoogstens 140 tekens.'),
		parties: z
			.array(z.uuid('Kies organisaties uit de lijst.'))
			.transform((ids) => [...new Set(ids)])
			.refine((ids) => ids.length >= 2, 'Kies minstens twee organisaties: een afspraak over delen maak je met elkaar.'),
		mayShare: z.string().trim().min(3, 'Schrijf op wat jullie mogen delen.').max(2000, 'Hoogstens 2000 tekens.'),
		mayNotShare: z.string().trim().min(3, 'Schrijf op wat jullie niet delen.').max(2000, 'Hoogstens 2000 tekens.'),
		legalFrame: z.enum(LEGAL_FRAMES, 'Kies het wettelijk kader.'),
		consent: z.enum(CONSENT_REQUIREMENTS, 'Kies of er toestemming nodig is, en van wie.'),
		consentHow: z.string().trim().max(1000, 'Hoogstens 1000 tekens.').default(''),
		channel: z
			.string()
			.trim()
			.min(3, 'Schrijf op langs welke weg jullie informatie delen.')
			.max(500, 'Hoogstens 500 tekens.'),
		feedbackToSchool: z.string().trim().max(300, 'Hoogstens 300 tekens: een korte status, geen details.').default('')
	})
	.refine((v) => v.consent === 'none' || v.consentHow !== '', {
		path: ['consentHow'],
		message: 'Schrijf op hoe jullie de toestemming vragen en vastleggen.',
		// Also when other fields have problems, so that every message shows at once. Runs only
		// when the two fields it reads are valid themselves.
		when: (payload) => !hasIssueIn(payload, ['consent', 'consentHow'])
	});
export type SharingAgreementInput = z.infer<typeof sharingAgreementSchema>;

const scope = (message: string) => z.string().trim().min(3, message).max(1000, 'Hoogstens 1000 tekens.');

export const consentRecordSchema = z
	.object({
		sharingAgreementId: z
			.union([z.uuid(), z.literal('')], 'Kies een afspraak over informatiedeling uit de lijst.')
			.transform((v) => (v === '' ? null : v)),
		givenOn: requiredDate('Vul een geldige datum in: wanneer werd de toestemming gegeven?'),
		givenBy: z.enum(CONSENT_GIVERS, 'Kies wie de toestemming gaf.'),
		// Not named `form`: that key is the form-wide message of every page.
		consentForm: z.enum(CONSENT_FORMS, 'Kies hoe de toestemming gegeven werd.'),
		scopeWhat: scope('Schrijf op welke informatie gedeeld mag worden.'),
		scopeTo: scope('Schrijf op met wie: een organisatie of functie, geen naam van een privépersoon.'),
		scopePurpose: scope('Schrijf op waarvoor de informatie gedeeld wordt.'),
		expiresOn: optionalDate('Vul een geldige datum in, of laat het leeg als er geen einddatum is.')
	})
	.refine((v) => !v.expiresOn || v.expiresOn >= v.givenOn, {
		path: ['expiresOn'],
		message: 'De einddatum valt vóór de datum van de toestemming. Kies een latere datum.',
		when: (payload) => !hasIssueIn(payload, ['givenOn', 'expiresOn'])
	});
export type ConsentRecordInput = z.infer<typeof consentRecordSchema>;

export const withdrawSchema = z.object({
	recordId: z.uuid('Onbekende toestemming.'),
	withdrawnOn: requiredDate('Vul een geldige datum in: vanaf wanneer geldt de toestemming niet meer?'),
	withdrawnNote: z.string().trim().max(500, 'Hoogstens 500 tekens.').default('')
});
export type WithdrawInput = z.infer<typeof withdrawSchema>;

export const caseLinkSchema = z.object({
	sharingAgreementId: z.uuid('Kies een afspraak over informatiedeling uit de lijst.')
});

export const recordLinkSchema = z.object({
	recordId: z.uuid('Onbekende toestemming.'),
	sharingAgreementId: z.uuid('Kies een afspraak over informatiedeling uit de lijst.')
});

/** Free text of a consent record that the personal-data guard reads before saving. */
export const CONSENT_TEXT_FIELDS = ['scopeWhat', 'scopeTo', 'scopePurpose'] as const;
