import {
	type AnyPgColumn,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid,
	date,
	boolean
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { memberships, partnerships } from './partnerships';
import { cases } from './cases';
import { AGENDA_ITEM_STATUSES, ATTENDANCE, MEETING_KINDS, RECURRENCES } from '../../../domain/partnerships/enums';

export const meetingKind = pgEnum('meeting_kind', MEETING_KINDS);
export const recurrence = pgEnum('recurrence', RECURRENCES);
export const agendaItemStatus = pgEnum('agenda_item_status', AGENDA_ITEM_STATUSES);
export const attendance = pgEnum('attendance', ATTENDANCE);

/** Meetings planned together as a recurring series (per trimester or semester). */
export const meetingSeries = pgTable('meeting_series', {
	id: uuid('id').primaryKey().defaultRandom(),
	partnershipId: uuid('partnership_id')
		.notNull()
		.references(() => partnerships.id, { onDelete: 'cascade' }),
	recurrence: recurrence('recurrence').notNull(),
	repeatUntil: date('repeat_until', { mode: 'string' }).notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** An overleg: structural, about a case, or an informal network moment. */
export const meetings = pgTable(
	'meetings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		seriesId: uuid('series_id').references(() => meetingSeries.id, { onDelete: 'set null' }),
		kind: meetingKind('kind').notNull(),
		title: text('title').notNull(),
		/** For a case meeting: the case (by its code only). */
		caseId: uuid('case_id').references((): AnyPgColumn => cases.id, { onDelete: 'set null' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		place: text('place').notNull().default(''),
		onlineUrl: text('online_url').notNull().default(''),
		purpose: text('purpose').notNull().default(''),
		/** Guests from outside the partnership, described by role (never a family's names). */
		guests: text('guests').notNull().default(''),
		minutes: text('minutes').notNull().default(''),
		minutesUpdatedAt: timestamp('minutes_updated_at', { withTimezone: true }),
		/** Were child and parents heard or represented: { heard, how, notYetHeard } */
		voice: jsonb('voice').$type<Record<string, string>>(),
		cancelled: boolean('cancelled').notNull().default(false),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('meetings_partnership_starts_idx').on(t.partnershipId, t.startsAt)]
);

/** An agenda item: set by the organiser, or proposed by a member and then accepted or declined. */
export const meetingAgendaItems = pgTable(
	'meeting_agenda_items',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		meetingId: uuid('meeting_id')
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		note: text('note').notNull().default(''),
		status: agendaItemStatus('status').notNull(),
		position: integer('position').notNull(),
		proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('meeting_agenda_items_meeting_idx').on(t.meetingId, t.position)]
);

export const meetingAttendees = pgTable(
	'meeting_attendees',
	{
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		meetingId: uuid('meeting_id')
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		membershipId: uuid('membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		attendance: attendance('attendance').notNull().default('invited')
	},
	(t) => [primaryKey({ columns: [t.meetingId, t.membershipId] })]
);
