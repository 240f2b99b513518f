import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { IndexColumn, PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/**
 * Optimistic locking, the one way for every shared record: a save names the version it was based
 * on, and a stale version is a conflict that carries what is stored now, so the page can show both.
 */
export type VersionedSave<Row> =
	{ ok: true; row: Row } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'conflict'; current: Row };

type VersionedTable = PgTable & { version: PgColumn };
type RowOf<T extends VersionedTable> = T['$inferSelect'];

/**
 * Updates the one row `match` picks (its partnership id included) only while it still has `version`,
 * and bumps the version. Otherwise reads the row again to tell a conflict from a missing row.
 */
export async function updateVersioned<T extends VersionedTable>(
	tx: Executor,
	table: T,
	{ match, version, set }: { match: SQL[]; version: number; set: PgUpdateSetSource<T> }
): Promise<VersionedSave<RowOf<T>>> {
	// Drizzle's builders lose the row type behind a generic table; the casts restore it.
	const bumped = { ...set, version: sql`${table.version} + 1` } as PgUpdateSetSource<T>;
	const [row] = (await tx
		.update(table)
		.set(bumped)
		.where(and(...match, eq(table.version, version)))
		.returning()) as RowOf<T>[];
	if (row) return { ok: true, row };
	return currentOf(tx, table, match);
}

/**
 * For a record that exists once per key and is made by its first save (a case section, a
 * perspective, the goal): version 0 inserts it, unless someone else made it first (a conflict).
 */
export async function saveVersioned<T extends VersionedTable>(
	tx: Executor,
	table: T,
	{
		match,
		version,
		set,
		insert,
		unique
	}: {
		match: SQL[];
		version: number;
		set: PgUpdateSetSource<T>;
		insert: T['$inferInsert'];
		unique: IndexColumn | IndexColumn[];
	}
): Promise<VersionedSave<RowOf<T>>> {
	if (version !== 0) return updateVersioned(tx, table, { match, version, set });
	const [row] = (await tx
		.insert(table)
		.values(insert)
		.onConflictDoNothing({ target: unique })
		.returning()) as RowOf<T>[];
	if (row) return { ok: true, row };
	return currentOf(tx, table, match);
}

async function currentOf<T extends VersionedTable>(
	tx: Executor,
	table: T,
	match: SQL[]
): Promise<VersionedSave<RowOf<T>>> {
	const [current] = (await tx
		.select()
		.from(table as PgTable)
		.where(and(...match))) as RowOf<T>[];
	return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not-found' };
}

/**
 * For a save whose rules depend on the stored row (a status transition, a changed owner): locks
 * the row in this transaction and checks its version first. The write that follows goes through
 * `updateVersioned` with the same version, which then cannot miss.
 */
export async function lockVersioned<T extends VersionedTable>(
	tx: Executor,
	table: T,
	{ match, version }: { match: SQL[]; version: number }
): Promise<VersionedSave<RowOf<T>>> {
	const [current] = (await tx
		.select()
		.from(table as PgTable)
		.where(and(...match))
		.for('update')) as RowOf<T>[];
	if (!current) return { ok: false, reason: 'not-found' };
	if (current.version !== version) return { ok: false, reason: 'conflict', current };
	return { ok: true, row: current };
}
