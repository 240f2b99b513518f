import { boolean, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import type { ReminderKind } from '../../../domain/partnerships/enums';

/** Per user: reminder e-mails they turned off. No row means: all reminders on. */
export const reminderPreferences = pgTable('reminder_preferences', {
	userId: uuid('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	agreementDue: boolean('agreement_due').notNull().default(true),
	meetingInvitation: boolean('meeting_invitation').notNull().default(true),
	scanClosing: boolean('scan_closing').notNull().default(true),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * Each reminder sent, keyed by what it was about: with several app instances and retried jobs, a
 * reminder still goes out once.
 */
export const sentReminders = pgTable(
	'sent_reminders',
	{
		kind: text('kind').$type<ReminderKind>().notNull(),
		/** The agreement, meeting or scan round. */
		subjectId: uuid('subject_id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** Distinguishes reminders for the same subject (e.g. a changed due date): a date or a version. */
		occasion: text('occasion').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.kind, t.subjectId, t.userId, t.occasion] })]
);
