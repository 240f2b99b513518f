// Search in the knowledge base (ADR 0031). The content stays data in src/lib/content; at every
// start the app writes it into `knowledge_documents` (syncKnowledgeDocuments, from the `init` hook
// after the migrations), where a generated tsvector with the `dutch` configuration and a GIN index
// make it searchable with stemming ("ouders" finds "ouder", "afspraken" finds "afspraak").
import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { knowledgeDocuments } from '$lib/server/db/schema';
import {
	buildKnowledgeDocuments,
	prefixQuery,
	QUERY_MAX,
	SNIPPET_START,
	SNIPPET_STOP,
	type KnowledgeContext,
	type KnowledgeDocument,
	type KnowledgeKind
} from './knowledge-index';

// Any fixed number: two instances starting at once on one database sync one after the other.
const SYNC_LOCK = 727_364_031;

type StoredFields = Pick<KnowledgeDocument, 'id' | 'kind' | 'title' | 'body' | 'url'>;

function contentHash(doc: StoredFields): string {
	return createHash('sha256')
		.update(JSON.stringify([doc.kind, doc.title, doc.body, doc.url]))
		.digest('base64url');
}

/**
 * Makes `knowledge_documents` match the content: inserts new documents, rewrites the ones whose
 * content hash changed and deletes the ones the content no longer has, in one transaction. A start
 * without content changes reads the ids and hashes and writes nothing.
 */
