import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './accounts';
import { organisations, partnerships } from './partnerships';
import { cases } from './cases';
import { CONSENT_FORMS, CONSENT_GIVERS, CONSENT_REQUIREMENTS, LEGAL_FRAMES } from '../../../domain/partnerships/enums';

export const legalFrame = pgEnum('legal_frame', LEGAL_FRAMES);
export const consentRequirement = pgEnum('consent_requirement', CONSENT_REQUIREMENTS);
export const consentGiver = pgEnum('consent_giver', CONSENT_GIVERS);
export const consentForm = pgEnum('consent_form', CONSENT_FORMS);

/** What partners may share about a child or family, on which legal ground, and with whose consent. */
export const sharingAgreements = pgTable(
	'sharing_agreements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		mayShare: text('may_share').notNull(),
		mayNotShare: text('may_not_share').notNull(),
		legalFrame: legalFrame('legal_frame').notNull(),
		consent: consentRequirement('consent').notNull(),
		/** How consent is asked and recorded. */
		consentHow: text('consent_how').notNull().default(''),
		channel: text('channel').notNull(),
		/** What the school hears back: a short status, never details. */
		feedbackToSchool: text('feedback_to_school').notNull().default(''),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('sharing_agreements_partnership_idx').on(t.partnershipId)]
);

/** The organisations a sharing agreement is made between. */
export const sharingAgreementParties = pgTable(
	'sharing_agreement_parties',
	{
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		sharingAgreementId: uuid('sharing_agreement_id')
			.notNull()
			.references(() => sharingAgreements.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.sharingAgreementId, t.organisationId] })]
);

/** The sharing agreements that apply to a case. */
export const caseSharingAgreements = pgTable(
	'case_sharing_agreements',
	{
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		caseId: uuid('case_id')
			.notNull()
			.references(() => cases.id, { onDelete: 'cascade' }),
		sharingAgreementId: uuid('sharing_agreement_id')
			.notNull()
			.references(() => sharingAgreements.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.caseId, t.sharingAgreementId] })]
);

/** Consent given for a case: when, by whom (a role, never a name), for what, until when; withdrawable. */
export const consentRecords = pgTable(
	'consent_records',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		caseId: uuid('case_id')
			.notNull()
			.references(() => cases.id, { onDelete: 'cascade' }),
		/** The sharing agreement this consent answers, if any. */
		sharingAgreementId: uuid('sharing_agreement_id').references(() => sharingAgreements.id, { onDelete: 'set null' }),
		givenOn: date('given_on', { mode: 'string' }).notNull(),
		givenBy: consentGiver('given_by').notNull(),
		form: consentForm('form').notNull(),
		scopeWhat: text('scope_what').notNull(),
		scopeTo: text('scope_to').notNull(),
		scopePurpose: text('scope_purpose').notNull(),
		expiresOn: date('expires_on', { mode: 'string' }),
		withdrawnOn: date('withdrawn_on', { mode: 'string' }),
		withdrawnNote: text('withdrawn_note').notNull().default(''),
		recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('consent_records_case_idx').on(t.caseId),
		// A partnership's consent at a glance (the home's count of cases without it).
		index('consent_records_partnership_idx').on(t.partnershipId, t.caseId),
		check('consent_records_expiry_after_given', sql`${t.expiresOn} is null or ${t.expiresOn} >= ${t.givenOn}`)
	]
);
