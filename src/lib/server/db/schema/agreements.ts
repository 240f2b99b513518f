// Agreements and their history. Apart from the cases, because an agreement can come from a case, a
// meeting, the goal, a reflection moment, a scan round or a worksheet step: each of those files may then import
// this one without the schema importing itself in a circle.
import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	check,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { AGREEMENT_ORIGINS, AGREEMENT_STATUSES } from '../../../domain/partnerships/enums';
import { users } from './accounts';
import { partnerships } from './partnerships';
import { cases } from './cases';
import { meetings } from './meetings';
import { goals } from './goals';
import { reflectionMoments } from './reflection';
import { scanRounds } from './scan';
import { methodAnswers } from './worksheets';

export const agreementStatus = pgEnum('agreement_status', AGREEMENT_STATUSES);
/** What an agreement belongs to; each origin has its own column, checked below. */
export const agreementOrigin = pgEnum('agreement_origin', AGREEMENT_ORIGINS);

export const agreements = pgTable(
	'agreements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		origin: agreementOrigin('origin').notNull(),
		caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
		meetingId: uuid('meeting_id').references((): AnyPgColumn => meetings.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id').references((): AnyPgColumn => goals.id, { onDelete: 'cascade' }),
		reflectionId: uuid('reflection_id').references((): AnyPgColumn => reflectionMoments.id, { onDelete: 'cascade' }),
		/** An insight from the results of this scan round. */
		scanRoundId: uuid('scan_round_id').references((): AnyPgColumn => scanRounds.id, { onDelete: 'cascade' }),
		/** Made while working through a step of a method's worksheet. */
		methodAnswerId: uuid('method_answer_id').references((): AnyPgColumn => methodAnswers.id, {
			onDelete: 'cascade'
		}),
		what: text('what').notNull(),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		dueDate: date('due_date', { mode: 'string' }),
		feedbackDate: date('feedback_date', { mode: 'string' }),
		/** How and when the partners report back. */
		feedbackNote: text('feedback_note').notNull().default(''),
		status: agreementStatus('status').notNull().default('open'),
		/** Were child and parents heard: { heard, how, notYetHeard } */
		voice: jsonb('voice').$type<Record<string, string>>(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('agreements_partnership_idx').on(t.partnershipId),
		// A case's agreements: the case page and the case list's count of open agreements.
		index('agreements_case_idx').on(t.partnershipId, t.caseId),
		index('agreements_owner_idx').on(t.ownerId),
		index('agreements_meeting_idx').on(t.meetingId),
		index('agreements_goal_idx').on(t.goalId),
		index('agreements_reflection_idx').on(t.reflectionId),
		index('agreements_scan_round_idx').on(t.scanRoundId),
		index('agreements_method_answer_idx').on(t.methodAnswerId),
		check(
			'agreements_origin_link',
			sql`(${t.origin} <> 'case' or ${t.caseId} is not null) and (${t.origin} <> 'meeting' or ${t.meetingId} is not null)`
		),
		// Compared as text: 'goal', 'reflection' and 'scan' may be added to the enum in the same migration.
		check(
			'agreements_origin_link_more',
			sql`(${t.origin}::text <> 'goal' or ${t.goalId} is not null) and (${t.origin}::text <> 'reflection' or ${t.reflectionId} is not null) and (${t.origin}::text <> 'scan' or ${t.scanRoundId} is not null) and (${t.origin}::text <> 'worksheet' or ${t.methodAnswerId} is not null)`
		)
	]
);

/** Every change of an agreement, for its history. */
export const agreementEvents = pgTable(
	'agreement_events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		agreementId: uuid('agreement_id')
			.notNull()
			.references(() => agreements.id, { onDelete: 'cascade' }),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		/** field → [before, after] */
		changes: jsonb('changes').$type<Record<string, [unknown, unknown]>>().notNull(),
		note: text('note').notNull().default('')
	},
	(t) => [index('agreement_events_agreement_idx').on(t.agreementId)]
);
