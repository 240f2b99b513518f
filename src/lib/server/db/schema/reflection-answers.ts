// The answers of a reflection moment and the groups the facilitator makes of them. Apart from the
// moments, because a group can become an agreement and agreements can come from a moment.
import { type AnyPgColumn, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { partnerships } from './partnerships';
import { reflectionMoments } from './reflection';
import { agreements } from './agreements';

/** A cluster of answers made by the facilitator; it can become an agreement. */
export const reflectionGroups = pgTable(
	'reflection_groups',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		momentId: uuid('moment_id')
			.notNull()
			.references(() => reflectionMoments.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		position: integer('position').notNull().default(0),
		/** The agreement this group was turned into. */
		agreementId: uuid('agreement_id').references((): AnyPgColumn => agreements.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('reflection_groups_moment_idx').on(t.momentId)]
);

/** One answer. authorId is null when the participant chose to answer anonymously. */
export const reflectionAnswers = pgTable(
	'reflection_answers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		momentId: uuid('moment_id')
			.notNull()
			.references(() => reflectionMoments.id, { onDelete: 'cascade' }),
		/** Index into the moment's questions. */
		question: integer('question').notNull(),
		text: text('text').notNull(),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		groupId: uuid('group_id').references(() => reflectionGroups.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('reflection_answers_moment_idx').on(t.momentId, t.createdAt)]
);
