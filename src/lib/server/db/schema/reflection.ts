import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { partnerships } from './partnerships';
import { meetings } from './meetings';
import { REFLECTION_STATUSES } from '../../../domain/partnerships/enums';

export const reflectionStatus = pgEnum('reflection_status', REFLECTION_STATUSES);

/** A live reflection moment: a building block's questions put to the group in a meeting. */
export const reflectionMoments = pgTable(
	'reflection_moments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		/** Short code for the link and QR code on the projector (e.g. /r/K7QM2P). */
		code: text('code').notNull().unique(),
		block: text('block').notNull(),
		/** The questions asked, copied from the content so the summary stays as it was. */
		questions: text('questions').array().notNull(),
		title: text('title').notNull(),
		/** May participants answer without their name? */
		allowAnonymous: boolean('allow_anonymous').notNull().default(true),
		/** `<method>/<step>` when the moment runs a step of a worksheet with that step's questions. */
		methodStep: text('method_step'),
		meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
		status: reflectionStatus('status').notNull().default('open'),
		facilitatorId: uuid('facilitator_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [index('reflection_moments_partnership_idx').on(t.partnershipId, t.createdAt)]
);