export async function syncKnowledgeDocuments(
	db: Db,
	docs: StoredFields[] = buildKnowledgeDocuments()
): Promise<{ written: number; deleted: number }> {
	const wanted = docs.map((d) => ({
		id: d.id,
		kind: d.kind,
		title: d.title,
		body: d.body,
		url: d.url,
		contentHash: contentHash(d)
	}));
	const ids = new Set(wanted.map((d) => d.id));
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${SYNC_LOCK})`);
		const existing = await tx
			.select({ id: knowledgeDocuments.id, contentHash: knowledgeDocuments.contentHash })
			.from(knowledgeDocuments);
		const hashes = new Map(existing.map((row) => [row.id, row.contentHash]));
		const changed = wanted.filter((d) => hashes.get(d.id) !== d.contentHash);
		const stale = existing.filter((row) => !ids.has(row.id)).map((row) => row.id);
		if (changed.length) {
			await tx
				.insert(knowledgeDocuments)
				.values(changed)
				.onConflictDoUpdate({
					target: knowledgeDocuments.id,
					set: {
						kind: sql`excluded.kind`,
						title: sql`excluded.title`,
						body: sql`excluded.body`,
						url: sql`excluded.url`,
						contentHash: sql`excluded.content_hash`
					}
				});
		}
		if (stale.length) await tx.delete(knowledgeDocuments).where(inArray(knowledgeDocuments.id, stale));
		return { written: changed.length, deleted: stale.length };
	});
}

export const SEARCH_PAGE_SIZE = 10;

export interface KnowledgeHit {
	id: string;
	kind: KnowledgeKind;
	title: string;
	url: string;
	/** A few words around the matches, the matches between SNIPPET_START and SNIPPET_STOP (splitSnippet). */
	snippet: string;
	context: KnowledgeContext;
}

export interface KnowledgeResults {
	rows: KnowledgeHit[];
	total: number;
	page: number;
	pageSize: number;
	pages: number;
	/** Hits per kind for the same words, whatever the kind filter (the filter links show them). */
	byKind: Partial<Record<KnowledgeKind, number>>;
	/** 'prefix' when no document had the whole words and the last word was taken as a word start. */
	matched: 'words' | 'prefix' | 'none';
}

// ts_headline's options: the markers are private-use characters, so a snippet holds no HTML at all.
const HEADLINE_OPTIONS = [
	`StartSel=${SNIPPET_START}`,
	`StopSel=${SNIPPET_STOP}`,
	'MaxWords=30',
	'MinWords=12',
	'ShortWord=2',
	'MaxFragments=2',
	'FragmentDelimiter=" … "'
].join(', ');

let contexts: Map<string, KnowledgeContext> | undefined;
function contextOf(id: string): KnowledgeContext {
	contexts ??= new Map(buildKnowledgeDocuments().map((d) => [d.id, d.context]));
	return contexts.get(id) ?? null;
}

const empty = (page: number): KnowledgeResults => ({
	rows: [],
	total: 0,
	page,
	pageSize: SEARCH_PAGE_SIZE,
	pages: 1,
	byKind: {},
	matched: 'none'
});

/**
 * One page of hits, best first (ts_rank_cd: title words weigh more than body words). The words are
 * read as a web search ("quotes" for a phrase, -word to leave out, `of` for either); when nothing
 * matches, the query is tried again with the last word as a word start ("vertrouw" → vertrouwen).
 * An empty query, or one without any searchable word, has no hits; a query longer than QUERY_MAX
 * is cut (the page refuses it with a message before it gets here).
 */
export async function searchKnowledge(
	db: Db,
	{ q, kind, page = 1 }: { q: string; kind?: KnowledgeKind | null; page?: number }
): Promise<KnowledgeResults> {
	// The snippet markers cannot come from the visitor.
	const text = q
		.replace(/[\uE000\uE001]/g, ' ')
		.trim()
		.slice(0, QUERY_MAX);
	if (!text) return empty(page);
	return searchWith(db, text, prefixQuery(text), kind ?? null, page);
}

async function searchWith(
	db: Db,
	text: string,
	prefix: string,
	kind: KnowledgeKind | null,
	page: number
): Promise<KnowledgeResults> {
	const d = knowledgeDocuments;
	const offset = (page - 1) * SEARCH_PAGE_SIZE;
	// One round trip: the words, or the prefix fallback when no document has them, chosen inside the
	// statement; the counts per kind ride along with the page (a row with null fields when the page
	// is empty). The headline is the costly part (it re-parses the body): only for this page.
	const { rows } = await db.execute<{
		by_kind: Record<string, number>;
		exact: boolean;
		id: string | null;
		kind: string;
		title: string;
		url: string;
		snippet: string;
	}>(sql`
		with w as (
			select websearch_to_tsquery('dutch', ${text}) as words, to_tsquery('dutch', ${prefix}) as prefix
		),
		e as (select exists (select 1 from ${d}, w where ${d.search} @@ w.words) as exact),
		q as (select case when e.exact then w.words else w.prefix end as query, e.exact from w, e),
		matches as (
			select ${d.id} as id, ${d.kind} as kind, ${d.title} as title, ${d.url} as url, ${d.body} as body,
				ts_rank_cd(${d.search}, query) as rank, query
			from ${d}, q
			where ${d.search} @@ query
		),
		counts as (
			select coalesce(json_object_agg(kind, n), '{}') as by_kind, (select exact from q) as exact
			from (select kind, count(*)::int as n from matches group by kind) c
		),
		page as (
			select * from matches
			${kind ? sql`where kind = ${kind}` : sql``}
			order by rank desc, id
			limit ${SEARCH_PAGE_SIZE} offset ${offset}
		)
		select counts.by_kind, counts.exact, page.id, page.kind, page.title, page.url,
			ts_headline('dutch', page.body, page.query, ${HEADLINE_OPTIONS}) as snippet
		from counts left join page on true
		order by page.rank desc, page.id`);
	const byKind = (rows[0]?.by_kind ?? {}) as Partial<Record<KnowledgeKind, number>>;
	const byKindTotal = Object.values(byKind).reduce((sum, n) => sum + (n ?? 0), 0);
	const pageRows = rows.filter((r): r is typeof r & { id: string } => r.id !== null);
	const total = kind ? (byKind[kind] ?? 0) : byKindTotal;
	return {
		rows: pageRows.map((r) => ({
			id: r.id,
			kind: r.kind as KnowledgeKind,
			title: r.title,
			url: r.url,
			snippet: r.snippet,
			context: contextOf(r.id)
		})),
		total,
		page,
		pageSize: SEARCH_PAGE_SIZE,
		pages: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
		byKind,
		matched: byKindTotal === 0 ? 'none' : rows[0]?.exact ? 'words' : 'prefix'
	};
}
