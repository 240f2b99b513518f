// Setup file of the `db` Vitest project, run before every test file: makes sure this worker's
// database exists for the current run (cloned from the migrated template once per worker slot and
// run), and closes the file's pool afterwards.
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { closeTestDb, workerDatabaseName, workerDatabaseUrl } from './db';
import { TEMPLATE_DATABASE } from './names';

async function prepareWorkerDatabase(): Promise<void> {
	const runId = inject('databaseRunId');
	const name = workerDatabaseName();
	const admin = new pg.Client({
		connectionString: `${inject('databaseUrl')}/postgres`,
		application_name: `brugwerk-test:${process.pid}`
	});
	await admin.connect();
	try {
		const { rows } = await admin.query<{ run: string | null }>(
			`SELECT shobj_description(oid, 'pg_database') AS run FROM pg_database WHERE datname = $1`,
			[name]
		);
		if (rows[0]?.run === runId) return; // created earlier in this run by the same worker slot
		const db = admin.escapeIdentifier(name);
		await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
		await admin.query(`CREATE DATABASE ${db} TEMPLATE ${admin.escapeIdentifier(TEMPLATE_DATABASE)}`);
		await admin.query(`COMMENT ON DATABASE ${db} IS ${admin.escapeLiteral(runId)}`);
	} finally {
		await admin.end();
	}
}

await prepareWorkerDatabase();
// Code that reads DATABASE_URL (rather than taking a db argument) reaches the worker's database too.
process.env.DATABASE_URL = workerDatabaseUrl();

afterAll(async () => {
	await closeTestDb();
});
