import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	boolean,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { ROLES } from '../../../domain/permissions/permissions';
import { LEVELS, MEMBER_FUNCTIONS, ORGANISATION_TYPES, SECTORS } from '../../../domain/partnerships/enums';

export const partnershipRole = pgEnum('partnership_role', ROLES);
export const organisationType = pgEnum('organisation_type', ORGANISATION_TYPES);
export const memberFunction = pgEnum('member_function', MEMBER_FUNCTIONS);
export const sector = pgEnum('sector', SECTORS);
export const level = pgEnum('level', LEVELS);

export const partnerships = pgTable('partnerships', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	region: text('region').notNull(),
	description: text('description').notNull().default(''),
	createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	/** Set by a coordinator: members who read case content need a second factor. */
	requireSecondFactor: boolean('require_second_factor').notNull().default(false),
	/** Months after closing that a case's content is purged (only counts stay); set by a coordinator. */
	caseRetentionMonths: integer('case_retention_months').notNull().default(24)
});

export const memberships = pgTable(
	'memberships',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: partnershipRole('role').notNull(),
		organisationName: text('organisation_name').notNull(),
		organisationType: organisationType('organisation_type').notNull(),
		organisationTypeOther: text('organisation_type_other'),
		function: memberFunction('function').notNull(),
		functionOther: text('function_other'),
		/** The organisation in the partnership's directory this member works for, once linked. */
		organisationId: uuid('organisation_id').references((): AnyPgColumn => organisations.id, { onDelete: 'set null' }),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('memberships_partnership_user_uq').on(t.partnershipId, t.userId),
		index('memberships_user_idx').on(t.userId)
	]
);

export const invitations = pgTable(
	'invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		/** SHA-256 of the token in the link; the link itself is shown once. */
		tokenHash: text('token_hash').notNull().unique(),
		role: partnershipRole('role').notNull(),
		singleUse: boolean('single_use').notNull(),
		useCount: integer('use_count').notNull().default(0),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** The address the invitation was mailed to; null for a link that was copied by hand. */
		email: text('email')
	},
	(t) => [index('invitations_partnership_idx').on(t.partnershipId)]
);

/** A member's answers to a worksheet (step 1 of "relatie": the role card). */
export const roleCards = pgTable(
	'role_cards',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The saved card; null until first saved. */
		answers: jsonb('answers').$type<Record<string, unknown>>(),
		savedAt: timestamp('saved_at', { withTimezone: true }),
		/** Autosaved work in progress; cleared when the card is saved. */
		draft: jsonb('draft').$type<Record<string, unknown>>(),
		draftSavedAt: timestamp('draft_saved_at', { withTimezone: true }),
		version: integer('version').notNull().default(0)
	},
	(t) => [unique('role_cards_partnership_user_uq').on(t.partnershipId, t.userId)]
);

/** An organisation taking part in the partnership (step 3 of "relatie": the directory). */
export const organisations = pgTable(
	'organisations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		type: organisationType('type').notNull(),
		typeOther: text('type_other'),
		sector: sector('sector').notNull(),
		level: level('level').notNull(),
		contactPerson: text('contact_person').notNull().default(''),
		/** How to reach them: phone, e-mail, hours. Professional contact details, not a family's. */
		reachability: text('reachability').notNull().default(''),
		/** Expertise domains offered (the role card's list plus own words). */
		expertise: text('expertise')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		description: text('description').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		unique('organisations_partnership_name_uq').on(t.partnershipId, t.name),
		// The same name in other capitals or spacing is the same organisation, also under a race.
		uniqueIndex('organisations_partnership_name_key_uq').on(
			t.partnershipId,
			sql`lower(regexp_replace(btrim(${t.name}), '\\s+', ' ', 'g'))`
		),
		index('organisations_partnership_idx').on(t.partnershipId)
	]
);

/** Who decides what, and when alignment is needed: per organisation (or the partnership) and role. */
export const mandates = pgTable(
	'mandates',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		/** Null: the partnership as a whole (e.g. the coordinator). */
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		/** The role or function this mandate belongs to, in words ("zorgcoördinator", "directie"). */
		role: text('role').notNull(),
		decidesAlone: text('decides_alone').notNull().default(''),
		alignmentNeeded: text('alignment_needed').notNull().default(''),
		/** With whom alignment happens. */
		alignsWith: text('aligns_with').notNull().default(''),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('mandates_partnership_idx').on(t.partnershipId)]
);
