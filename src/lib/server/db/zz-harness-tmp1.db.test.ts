import { sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';

test('worker database is migrated (1)', async () => {
	const { db } = getTestDb();
	const r = await db.execute(sql`select current_database() as db, (select count(*) from pg_tables where schemaname = 'public')::int as tables, pg_backend_pid() as bpid`);
	console.log('file 1', process.pid, process.env.VITEST_POOL_ID, JSON.stringify(r.rows[0]));
	expect(r.rows[0].tables).toBeGreaterThan(0);
	await db.execute(sql`create table if not exists zz_marker (file int)`);
	await db.execute(sql`insert into zz_marker values (1)`);
	const m = await db.execute(sql`select array_agg(file) as files from zz_marker`);
	console.log('markers seen by file 1', JSON.stringify(m.rows[0]));
});
