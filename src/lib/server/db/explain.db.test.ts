// Indexes that match the queries: the main pages' queries, captured from the domain functions their
// loads call, are planned by PostgreSQL on the large data set (scripts/lib/large-data.js: 500
// partnerships, 10,000 users, 50,000 cases, 200,000 agreements). A sequential scan of a table with
// more than 10,000 rows fails the test: the page would slow down with every partnership that joins.
// The statistics are fresh (ANALYZE), so the plans are those a real database of this size gets.
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { seedLarge } from '../../../../scripts/lib/large-data.js';
import { TEMPLATE_DATABASE } from '../../../../tests/db/names';
import * as schema from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/client';
import { listAgreements, listAgreementsFrom } from '$lib/domain/agreements/agreement.server';
import { listCaseAudit } from '$lib/domain/audit/audit.server';
import { getCase, listCases } from '$lib/domain/cases/case.server';
import { homeSummary } from '$lib/domain/compass/home.server';
import { listMeetings } from '$lib/domain/meetings/meeting.server';
import { getNetworkMap, listDirectoryForMap } from '$lib/domain/network/network.server';
import { pageOfOrganisations } from '$lib/domain/organisations/organisation.server';
import { getMembership, pageOfMembers } from '$lib/domain/partnerships/partnership.server';
import { getScanResults } from '$lib/domain/scan/scan.server';
import { countConsentWarningsByCase, getCaseConsentWarnings } from '$lib/domain/sharing/consent.server';
import { listSignals, listSignalsForSource, signalOverview } from '$lib/domain/signals/signal.server';
import { listLearningEntries } from '$lib/domain/learning/learning.server';

/** A table this big is never read whole for one partnership's page. */
const MAX_SCANNED_ROWS = 10_000;
const DATABASE = 'explain_large';

type Captured = { query: string; params: unknown[] };
type Ids = { partnershipId: string; userId: string; caseId: string; roundId: string };

/** Each main page: the domain calls of its load, as the route makes them. */
const pages: Record<string, (db: Db, ids: Ids) => Promise<unknown>> = {
	'layout (membership)': (db, { partnershipId, userId }) => getMembership(db, { partnershipId, userId }),
	home: (db, { partnershipId, userId }) => homeSummary(db, { partnershipId, userId, canReadAgreements: true }),
	cases: async (db, { partnershipId, userId }) => {
		const { cases } = await listCases(db, { partnershipId, userId });
		await countConsentWarningsByCase(db, { partnershipId, caseIds: cases.rows.map((c) => c.id) });
	},
	'one case': (db, { partnershipId, caseId, userId }) =>
		Promise.all([
			getCase(db, { partnershipId, caseId, userId }),
			listAgreementsFrom(db, { partnershipId, userId, caseId }),
			getCaseConsentWarnings(db, { partnershipId, caseId }),
			listSignalsForSource(db, { partnershipId, source: { kind: 'case', id: caseId } }),
			listCaseAudit(db, { partnershipId, caseId })
		]),
	'all agreements': (db, { partnershipId, userId }) =>
		listAgreements(db, { partnershipId, userId, filter: { status: 'active', owner: '', origin: 'all', sorteer: '' } }),
	'my agreements': (db, { partnershipId, userId }) =>
		listAgreements(db, {
			partnershipId,
			userId,
			filter: { status: 'active', owner: userId, origin: 'all', sorteer: '' }
		}),
	'network map': (db, { partnershipId }) =>
		Promise.all([getNetworkMap(db, { partnershipId }), listDirectoryForMap(db, { partnershipId })]),
	members: (db, { partnershipId }) => pageOfMembers(db, { partnershipId, filter: { rol: '', zoek: '' } }),
	organisations: (db, { partnershipId }) => pageOfOrganisations(db, { partnershipId }),
	meetings: (db, { partnershipId }) => listMeetings(db, { partnershipId }),
	'learning log': (db, { partnershipId }) =>
		listLearningEntries(db, { partnershipId, filter: { soort: '', bouwsteen: '' } }),
	signals: (db, { partnershipId }) =>
		listSignals(db, { partnershipId, filter: { status: '', thema: '', niveau: '', aan: '' } }),
	'signals overview': (db, { partnershipId }) => signalOverview(db, partnershipId),
	'scan results': (db, { partnershipId, roundId, userId }) =>
		Promise.all([
			getScanResults(db, { partnershipId, roundId, userId }),
			listAgreementsFrom(db, { partnershipId, userId, scanRoundId: roundId })
		])
};

