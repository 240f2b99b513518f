// The 'search' measurement of `npm run bench` (ADR 0031): times searchKnowledge, the function the
// /zoeken page calls, for a few typical queries, and the sync the app runs at every start. Prints
// figures; never fails on a slow time (only when the database cannot be reached).
//
// Run by scripts/bench.js through tsx (for the $lib aliases: tests/e2e/tsconfig.json) on the
// bench's embedded PostgreSQL (PGDATA_DIR, BENCH_PG_PORT), or alone with `BENCH_ONLY=search npm run
// bench`, on a fresh database in data/bench-search. The knowledge base is the same size whatever
// else the database holds, so both give the same figures.
//
// Environment: PGDATA_DIR (data/bench-search), BENCH_PG_PORT (5436), BENCH_SEARCH_RUNS (50).

import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/client';
import type { KnowledgeKind } from '$lib/domain/knowledge/knowledge-index';
import { searchKnowledge, syncKnowledgeDocuments } from '$lib/domain/knowledge/knowledge.server';
import { knowledgeDocuments } from '$lib/server/db/schema';
import { startDatabase } from './postgres/index.js';

const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 50);
const TARGET_MS = 50;
const log = (message: string) => console.log(`[bench:search] ${message}`);

const QUERIES: { label: string; q: string; kind?: KnowledgeKind; page?: number }[] = [
	{ label: 'one word', q: 'vertrouwen' },
	{ label: 'several words', q: 'afspraken met ouders' },
	{ label: 'common word, page 2', q: 'ouders', page: 2 },
	{ label: 'kind filter', q: 'ouders', kind: 'step' },
	{ label: 'phrase', q: '"gedeelde woordenlijst"' },
	{ label: 'word start (fallback)', q: 'woordenl' },
	{ label: 'no hits (both passes)', q: 'xyzzyqwerty' }
];

const database = await startDatabase({
	dataDir: process.env.PGDATA_DIR ?? 'data/bench-search',
	port: Number(process.env.BENCH_PG_PORT ?? 5436),
	portEnvVar: 'BENCH_PG_PORT',
	mentionDatabaseUrl: false,
	log: () => {}
});
const pool = new pg.Pool({ connectionString: database.url, max: 4, application_name: 'brugwerk:bench-search' });
try {
	const db = drizzle(pool, { schema }) as unknown as Db;
	await migrate(db, { migrationsFolder: path.resolve('drizzle') });

	await db.delete(knowledgeDocuments);
	let t0 = performance.now();
	const firstSync = await syncKnowledgeDocuments(db);
	const firstMs = performance.now() - t0;
	t0 = performance.now();
	const againSync = await syncKnowledgeDocuments(db);
	const againMs = performance.now() - t0;
	log(`sync on an empty table: ${firstSync.written} documents written in ${firstMs.toFixed(1)} ms`);
	log(`sync at a start without changes: ${againSync.written} written in ${againMs.toFixed(1)} ms`);

	const rows: string[][] = [];
	for (const { label, q, kind, page } of QUERIES) {
		const input = { q, kind: kind ?? null, page: page ?? 1 };
		for (let i = 0; i < 5; i++) await searchKnowledge(db, input); // warm-up
		const times: number[] = [];
		let result = await searchKnowledge(db, input);
		for (let i = 0; i < RUNS; i++) {
			const start = performance.now();
			result = await searchKnowledge(db, input);
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
		rows.push([
			label,
			q + (kind ? ` (${kind})` : '') + (page ? ` p.${page}` : ''),
			String(result.total),
			result.matched,
			at(0.5).toFixed(2),
			at(0.95).toFixed(2),
			times.at(-1)!.toFixed(2),
			at(0.95) <= TARGET_MS ? 'yes' : 'NO'
		]);
	}
	const header = ['case', 'query', 'hits', 'matched', 'median ms', 'p95 ms', 'max ms', `p95 ≤ ${TARGET_MS} ms`];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	console.log('');
	log(`searchKnowledge, ${RUNS} runs per query one after the other (after 5 warm-up runs), on one connection pool:`);
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const r of rows) console.log(line(r));
	console.log('');
} finally {
	await pool.end();
	await database.stop();
}
