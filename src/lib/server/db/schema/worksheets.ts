// What the methods' worksheets leave in a partnership (issue 16, ADR 0030): a method's shared
// answers per step, and the records some steps produce: a covenant or action plan with commitments
// per level, a pilot with its look back, recurring tasks with RASCI, a continuity plan and a shared
// glossary. Every save adds a row to record_versions, the history of all of them.
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
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { COVENANT_KINDS, RECORD_ACTIONS, TASK_FREQUENCIES } from '../../../domain/partnerships/enums';
import { users } from './accounts';
import { level, memberships, partnerships, sector } from './partnerships';
import { rasciLetter } from './cases';
import { learningEntries } from './learning';

export const covenantKind = pgEnum('covenant_kind', COVENANT_KINDS);
export const taskFrequency = pgEnum('task_frequency', TASK_FREQUENCIES);
export const recordAction = pgEnum('record_action', RECORD_ACTIONS);

const audit = () => ({
	createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
	version: integer('version').notNull().default(1)
});

/** The partnership's shared answers to one step of a method: one row per method and step. */
export const methodAnswers = pgTable(
	'method_answers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		/** Slug of the method in src/lib/content/methods. */
		method: text('method').notNull(),
		/** Slug of the step within the method. */
		step: text('step').notNull(),
		answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
		...audit()
	},
	(t) => [unique('method_answers_step_uq').on(t.partnershipId, t.method, t.step)]
);

/** A covenant or action plan: who commits to what, per level, until when, reviewed when. */
export const covenants = pgTable(
	'covenants',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		kind: covenantKind('kind').notNull(),
		title: text('title').notNull(),
		/** What the partners want to reach together with it. */
		purpose: text('purpose').notNull().default(''),
		/** The day the organisations signed it; null while it is a concept. */
		signedOn: date('signed_on', { mode: 'string' }),
		validUntil: date('valid_until', { mode: 'string' }),
		/** When the partners look at it again; from that day it comes up in meetings. */
		reviewOn: date('review_on', { mode: 'string' }),
		...audit()
	},
	(t) => [index('covenants_partnership_idx').on(t.partnershipId, t.reviewOn)]
);

/** One commitment in a covenant: a party, at a level, promises something until a date. */
export const covenantCommitments = pgTable(
	'covenant_commitments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		covenantId: uuid('covenant_id')
			.notNull()
			.references(() => covenants.id, { onDelete: 'cascade' }),
		level: level('level').notNull(),
		/** Who commits: an organisation, a service or a function, never a child's or parent's name. */
		party: text('party').notNull(),
		what: text('what').notNull(),
		until: date('until', { mode: 'string' }),
		position: integer('position').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('covenant_commitments_covenant_idx').on(t.covenantId, t.position)]
);

/** A modest shared step to build trust: an owner, a date to look back, and what was learned. */
export const pilots = pgTable(
	'pilots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** What the partners try, and what they hope it shows. */
		aim: text('aim').notNull().default(''),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		startsOn: date('starts_on', { mode: 'string' }),
		/** The day the partners look back together; from then it comes up in meetings. */
		lookBackOn: date('look_back_on', { mode: 'string' }).notNull(),
		lookedBackAt: timestamp('looked_back_at', { withTimezone: true }),
		wentWell: text('went_well').notNull().default(''),
		learned: text('learned').notNull().default(''),
		/** The learning-log entry the look back became. */
		learningEntryId: uuid('learning_entry_id').references((): AnyPgColumn => learningEntries.id, {
			onDelete: 'set null'
		}),
		...audit()
	},
	(t) => [index('pilots_partnership_idx').on(t.partnershipId, t.lookBackOn), index('pilots_owner_idx').on(t.ownerId)]
);

/** A task the partnership does again and again (not a case action), with RASCI. */
export const recurringTasks = pgTable(
	'recurring_tasks',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** Why the task exists, and what it asks. */
		description: text('description').notNull().default(''),
		frequency: taskFrequency('frequency').notNull(),
		...audit()
	},
	(t) => [index('recurring_tasks_partnership_idx').on(t.partnershipId)]
);

