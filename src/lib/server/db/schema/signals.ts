import { check, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './accounts';
import { partnerships } from './partnerships';
import { cases } from './cases';
import { learningEntries } from './learning';
import { reflectionMoments } from './reflection';
import {
	SIGNAL_ADDRESSEES,
	SIGNAL_LEVELS,
	SIGNAL_SOURCE_KINDS,
	SIGNAL_STATUSES,
	SIGNAL_THEMES
} from '../../../domain/partnerships/enums';

export const signalLevel = pgEnum('signal_level', SIGNAL_LEVELS);
export const signalAddressee = pgEnum('signal_addressee', SIGNAL_ADDRESSEES);
export const signalStatus = pgEnum('signal_status', SIGNAL_STATUSES);
export const signalTheme = pgEnum('signal_theme', SIGNAL_THEMES);
export const signalSourceKind = pgEnum('signal_source_kind', SIGNAL_SOURCE_KINDS);

/** A structural problem seen across cases, on its way to the level that can change it. */
export const signals = pgTable(
	'signals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		theme: signalTheme('theme').notNull(),
		/** The problem in general terms: what goes wrong for which group, never one family's story. */
		description: text('description').notNull(),
		/** What the partnership asks of the addressee. */
		request: text('request').notNull().default(''),
		level: signalLevel('level').notNull(),
		addressee: signalAddressee('addressee').notNull(),
		/** Who, when addressee is 'other'. */
		addresseeOther: text('addressee_other').notNull().default(''),
		status: signalStatus('status').notNull().default('collected'),
		/** The answer received, once answered. */
		answer: text('answer').notNull().default(''),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('signals_partnership_idx').on(t.partnershipId, t.createdAt),
		check('signals_addressee_other_chk', sql`${t.addressee} <> 'other' or length(${t.addresseeOther}) > 0`)
	]
);

/** Each step a signal took, with the date it happened and a short note. */
export const signalEvents = pgTable(
	'signal_events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		signalId: uuid('signal_id')
			.notNull()
			.references(() => signals.id, { onDelete: 'cascade' }),
		status: signalStatus('status').notNull(),
		on: date('on', { mode: 'string' }).notNull(),
		note: text('note').notNull().default(''),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('signal_events_signal_idx').on(t.signalId, t.on),
		// The list and the home read a partnership's steps by status (when was it passed on).
		index('signal_events_partnership_idx').on(t.partnershipId, t.status, t.signalId)
	]
);

/**
 * Where a signal was seen. Only the link is kept, and the signal shows only counts. When a case is
 * purged the row stays (link set to null), so the count does not shrink.
 */
export const signalSources = pgTable(
	'signal_sources',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		signalId: uuid('signal_id')
			.notNull()
			.references(() => signals.id, { onDelete: 'cascade' }),
		kind: signalSourceKind('kind').notNull(),
		caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
		learningEntryId: uuid('learning_entry_id').references(() => learningEntries.id, { onDelete: 'set null' }),
		reflectionId: uuid('reflection_id').references(() => reflectionMoments.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('signal_sources_signal_idx').on(t.signalId),
		// The list and the overview count a partnership's sources by kind.
		index('signal_sources_partnership_idx').on(t.partnershipId, t.kind)
	]
);
