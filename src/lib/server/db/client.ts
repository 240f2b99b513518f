import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { env } from '$env/dynamic/private';
import * as schema from './schema';
import { log } from '../log';
import { whenIdle } from '../in-flight';

export type Db = NodePgDatabase<typeof schema>;
/** The handle inside `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Helpers that run inside or outside a transaction take either. */
export type Executor = Db | Tx;

let pool: pg.Pool | undefined;
let instance: Db | undefined;

/** The app's connection pool, created on first use (never at build time). */
export function getDb(): Db {
	if (instance) return instance;
	if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set (start the app with `npm start`).');
	pool = new pg.Pool({
		connectionString: env.DATABASE_URL,
		max: Number(env.DATABASE_POOL_SIZE ?? 10),
		// The launcher counts these to know whether another instance still uses the embedded server.
		application_name: `brugwerk:${process.pid}`
	});
	// An idle connection closed by the server (restart, admin kill) must not crash the process;
	// the pool replaces it and the next query reports any real problem.
	pool.on('error', (err) => log.warn({ err }, 'PostgreSQL connection lost'));
	instance = drizzle(pool, { schema });
	process.once('sveltekit:shutdown', () => void whenIdle().then(() => pool?.end()));
	return instance;
}
