// Starting and stopping the server (pg_ctl), the port check, and connecting to it.

import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { ensureOwnedDir } from './cluster.js';
import { acquireLock } from './lock.js';
import { isPostgresProcess } from './processes.js';
import { DatabaseStartError, run, sleep } from './util.js';

/** @typedef {import('./cluster.js').Paths} Paths */
/** @typedef {import('./cluster.js').Binaries} Binaries */
/** @typedef {import('./cluster.js').Owner} Owner */

/** Prefix of `application_name` used by app instances (`brugwerk:<pid>`). */
export const INSTANCE_PREFIX = 'brugwerk:';
const PG_CTL_TIMEOUT_S = 60;

/** @typedef {{ envVar: string, databaseUrl: boolean }} PortHint */

/**
 * @param {number} port
 * @param {PortHint} hint
 */
export async function assertPortFree(port, hint) {
	const error = await new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', resolve);
		server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(null)));
	});
	if (error) throw portBusyError(port, hint, /** @type {NodeJS.ErrnoException} */ (error).code);
}

/**
 * @param {number} port
 * @param {PortHint} hint
 * @param {string} [code]
 */
function portBusyError(port, { envVar, databaseUrl }, code = 'EADDRINUSE') {
	const reason = code === 'EADDRINUSE' ? 'is already in use by another program' : `cannot be used (${code})`;
	return new DatabaseStartError(
		`Cannot start the embedded PostgreSQL: port ${port} on 127.0.0.1 ${reason}. ` +
			`Set ${envVar} to a free port (e.g. ${envVar}=${port + 10})` +
			(databaseUrl ? ', or set DATABASE_URL to use another PostgreSQL server.' : '.')
	);
}

/**
 * @param {Binaries} bin
 * @param {Paths} paths
 * @param {number} port
 * @param {Owner} owner
 * @param {PortHint} portHint
 */
