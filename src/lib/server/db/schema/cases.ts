import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { CASE_SECTION_KINDS, CASE_STATUSES, RASCI_LETTERS } from '../../../domain/partnerships/enums';
import { users } from './accounts';
import { memberships, partnerships } from './partnerships';

export const caseStatus = pgEnum('case_status', CASE_STATUSES);

/** An anonymised case: a code or pseudonym, never a child's name. */
export const cases = pgTable(
	'cases',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		code: text('code').notNull(),
		status: caseStatus('status').notNull().default('open'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1),
		/** When the case was last closed; the retention period counts from here. */
		closedAt: timestamp('closed_at', { withTimezone: true }),
		/** When the coordinators were told that the content will be purged. */
		purgeNoticeAt: timestamp('purge_notice_at', { withTimezone: true }),
		/** When the content was purged: the row stays as a count, without content. */
		purgedAt: timestamp('purged_at', { withTimezone: true })
	},
	(t) => [
		unique('cases_partnership_code_uq').on(t.partnershipId, t.code),
		index('cases_partnership_idx').on(t.partnershipId)
	]
);

/**
 * A member who is not a partner of a case asks to read it (ADR 0023). A case partner or a
 * coordinator grants it (the member becomes a case partner) or refuses it.
 */
export const caseAccessRequests = pgTable(
	'case_access_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		caseId: uuid('case_id')
			.notNull()
			.references(() => cases.id, { onDelete: 'cascade' }),
		membershipId: uuid('membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		/** Why they need it, in their own words (checked by the personal-data guard). */
		reason: text('reason').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
		granted: boolean('granted')
	},
	(t) => [
		index('case_access_requests_case_idx').on(t.partnershipId, t.caseId),
		uniqueIndex('case_access_requests_open_uq')
			.on(t.caseId, t.membershipId)
			.where(sql`${t.decidedAt} is null`)
	]
);

export const casePartners = pgTable(
	'case_partners',
	{
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		caseId: uuid('case_id')
			.notNull()
			.references(() => cases.id, { onDelete: 'cascade' }),
		membershipId: uuid('membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.caseId, t.membershipId] })]
);

/** The shared parts of a case (situating, strengths, family involvement, voice, evaluation), each saved on its own. */
export const caseSectionKind = pgEnum('case_section_kind', CASE_SECTION_KINDS);

export const caseSections = pgTable(
	'case_sections',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		caseId: uuid('case_id')
			.notNull()
			.references(() => cases.id, { onDelete: 'cascade' }),
		kind: caseSectionKind('kind').notNull(),
		content: jsonb('content').$type<Record<string, string>>().notNull(),
		version: integer('version').notNull().default(1),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('case_sections_case_kind_uq').on(t.caseId, t.kind)]
);

/** Each partner's own view of the case, written by that partner only. */
export const casePerspectives = pgTable(
	'case_perspectives',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		caseId: uuid('case_id')
			.notNull()
			.references(() => cases.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		content: jsonb('content').$type<Record<string, string>>().notNull(),
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('case_perspectives_case_user_uq').on(t.caseId, t.userId)]
);

/** Brainstormed actions; some are chosen and get a RASCI assignment. */
export const caseActions = pgTable(
	'case_actions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		caseId: uuid('case_id')
			.notNull()
			.references(() => cases.id, { onDelete: 'cascade' }),
		description: text('description').notNull(),
		/** 1 low, 2 medium, 3 high */
		feasibility: smallint('feasibility').notNull(),
		impact: smallint('impact').notNull(),
		chosen: boolean('chosen').notNull().default(false),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('case_actions_case_idx').on(t.caseId)]
);

export const rasciLetter = pgEnum('rasci_letter', RASCI_LETTERS);

export const actionAssignments = pgTable(
	'action_assignments',
	{
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		actionId: uuid('action_id')
			.notNull()
			.references(() => caseActions.id, { onDelete: 'cascade' }),
		membershipId: uuid('membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		letter: rasciLetter('letter').notNull()
	},
	(t) => [primaryKey({ columns: [t.actionId, t.membershipId] })]
);

/**
 * Who read or changed case data, and when. Append-only: the app never updates or deletes rows,
 * and a trigger refuses it in the database too (see the migration).
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		caseId: uuid('case_id'),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		/** 'read', 'create', 'update', 'save-anyway', … */
		action: text('action').notNull(),
		/** Which part: 'case', 'situation', 'perspective', 'agreement', … */
		target: text('target').notNull(),
		detail: jsonb('detail').$type<Record<string, unknown>>(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('audit_log_case_idx').on(t.caseId, t.at)]
);

/** A personal, secret calendar URL with the user's agreements. Only the token's hash is stored. */
export const calendarFeeds = pgTable('calendar_feeds', {
	id: uuid('id').primaryKey().defaultRandom(),
	userId: uuid('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	tokenHash: text('token_hash').notNull().unique(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	revokedAt: timestamp('revoked_at', { withTimezone: true })
});

/** Each read of a calendar feed, so its owner can see when and from where it was fetched. */
export const calendarFeedReads = pgTable(
	'calendar_feed_reads',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		feedId: uuid('feed_id')
			.notNull()
			.references(() => calendarFeeds.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		ip: text('ip').notNull().default(''),
		userAgent: text('user_agent').notNull().default('')
	},
	(t) => [index('calendar_feed_reads_feed_at_idx').on(t.feedId, t.at)]
);
