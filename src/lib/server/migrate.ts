import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Db } from './db/client';

// Any fixed number: serialises migrations when several instances start at once.
const MIGRATION_LOCK = 727_364_001;

export async function runMigrations(
	db: Db,
	folder = process.env.MIGRATIONS_DIR ?? path.resolve('drizzle')
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
		await migrate(tx as unknown as Db, { migrationsFolder: folder });
	});
}
