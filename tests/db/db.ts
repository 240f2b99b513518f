// The test worker's database connection. Every test file of a worker shares the worker's database
// (tests/db/setup.ts), so tests create the data they need (unique e-mails, new partnerships) and
// never assume an empty table.
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { inject } from 'vitest';
import * as schema from '$lib/server/db/schema';
import { WORKER_DATABASE_PREFIX } from './names';

export type TestDb = NodePgDatabase<typeof schema>;

let current: { db: TestDb; pool: pg.Pool } | undefined;

/** `test_w<VITEST_POOL_ID>`: unique among the workers running at the same time. */
export function workerDatabaseName(): string {
	return `${WORKER_DATABASE_PREFIX}${process.env.VITEST_POOL_ID ?? '1'}`;
}

/** URL of this worker's database. */
export function workerDatabaseUrl(): string {
	return `${inject('databaseUrl')}/${workerDatabaseName()}`;
}

/** Drizzle client (with the app's schema) and pool for this worker's database. */
export function getTestDb(): { db: TestDb; pool: pg.Pool } {
	if (!current) {
		const pool = new pg.Pool({
			connectionString: workerDatabaseUrl(),
			max: 4,
			application_name: `brugwerk-test:${process.pid}`
		});
		pool.on('error', () => {}); // idle clients of a dropped database; the next query reports it
		current = { db: drizzle(pool, { schema }), pool };
	}
	return current;
}

/** Closes the pool (setup.ts does this after every test file). */
export async function closeTestDb(): Promise<void> {
	const closing = current;
	current = undefined;
	await closing?.pool.end();
}
