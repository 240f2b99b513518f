import { check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './accounts';
import { partnerships } from './partnerships';

/**
 * A round of the collaboration scan. The statements are copied into the round when it opens, so
 * later changes to the content never change what people answered.
 */
export const scanRounds = pgTable(
	'scan_rounds',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** Ids of the statements (see $lib/content/scan) asked in this round. */
		statementIds: text('statement_ids').array().notNull(),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull().defaultNow(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		/** Set when a coordinator closes the round before its closing date. */
		closedAt: timestamp('closed_at', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('scan_rounds_partnership_idx').on(t.partnershipId, t.opensAt),
		check('scan_rounds_dates_chk', sql`${t.closesAt} > ${t.opensAt}`)
	]
);

/**
 * Who has answered a round, so nobody answers twice. Deliberately without a time and without any
 * link to the answer sheet: see docs/decisions/0007-anonymous-scan.md.
 */
export const scanParticipations = pgTable(
	'scan_participations',
	{
		roundId: uuid('round_id')
			.notNull()
			.references(() => scanRounds.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.roundId, t.userId] })]
);

/**
 * One anonymous answer sheet: no user, no time. The group (a sector or an organisation) is only
 * kept when at least three members of the partnership share it at the time of answering.
 */
export const scanResponses = pgTable(
	'scan_responses',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		roundId: uuid('round_id')
			.notNull()
			.references(() => scanRounds.id, { onDelete: 'cascade' }),
		/** A sector slug, or null when the respondent's sector is shared by fewer than three members. */
		sector: text('sector'),
		/** An organisation id as text (no foreign key: it must not keep an organisation from being deleted), or null like sector. */
		organisationId: text('organisation_id'),
		/** statement id → 1..5, or null for "weet niet" */
		ratings: jsonb('ratings').$type<Record<string, number | null>>().notNull(),
		/** building block slug → optional comment */
		comments: jsonb('comments').$type<Record<string, string>>().notNull().default({})
	},
	(t) => [index('scan_responses_round_idx').on(t.partnershipId, t.roundId)]
);
