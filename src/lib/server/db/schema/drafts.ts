import { index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { cases } from './cases';
import { partnerships } from './partnerships';

/**
 * What someone typed in a long form and has not saved yet: one row per person and form. Private to
 * its writer. A draft of a case part names its case, so it goes when the case's content is purged.
 */
export const formDrafts = pgTable(
	'form_drafts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** Which form: e.g. `case-section:<case id>:voice`, `agreement:new`, `meeting:<id>`. */
		formKey: text('form_key').notNull(),
		caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
		data: jsonb('data').$type<Record<string, unknown>>().notNull(),
		savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('form_drafts_owner_form_uq').on(t.partnershipId, t.userId, t.formKey),
		index('form_drafts_case_idx').on(t.caseId)
	]
);
