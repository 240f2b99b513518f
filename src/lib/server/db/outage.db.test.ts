// A lost database connection in the middle of transactions (docs/decisions/0018-database-outages.md):
// the app's own pool (getDb) must not let the process die, must not lose an acknowledged write, and
// must serve queries again once the server accepts connections.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { getDb } from './client';
import { isConnectionError } from './connection-errors';

// Outside SvelteKit the module is empty; tests/db/setup.ts put the worker's URL in process.env.
vi.mock('$env/dynamic/private', () => ({ env: process.env }));

const admin = getTestDb().db;
const app = getDb();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const uncaught: unknown[] = [];
const onUncaught = (err: unknown) => uncaught.push(err);

beforeAll(async () => {
	process.on('uncaughtException', onUncaught);
	process.on('unhandledRejection', onUncaught);
	await admin.execute(sql`create table if not exists outage_probe (n integer primary key)`);
});

afterAll(async () => {
	process.off('uncaughtException', onUncaught);
	process.off('unhandledRejection', onUncaught);
	await admin.execute(sql`drop table if exists outage_probe`);
	// The app closes its pool on this event (client.ts).
	process.emit('sveltekit:shutdown' as 'exit', 0);
});

/** Ends every session of the app's pool, as an administrator or a server restart does. */
async function terminateAppSessions(): Promise<number> {
	const { rows } = await admin.execute<{ ended: boolean }>(sql`
		select pg_terminate_backend(pid) as ended from pg_stat_activity
		where application_name = ${`brugwerk:${process.pid}`} and datname = current_database()`);
	return rows.filter((row) => row.ended).length;
}

describe('database connection lost during transactions', () => {
	it('keeps the process alive, keeps every acknowledged write and recovers', async () => {
		const acknowledged: number[] = [];
		const failures: unknown[] = [];
		let next = 0;
		let running = true;

		// Four writers, each transaction idle between its two statements (the moment at which a
		// checked-out client used to emit an unhandled 'error' and end the process).
		const writer = async () => {
			while (running) {
				const n = ++next;
				try {
					await app.transaction(async (tx) => {
						await tx.execute(sql`insert into outage_probe (n) values (${n})`);
						await sleep(2);
						await tx.execute(sql`select pg_sleep(0.002)`);
					});
					acknowledged.push(n);
				} catch (err) {
					failures.push(err);
				}
			}
		};
		const writers = Array.from({ length: 4 }, writer);

		await expect.poll(() => acknowledged.length, { timeout: 5_000 }).toBeGreaterThan(20);
		let ended = 0;
		for (let round = 0; round < 3; round++) {
			ended += await terminateAppSessions();
			const before = acknowledged.length;
			await expect.poll(() => acknowledged.length, { timeout: 5_000 }).toBeGreaterThan(before + 10);
		}
		running = false;
		await Promise.all(writers);

		expect(ended).toBeGreaterThan(0);
		expect(uncaught).toEqual([]);
		// Every failure is an outage, never something else (such as a duplicate key after a retry).
		expect(failures.length).toBeGreaterThan(0);
		expect(failures.filter((err) => !isConnectionError(err))).toEqual([]);

		const { rows } = await admin.execute<{ n: number }>(sql`select n from outage_probe`);
		const stored = new Set(rows.map((row) => row.n));
		expect(acknowledged.filter((n) => !stored.has(n))).toEqual([]);

		// New queries through the same pool work again.
		const after = await app.execute<{ one: number }>(sql`select 1 as one`);
		expect(after.rows[0]?.one).toBe(1);
	});
});
