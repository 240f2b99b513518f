import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './accounts';
import { partnerships } from './partnerships';
import { LEARNING_KINDS } from '../../../domain/partnerships/enums';

export const learningKind = pgEnum('learning_kind', LEARNING_KINDS);

/**
 * Successes and bottlenecks, anonymised and tagged with building blocks. Kept apart from cases so
 * an entry can later become a signal to policy without carrying case content along.
 */
export const learningEntries = pgTable(
	'learning_entries',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		kind: learningKind('kind').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull(),
		/** What the partnership learns from it, or what would help. */
		lesson: text('lesson').notNull().default(''),
		/** Slugs of the building blocks this entry is about. */
		blocks: text('blocks')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('learning_entries_partnership_idx').on(t.partnershipId, t.createdAt)]
);