let pool: pg.Pool;
let ids: Ids;
let bigTables: Map<string, number>;

beforeAll(async () => {
	const admin = new pg.Client({ connectionString: `${inject('databaseUrl')}/postgres` });
	await admin.connect();
	try {
		await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
		await admin.query(`CREATE DATABASE ${DATABASE} TEMPLATE ${admin.escapeIdentifier(TEMPLATE_DATABASE)}`);
	} finally {
		await admin.end();
	}
	pool = new pg.Pool({ connectionString: `${inject('databaseUrl')}/${DATABASE}`, max: 4 });
	// The drop at the end (WITH FORCE) may still reach a client the pool is closing: without a
	// listener the pool re-throws that 57P01 as an uncaught error (seen on one core).
	pool.on('error', () => {});
	const client = await pool.connect();
	try {
		await seedLarge(client);
	} finally {
		client.release();
	}
	const { rows } = await pool.query<Ids>(`
		select p.id as "partnershipId", u.id as "userId",
		  (select id from cases c where c.partnership_id = p.id order by c.created_at limit 1) as "caseId",
		  (select id from scan_rounds r where r.partnership_id = p.id and (r.closed_at is not null or r.closes_at <= now())
		   order by r.opens_at desc limit 1) as "roundId"
		from partnerships p join memberships mb on mb.partnership_id = p.id join users u on u.id = mb.user_id
		where p.name = 'Schoolbrug Oostwijk' and u.email = 'coordinator@brugwerk.test'`);
	ids = rows[0]!;
	const sizes = await pool.query<{ table: string; rows: number }>(
		`select relname as table, reltuples::int as rows from pg_class where relkind = 'r' and reltuples > $1`,
		[MAX_SCANNED_ROWS]
	);
	bigTables = new Map(sizes.rows.map((r) => [r.table, r.rows]));
}, 600_000);

afterAll(async () => {
	await pool?.end();
	const admin = new pg.Client({ connectionString: `${inject('databaseUrl')}/postgres` });
	await admin.connect();
	await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`).finally(() => admin.end());
});

/** Every node of a plan, depth first. */
function* nodes(plan: Record<string, unknown>): Generator<Record<string, unknown>> {
	yield plan;
	for (const child of (plan.Plans as Record<string, unknown>[] | undefined) ?? []) yield* nodes(child);
}

describe('the main pages on the large data set', () => {
	it('has the data set the pages are measured on', () => {
		expect(ids.caseId && ids.roundId).toBeTruthy();
		expect([...bigTables.keys()]).toEqual(expect.arrayContaining(['cases', 'agreements', 'signal_sources']));
	});

	it.each(Object.keys(pages))('%s: no sequential scan of a table over 10,000 rows', async (name) => {
		const captured: Captured[] = [];
		const db = drizzle(pool, {
			schema,
			logger: { logQuery: (query, params) => void captured.push({ query, params }) }
		}) as unknown as Db;
		await pages[name]!(db, ids);
		expect(captured.length).toBeGreaterThan(0);
		const scans: string[] = [];
		for (const { query, params } of captured) {
			const { rows } = await pool.query(`explain (format json) ${query}`, params);
			const plan = (rows[0]['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0]!.Plan;
			for (const node of nodes(plan)) {
				const table = node['Relation Name'] as string | undefined;
				if (node['Node Type'] === 'Seq Scan' && table && bigTables.has(table))
					scans.push(`${table} (${bigTables.get(table)} rows) in: ${query.slice(0, 160)}…`);
			}
		}
		expect(scans).toEqual([]);
	});
});
