import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { env } from '$env/dynamic/private';
import * as schema from './schema';
import { log } from '../log';
import { whenIdle } from '../in-flight';
import { isConnectionError } from './connection-errors';

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
		application_name: `brugwerk:${process.pid}`,
		// While PostgreSQL is unreachable a request waits at most this long, then answers 503.
		connectionTimeoutMillis: 5_000
	});
	// A connection closed by the server (restart, crash, admin kill) must never crash the process.
	// The pool listens only while a client is idle; a client checked out for a transaction emits
	// 'error' between two statements (57P01), so every client gets its own listener. The broken
	// client is not reused (pg-pool drops clients that are no longer queryable) and the next query
	// reports the outage, which the hooks turn into a 503.
	const onError = (err: Error) => logConnectionLoss(err);
	pool.on('error', onError);
	pool.on('connect', (client) => client.on('error', onError));
	instance = drizzle(pool, { schema });
	process.once('sveltekit:shutdown', () => void whenIdle().then(() => pool?.end()));
	return instance;
}

let lastLossLogged = 0;
/** One line per few seconds: an outage closes every connection of the pool at once. */
function logConnectionLoss(err: Error): void {
	if (!isConnectionError(err)) return void log.error({ err }, 'PostgreSQL connection error');
	if (Date.now() - lastLossLogged < 5_000) return;
	lastLossLogged = Date.now();
	log.warn({ code: (err as { code?: string }).code, message: err.message }, 'PostgreSQL connection lost');
}