export async function startServer(bin, paths, port, owner, portHint) {
	await ensureOwnedDir(paths.socketDir, owner, 0o700);
	await removeStaleSocketLock(paths.socketDir, port);
	// The log file is opened by pg_ctl's shell, which runs as the postgres user.
	const handle = await fs.open(paths.logFile, 'a', 0o640);
	await handle.close();
	if (owner) await fs.chown(paths.logFile, owner.uid, owner.gid);
	const logSize = (await fs.stat(paths.logFile)).size;

	const options = [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-k ${shellQuote(paths.socketDir)}`].join(' ');
	const result = await run(
		bin.pg_ctl,
		['start', '-w', '-t', String(PG_CTL_TIMEOUT_S), '-D', paths.dataDir, '-l', paths.logFile, '-o', options],
		owner,
		{ detached: true }
	);
	if (result.code === 0) return;

	const serverLog = await readFrom(paths.logFile, logSize);
	if (/could not bind|Address already in use/i.test(serverLog)) throw portBusyError(port, portHint);
	throw new DatabaseStartError(
		`PostgreSQL did not start (pg_ctl exit code ${result.code}). See ${paths.logFile}:\n` +
			`${(serverLog || result.output).trim().split('\n').slice(-15).join('\n')}`
	);
}

/**
 * @param {string} file
 * @param {number} offset
 */
async function readFrom(file, offset) {
	try {
		const handle = await fs.open(file, 'r');
		try {
			const { size } = await handle.stat();
			const buffer = Buffer.alloc(Math.max(0, size - offset));
			await handle.read(buffer, 0, buffer.length, offset);
			return buffer.toString('utf8');
		} finally {
			await handle.close();
		}
	} catch {
		return '';
	}
}

/**
 * The socket lock file names the postmaster that created it. After a crash PostgreSQL refuses to
 * start while that PID exists, and a killed but not yet reaped postmaster (a zombie) still does.
 * (The port is free, checked before, so no live server of another data directory owns it.)
 * @param {string} socketDir
 * @param {number} port
 */
async function removeStaleSocketLock(socketDir, port) {
	const lock = path.join(socketDir, `.s.PGSQL.${port}.lock`);
	const content = await fs.readFile(lock, 'utf8').catch(() => null);
	if (content === null || (await isPostgresProcess(Number.parseInt(content, 10)))) return;
	await fs.rm(lock, { force: true });
	await fs.rm(path.join(socketDir, `.s.PGSQL.${port}`), { force: true });
}

/** For pg_ctl's `-o`, which it passes through `/bin/sh -c`. @param {string} value */
function shellQuote(value) {
	return `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * @param {Binaries} bin
 * @param {Paths} paths
 * @param {Owner} owner
 */
export async function pgCtlStop(bin, paths, owner) {
	const result = await run(
		bin.pg_ctl,
		['stop', '-D', paths.dataDir, '-m', 'fast', '-w', '-t', String(PG_CTL_TIMEOUT_S)],
		owner
	);
	if (result.code !== 0 && existsSync(path.join(paths.dataDir, 'postmaster.pid'))) {
		throw new Error(`pg_ctl stop failed (exit code ${result.code}): ${result.output.trim()}`);
	}
}

/**
 * Stops the server unless another app instance (a session named `brugwerk:<other pid>`) uses it.
 * The last instance to leave stops it; a server orphaned by `kill -9` is stopped by whichever
 * instance adopted it.
 *
 * @param {{ bin: Binaries, paths: Paths, adminUrl: string, owner: Owner, presence: pg.Client, log: (message: string) => void }} context
 */
export async function stopServer({ bin, paths, adminUrl, owner, presence, log }) {
	const releaseLock = await acquireLock(paths.lock, log);
	try {
		const own = `${INSTANCE_PREFIX}${process.pid}`;
		await presence.end().catch(() => {});
		const client = new pg.Client({
			connectionString: `${adminUrl}/postgres`,
			application_name: `brugwerk-launcher:${process.pid}`
		});
		client.on('error', () => {});
		try {
			await client.connect();
		} catch (error) {
			if (!existsSync(path.join(paths.dataDir, 'postmaster.pid'))) {
				log('PostgreSQL was already stopped.');
				return;
			}
			throw error;
		}
		try {
			const { rows } = await client.query(
				`SELECT DISTINCT application_name AS name FROM pg_stat_activity
				 WHERE starts_with(application_name, $1) AND application_name <> $2
				 ORDER BY 1`,
				[INSTANCE_PREFIX, own]
			);
			if (rows.length > 0) {
				const pids = rows.map((row) => row.name.slice(INSTANCE_PREFIX.length));
				log(`PostgreSQL stays up for ${pids.length} other Brugwerk instance(s) (pid ${pids.join(', ')}).`);
				return;
			}
			await waitForOwnSessions(client, own);
		} finally {
			await client.end().catch(() => {});
		}
		const began = Date.now();
		await pgCtlStop(bin, paths, owner);
		log(`PostgreSQL stopped in ${Date.now() - began} ms.`);
	} finally {
		await releaseLock();
	}
}

/**
 * Gives this process's own pool a moment to disconnect (the app ends it on `sveltekit:shutdown`)
 * so that the fast shutdown does not have to terminate its sessions.
 * @param {pg.Client} client
 * @param {string} own
 */
async function waitForOwnSessions(client, own) {
	const deadline = Date.now() + 1_500;
	while (Date.now() < deadline) {
		const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [
			own
		]);
		if (rows[0].n === 0) return;
		await sleep(50);
	}
}

// ---------------------------------------------------------------------------------------------
// Database

/**
 * @param {pg.ClientConfig} config
 * @param {string} passwordFile
 * @returns {Promise<pg.Client>}
 */
export async function connectWithRetry(config, passwordFile) {
	const deadline = Date.now() + 30_000;
	for (;;) {
		// A pg.Client cannot be connected twice: every attempt uses a fresh one.
		const client = new pg.Client(config);
		try {
			await client.connect();
			return client;
		} catch (error) {
			const code = /** @type {{ code?: string }} */ (error).code;
			if (code === '28P01') {
				throw new DatabaseStartError(`PostgreSQL rejected the password from ${passwordFile}.`);
			}
			// 57P03: the database system is starting up (a reused server may still be booting).
			if (Date.now() > deadline || !['57P03', 'ECONNREFUSED'].includes(code ?? '')) throw error;
			await sleep(200);
		}
	}
}

/**
 * @param {pg.Client} client
 * @param {string} name
 * @param {(message: string) => void} log
 */
export async function ensureDatabase(client, name, log) {
	const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
	if (rowCount) return;
	try {
		await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
		log(`Created the database "${name}".`);
	} catch (error) {
		// 42P04: created meanwhile by someone else.
		if (/** @type {{ code?: string }} */ (error).code !== '42P04') throw error;
	}
}
