// The knowledge base as searchable rows. The content stays data in src/lib/content; these rows are
// rebuilt from it when the app starts, so PostgreSQL's Dutch stemming can search it (ADR 0031).
import { sql } from 'drizzle-orm';
import { customType, index, pgTable, text } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const knowledgeDocuments = pgTable(
	'knowledge_documents',
	{
		/** Stable key, e.g. `block:relatie`, `insight:relatie:2`, `method:communicatie:3`, `term:clb`. */
		id: text('id').primaryKey(),
		/** block, insight, question, method, step or term. */
		kind: text('kind').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull(),
		/** The page (with anchor) the hit opens. */
		url: text('url').notNull(),
		/** Hash of the content the row was built from, so a start without changes writes nothing. */
		contentHash: text('content_hash').notNull(),
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(sql`setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')`)
	},
	(t) => [index('knowledge_documents_search_idx').using('gin', t.search)]
);
