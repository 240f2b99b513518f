// The knowledge base search against the real PostgreSQL: the sync writes only what changed and
// removes what the content no longer has; the Dutch configuration stems ("ouders" → ouder,
// "afspraken" → afspraak); a word start finds the whole word; empty, wordless and very long queries
// are handled; pages and the kind filter add up. The documents are public content, shared by every
// partnership: there is no tenant to isolate here.
import { eq, like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { knowledgeDocuments } from '$lib/server/db/schema';
import { buildKnowledgeDocuments, QUERY_MAX, SEARCH_EXAMPLES, splitSnippet } from './knowledge-index';
import { SEARCH_PAGE_SIZE, searchKnowledge, syncKnowledgeDocuments } from './knowledge.server';

const { db } = getTestDb();
const docs = buildKnowledgeDocuments();

beforeAll(async () => {
	await syncKnowledgeDocuments(db);
});

describe('syncKnowledgeDocuments', () => {
	it('writes nothing when the content did not change', async () => {
		expect(await syncKnowledgeDocuments(db)).toEqual({ written: 0, deleted: 0 });
		const rows = await db.select({ id: knowledgeDocuments.id }).from(knowledgeDocuments);
		expect(rows.map((r) => r.id).sort()).toEqual(docs.map((d) => d.id).sort());
	});

	it('rewrites a changed document and deletes one the content no longer has, in one go', async () => {
		const changed = docs.map((d) => (d.id === 'block:relatie' ? { ...d, title: 'Werken aan relatie (nieuw)' } : d));
		const extra = {
			id: 'term:test-stale',
			kind: 'term' as const,
			title: 'Weg',
			body: 'Verdwijnt',
			url: '/woordenlijst#x'
		};
		expect(await syncKnowledgeDocuments(db, [...changed, extra])).toEqual({ written: 2, deleted: 0 });
		const [row] = await db.select().from(knowledgeDocuments).where(eq(knowledgeDocuments.id, 'block:relatie'));
		expect(row?.title).toBe('Werken aan relatie (nieuw)');

		// Back to the content: the changed one is rewritten, the extra one is stale.
		expect(await syncKnowledgeDocuments(db)).toEqual({ written: 1, deleted: 1 });
		expect(await db.select().from(knowledgeDocuments).where(like(knowledgeDocuments.id, 'term:test-%'))).toEqual([]);
		expect(await syncKnowledgeDocuments(db)).toEqual({ written: 0, deleted: 0 });
	});

	it('is safe when two starts sync at the same time', async () => {
		await db.delete(knowledgeDocuments).where(eq(knowledgeDocuments.id, 'insight:relatie:1'));
		const results = await Promise.all([syncKnowledgeDocuments(db), syncKnowledgeDocuments(db)]);
		expect(results.map((r) => r.written).sort()).toEqual([0, 1]);
	});
});

describe('searchKnowledge', () => {
	const ids = async (q: string, kind?: Parameters<typeof searchKnowledge>[1]['kind']) =>
		(await searchKnowledge(db, { q, kind })).rows.map((r) => r.id);

	/** Every hit over all pages. */
	const allIds = async (q: string) => {
		const first = await searchKnowledge(db, { q });
		const rest = await Promise.all(
			Array.from({ length: first.pages - 1 }, (_, i) => searchKnowledge(db, { q, page: i + 2 }))
		);
		return [first, ...rest].flatMap((r) => r.rows.map((x) => x.id));
	};

	it('stems Dutch words: "ouders" finds "ouder", "afspraken" finds "afspraak"', async () => {
		const [{ stems }] = (
			await db.execute<{ stems: boolean }>(
				sql`select to_tsvector('dutch', 'een ouder') @@ websearch_to_tsquery('dutch', 'ouders')
					and to_tsvector('dutch', 'een afspraak') @@ websearch_to_tsquery('dutch', 'afspraken') as stems`
			)
		).rows as [{ stems: boolean }];
		expect(stems).toBe(true);

		// Two documents with only the singular (the content may have both forms everywhere).
		const extras = [
			{
				id: 'term:test-ouder',
				kind: 'term' as const,
				title: 'Proef',
				body: 'Elke ouder telt mee.',
				url: '/woordenlijst#a'
			},
			{
				id: 'term:test-afspraak',
				kind: 'term' as const,
				title: 'Proef',
				body: 'Een vaste afspraak.',
				url: '/woordenlijst#b'
			}
		];
		await syncKnowledgeDocuments(db, [...docs, ...extras]);
		try {
			expect(await allIds('ouders')).toContain('term:test-ouder');
			expect(await allIds('afspraken')).toContain('term:test-afspraak');
			expect((await searchKnowledge(db, { q: 'afspraken' })).matched).toBe('words');
		} finally {
			await syncKnowledgeDocuments(db);
		}
	});

	it('finds a document by a word of its title first, and marks the words in the snippet', async () => {
		const result = await searchKnowledge(db, { q: 'vertrouwen' });
		expect(result.total).toBeGreaterThan(0);
		const top = result.rows[0]!;
		expect(top.title.toLowerCase()).toContain('vertrouw');
		const marked = result.rows.flatMap((r) => splitSnippet(r.snippet)).filter((p) => p.mark);
		expect(marked.length).toBeGreaterThan(0);
		expect(marked.every((p) => /^vertrouw/i.test(p.text))).toBe(true);
		for (const r of result.rows) expect(r.snippet).not.toContain('<b>');
	});

	it('finds whole words from their start when nothing matches the words themselves', async () => {
		const result = await searchKnowledge(db, { q: 'woordenl' });
		expect(result.matched).toBe('prefix');
		expect(result.total).toBeGreaterThan(0);
		expect(result.rows.some((r) => /woordenlijst/i.test(r.title))).toBe(true);
		const partial = await searchKnowledge(db, { q: 'vertrouw' });
		expect(partial.total).toBeGreaterThan(0);
	});

	it('gives the glossary terms their own kind', async () => {
		expect(await ids('beroepsgeheim', 'term')).toContain('term:beroepsgeheim');
	});

	it('has no hits for an empty query, a query without words or words that occur nowhere', async () => {
		for (const q of ['', '   ', '!!! ??', '"', '-', 'xyzzyqwerty']) {
			const result = await searchKnowledge(db, { q });
			expect(result, q).toMatchObject({ rows: [], total: 0, matched: 'none' });
		}
	});

	it('handles a very long query and tsquery syntax as plain text', async () => {
		const long = 'vertrouwen '.repeat(500);
		expect(long.length).toBeGreaterThan(QUERY_MAX);
		expect((await searchKnowledge(db, { q: long })).total).toBeGreaterThan(0);
		for (const q of ["ouders & | ! ( ) : * '", 'ouders:*', "o'brien", '\\', 'ouders <b>']) {
			await expect(searchKnowledge(db, { q }), q).resolves.toBeDefined();
		}
	});

	it('pages through all hits without gaps or doubles, and the kind filter adds up', async () => {
		const first = await searchKnowledge(db, { q: 'ouders', page: 1 });
		expect(first.total).toBeGreaterThan(SEARCH_PAGE_SIZE);
		const all: string[] = [];
		for (let page = 1; page <= first.pages; page++) {
			const result = await searchKnowledge(db, { q: 'ouders', page });
			expect(result.total).toBe(first.total);
			all.push(...result.rows.map((r) => r.id));
		}
		expect(all).toHaveLength(first.total);
		expect(new Set(all).size).toBe(first.total);

		const past = await searchKnowledge(db, { q: 'ouders', page: first.pages + 1 });
		expect(past).toMatchObject({ rows: [], total: first.total });

		const sum = Object.values(first.byKind).reduce((a, b) => a + b, 0);
		expect(sum).toBe(first.total);
		const steps = await searchKnowledge(db, { q: 'ouders', kind: 'step' });
		expect(steps.total).toBe(first.byKind.step);
		expect(steps.rows.every((r) => r.kind === 'step')).toBe(true);
		expect(steps.byKind).toEqual(first.byKind);
	});

	it('finds something for every example the page offers', async () => {
		for (const q of SEARCH_EXAMPLES) expect((await searchKnowledge(db, { q })).total, q).toBeGreaterThan(0);
	});

	it('names the block or method a hit belongs to', async () => {
		const steps = await searchKnowledge(db, { q: 'ouders', kind: 'step' });
		expect(steps.rows[0]?.context?.url).toMatch(/^\/werkbladen\//);
	});
});
