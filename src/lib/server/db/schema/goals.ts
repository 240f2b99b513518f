import { check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './accounts';
import { partnerships } from './partnerships';

/** What one saved version of the common goal holds (also the shape of a history entry). */
export type GoalContent = {
	why: string;
	specific: string;
	measurable: string;
	active: string;
	realistic: string;
	timeBound: string | null;
	involved: string;
	familiesInvolved: 'yes' | 'partly' | 'no';
	reviewDate: string | null;
};

/** The current common goal: one per partnership, edited with a version for conflict detection. */
export const goals = pgTable(
	'goals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		why: text('why').notNull().default(''),
		specific: text('specific').notNull().default(''),
		measurable: text('measurable').notNull().default(''),
		active: text('active').notNull().default(''),
		realistic: text('realistic').notNull().default(''),
		timeBound: date('time_bound', { mode: 'string' }),
		/** Who was involved in setting the goal (roles or organisations, no private names needed). */
		involved: text('involved').notNull().default(''),
		familiesInvolved: text('families_involved').$type<GoalContent['familiesInvolved']>().notNull().default('no'),
		reviewDate: date('review_date', { mode: 'string' }),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		unique('goals_partnership_uq').on(t.partnershipId),
		check('goals_families_involved_chk', sql`${t.familiesInvolved} in ('yes', 'partly', 'no')`)
	]
);

/** Append-only history: every save of the goal adds one row with the full content. */
export const goalVersions = pgTable(
	'goal_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id')
			.notNull()
			.references(() => goals.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		content: jsonb('content').$type<GoalContent>().notNull(),
		savedBy: uuid('saved_by').references(() => users.id, { onDelete: 'set null' }),
		savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('goal_versions_goal_version_uq').on(t.goalId, t.version),
		index('goal_versions_partnership_idx').on(t.partnershipId, t.savedAt)
	]
);