/** RASCI of a recurring task, the same rule as a case action's (one A). */
export const recurringTaskAssignments = pgTable(
	'recurring_task_assignments',
	{
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		taskId: uuid('task_id')
			.notNull()
			.references(() => recurringTasks.id, { onDelete: 'cascade' }),
		membershipId: uuid('membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		letter: rasciLetter('letter').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.taskId, t.membershipId] }),
		index('recurring_task_assignments_membership_idx').on(t.membershipId)
	]
);

/** One line of the continuity plan: if the holder of this contact leaves, the backup takes over. */
export const continuityItems = pgTable(
	'continuity_items',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		/** The contact or connection, e.g. "de school en het OCMW", described without private names. */
		contact: text('contact').notNull(),
		holderId: uuid('holder_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		backupId: uuid('backup_id').references(() => users.id, { onDelete: 'set null' }),
		/** Where the backup finds what they need, and how the handover goes. */
		handoverNote: text('handover_note').notNull().default(''),
		...audit()
	},
	(t) => [
		index('continuity_items_partnership_idx').on(t.partnershipId),
		index('continuity_items_holder_idx').on(t.holderId),
		index('continuity_items_backup_idx').on(t.backupId)
	]
);

/** A term of the shared glossary, in plain words for everyone, parents included. */
export const glossaryTerms = pgTable(
	'glossary_terms',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		term: text('term').notNull(),
		plainWords: text('plain_words').notNull().default(''),
		...audit()
	},
	(t) => [
		// One entry per term: "CLB" and "clb " are the same word.
		uniqueIndex('glossary_terms_term_uq').on(t.partnershipId, sql`lower(btrim(${t.term}))`),
		index('glossary_terms_partnership_idx').on(t.partnershipId, t.term)
	]
);

/** What a term means in one sector; a term can mean something else at school than at the OCMW. */
export const glossaryMeanings = pgTable(
	'glossary_meanings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		termId: uuid('term_id')
			.notNull()
			.references(() => glossaryTerms.id, { onDelete: 'cascade' }),
		sector: sector('sector').notNull(),
		meaning: text('meaning').notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('glossary_meanings_term_sector_uq').on(t.termId, t.sector)]
);

/**
 * The history of every worksheet record: one row per save with the full content as it was then.
 * Exactly one of the record columns is set; a row goes with its record.
 */
export const recordVersions = pgTable(
	'record_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		methodAnswerId: uuid('method_answer_id').references(() => methodAnswers.id, { onDelete: 'cascade' }),
		covenantId: uuid('covenant_id').references(() => covenants.id, { onDelete: 'cascade' }),
		pilotId: uuid('pilot_id').references(() => pilots.id, { onDelete: 'cascade' }),
		recurringTaskId: uuid('recurring_task_id').references(() => recurringTasks.id, { onDelete: 'cascade' }),
		continuityItemId: uuid('continuity_item_id').references(() => continuityItems.id, { onDelete: 'cascade' }),
		glossaryTermId: uuid('glossary_term_id').references(() => glossaryTerms.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		action: recordAction('action').notNull(),
		/** The record as saved, names of people as text (ids would not survive an import). */
		content: jsonb('content').$type<Record<string, unknown>>().notNull(),
		savedBy: uuid('saved_by').references(() => users.id, { onDelete: 'set null' }),
		savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check(
			'record_versions_one_record',
			sql`num_nonnulls(${t.methodAnswerId}, ${t.covenantId}, ${t.pilotId}, ${t.recurringTaskId}, ${t.continuityItemId}, ${t.glossaryTermId}) = 1`
		),
		index('record_versions_partnership_idx').on(t.partnershipId, t.savedAt),
		index('record_versions_method_answer_idx').on(t.methodAnswerId),
		index('record_versions_covenant_idx').on(t.covenantId),
		index('record_versions_pilot_idx').on(t.pilotId),
		index('record_versions_recurring_task_idx').on(t.recurringTaskId),
		index('record_versions_continuity_item_idx').on(t.continuityItemId),
		index('record_versions_glossary_term_idx').on(t.glossaryTermId)
	]
);
